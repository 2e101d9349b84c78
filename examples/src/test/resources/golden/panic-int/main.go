package main

import "fmt"

func check(n int) {
	defer fmt.Println("check's deferred call, n =", n)
	if n > 2 {
		panic(n * 14)
	}
	check(n + 1)
}

func main() {
	defer fmt.Println("main's deferred call")
	check(0)
}
