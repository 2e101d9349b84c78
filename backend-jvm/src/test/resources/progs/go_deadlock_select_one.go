package main

import "fmt"

// A select with one case and no default is compiled into that case's channel operation, so a
// deadlock there reports its wait reason (chan receive (nil chan)), not select (fuzzing finding
// F6, seed 700034).
func main() {
	ready := make(chan int, 1)
	go func() {
		ready <- 7
	}()
	select {
	case v := <-ready:
		fmt.Println("one-case select received", v)
	}
	var nc chan string
	fmt.Println("waiting on a nil channel in a one-case select")
	select {
	case s := <-nc:
		fmt.Println(s)
	}
}
