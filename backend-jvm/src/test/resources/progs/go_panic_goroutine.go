package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		close(ch)
		close(ch)
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
