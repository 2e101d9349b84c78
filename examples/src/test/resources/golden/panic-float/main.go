package main

import "fmt"

func main() {
	x := 10.0
	fmt.Println("x / 4 =", x/4)
	panic(x / -4)
}
