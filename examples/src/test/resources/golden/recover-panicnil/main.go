package main

import "fmt"

func run() (stopped bool) {
	stopped = true
	defer func() {
		r := recover()
		fmt.Println("recover() returned", r, "| r != nil:", r != nil)
	}()
	panic(nil)
	stopped = false
	return
}

func main() {
	fmt.Println("run returned normally, stopped =", run())
}
