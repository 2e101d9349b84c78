package main

import (
	"fmt"
	"runtime"
)

func main() {
	never := make(chan int)
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-never
			fmt.Println("never printed")
		}()
	}
	go func() {
		started <- true
		for {
			runtime.Gosched()
		}
	}()
	for i := 0; i < 6; i++ {
		<-started
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("main returns; the program ends")
}
