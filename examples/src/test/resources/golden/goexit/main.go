package main

import (
	"fmt"
	"runtime"
)

func stop() {
	defer fmt.Println("stop's deferred call")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main's deferred call")
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	stop()
	fmt.Println("not reached either")
}
