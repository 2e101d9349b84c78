package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	fmt.Println("received after close:", <-ch)
	ch <- 2
}
