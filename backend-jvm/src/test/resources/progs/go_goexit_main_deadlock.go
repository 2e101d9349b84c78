package main

import (
	"fmt"
	"runtime"
	"time"
)

// main calls runtime.Goexit and the goroutine left blocks for ever: a deadlock without main.
func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker waits")
		<-ch
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
