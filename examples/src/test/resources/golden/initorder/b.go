package main

import "fmt"

var b int = trace("b", 2)

func init() {
	fmt.Println("first init in b.go")
}

func init() {
	fmt.Println("second init in b.go")
}
