package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("about to block")
	ch <- 1
}
