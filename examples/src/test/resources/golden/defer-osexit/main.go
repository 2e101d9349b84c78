package main

import (
	"fmt"
	"os"
)

func finish(code int) {
	defer fmt.Println("finish's deferred call: never printed")
	fmt.Println("exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("main's deferred call: never printed")
	defer func() {
		fmt.Println("deferred closure: never printed")
	}()
	fmt.Println("in main")
	finish(3)
}
