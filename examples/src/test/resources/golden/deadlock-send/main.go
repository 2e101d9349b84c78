package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println("the buffer took one value")
	ch <- 2
}
