package main

import "fmt"

func init() {
	fmt.Println("main: init in z.go")
}
