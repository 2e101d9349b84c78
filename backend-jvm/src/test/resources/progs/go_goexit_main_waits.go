package main

import (
	"fmt"
	"runtime"
	"time"
)

// main calls runtime.Goexit: the other goroutines go on; once none is left Go reports it.
func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker finished after main's Goexit")
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
