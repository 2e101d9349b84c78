package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("selecting on two idle channels")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
