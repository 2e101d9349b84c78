package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("the only sender returns without sending")
	}()
	fmt.Println("waiting for a value")
	fmt.Println(<-ch)
}
