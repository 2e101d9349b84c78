package main

import "fmt"

func c(depth int) {
	defer fmt.Println("c's deferred call, depth", depth)
	if depth == 0 {
		panic("bottom reached")
	}
	c(depth - 1)
}

func b() {
	local := "b's local"
	defer func() {
		fmt.Println("b's deferred closure sees", local)
	}()
	c(2)
	fmt.Println("b: not reached")
}

func a() (status string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("a recovered:", r)
			status = "recovered"
		}
	}()
	defer fmt.Println("a's deferred call, before the recovering one")
	b()
	return "normal"
}

func main() {
	defer fmt.Println("main's deferred call, at the very end")
	fmt.Println("a returned", a())
}
