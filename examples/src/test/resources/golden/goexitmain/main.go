package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan string, 1)
	go func() {
		time.Sleep(time.Millisecond * 20)
		fmt.Println("worker: still running after main's Goexit")
		done <- "finished"
		fmt.Println("worker:", <-done)
	}()
	defer fmt.Println("main: deferred call runs at Goexit")
	runtime.Goexit()
}
