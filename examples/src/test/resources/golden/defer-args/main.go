package main

import "fmt"

var clock int

func now() int {
	clock += 10
	return clock
}

func since(t int) int {
	return now() - t
}

func work(steps int) {
	steps_ := steps
	for i_ := steps_ - steps_; i_ < steps_; i_++ {
		now()
	}
}

func measure() {
	startedAt := now()
	defer fmt.Println("argument evaluated at the defer:", since(startedAt))
	defer func() {
		fmt.Println("closure evaluated at exit:", since(startedAt))
	}()
	work(5)
}

func main() {
	measure()
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() {
		fmt.Println("closure x =", x)
	}()
	x = 2
	fmt.Println("x is now", x)
}
