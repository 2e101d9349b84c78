package main

import "fmt"

func level(n int) {
	seen := 0
	defer func() {
		fmt.Println("level", n, "deferred closure, seen =", seen)
	}()
	seen = n * 10
	if n == 3 {
		panic(fmt.Sprintf("too deep at level %d", n))
	}
	level(n + 1)
}

func main() {
	defer fmt.Println("main's deferred call runs last")
	println("stderr before the panic")
	level(1)
}
