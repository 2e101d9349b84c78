package main

import "fmt"

func div(a int, b int) int {
	return a / b
}

func main() {
	for d := 3; d >= 0; d-- {
		println("dividing by", d)
		fmt.Println("12 /", d, "=", div(12, d))
	}
	fmt.Println("unreachable")
}
