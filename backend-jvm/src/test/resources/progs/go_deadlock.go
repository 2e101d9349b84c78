package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("worker exits without sending")
	}()
	fmt.Println(<-ch)
}
