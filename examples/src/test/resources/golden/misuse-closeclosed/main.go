package main

import "fmt"

func main() {
	ch := make(chan int)
	block := make(chan int)
	go func() {
		close(ch)
		fmt.Println("closed once")
		close(ch)
	}()
	<-block
}
