package main

import "fmt"

func run(g func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
		}
	}()
	defer fmt.Println("  deferred before the nil func: runs after it")
	defer g()
	fmt.Println("  the defer statement itself did not panic")
}

func main() {
	fmt.Println("non-nil func:")
	run(func() {
		fmt.Println("  g ran")
	})
	fmt.Println("nil func:")
	run(nil)
	fmt.Println("main goes on")
}
