package main

import "fmt"

func run() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		fmt.Println("third deferred call: panics with \"third\"")
		panic("third")
	}()
	defer fmt.Println("a plain deferred call still runs")
	defer func() {
		fmt.Println("second deferred call: panics with \"second\"")
		panic("second")
	}()
	panic("first")
}

func main() {
	run()
	fmt.Println("after run")
}
