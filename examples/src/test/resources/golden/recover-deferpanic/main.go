package main

import "fmt"

func run(fail bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
		}
	}()
	if fail {
		defer panic("deferred panic")
	}
	fmt.Println("  body of run, fail =", fail)
}

func main() {
	run(false)
	run(true)
	fmt.Println("done")
}
