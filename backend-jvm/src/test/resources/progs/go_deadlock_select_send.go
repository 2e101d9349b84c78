package main

import "fmt"

// A one-case select that sends on an unbuffered channel nobody receives from deadlocks as the
// plain send would: chan send (fuzzing finding F6).
func main() {
	ch := make(chan int)
	fmt.Println("sending in a one-case select")
	select {
	case ch <- 1:
		fmt.Println("sent")
	}
}
