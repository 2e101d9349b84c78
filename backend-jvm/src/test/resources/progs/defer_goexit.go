package main

import (
	"fmt"
	"runtime"
)

func work() {
	defer fmt.Println("work's defer runs during Goexit")
	defer func() { fmt.Println("recover during Goexit:", recover()) }()
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("main's defer runs too")
	work()
	fmt.Println("not reached either")
}
