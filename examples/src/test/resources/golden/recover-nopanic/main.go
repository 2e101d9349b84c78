package main

import "fmt"

func normal() {
	defer func() {
		fmt.Println("  deferred, no panic: recover() =", recover())
	}()
	fmt.Println("  normal body")
}

func twice() {
	defer func() {
		fmt.Println("  second deferred: recover() =", recover())
	}()
	defer func() {
		fmt.Println("  first deferred: recover() =", recover())
	}()
	panic("only once")
}

func main() {
	fmt.Println("outside a deferred call: recover() =", recover())
	fmt.Println("normal:")
	normal()
	fmt.Println("twice:")
	twice()
	fmt.Println("main goes on")
}
