package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting for a value")
	go func() {
		fmt.Println("the only sender returns without sending")
	}()
	fmt.Println(<-ch)
}
