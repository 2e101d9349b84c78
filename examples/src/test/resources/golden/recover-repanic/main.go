package main

import "fmt"

func inner() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprintf("re-panic: %v", r))
		}
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle's deferred call runs during the second panic")
	inner()
	fmt.Println("middle: not reached")
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	middle()
}

func main() {
	outer()
	fmt.Println("main goes on")
}
