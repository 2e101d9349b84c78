package main

import "fmt"

func main() {
	var f func(int) int
	if len(fmt.Sprint(1)) > 5 {
		f = func(x int) int { return x }
	}
	fmt.Println(f(1))
}
