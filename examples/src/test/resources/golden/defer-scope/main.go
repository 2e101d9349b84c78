package main

import "fmt"

func main() {
	if true {
		defer fmt.Println("deferred in an if block: runs at the end of main")
		fmt.Println("leaving the if block")
	}
	for i_ := 0; i_ < 3; i_++ {
		i := i_
		func() {
			defer fmt.Println("  closure", i, "deferred")
			fmt.Println("  closure", i, "body")
		}()
	}
	defer func() {
		defer fmt.Println("  inner deferred call, run when the deferred closure returns")
		fmt.Println("deferred closure body")
	}()
	fmt.Println("end of main")
}
