package main

import (
	"example/alpha"
	"example/beta"
	"fmt"
)

var total int = beta.Sum * alpha.A

func init() {
	fmt.Println("main: init in main.go, total =", total)
}

func main() {
	fmt.Println("main:", alpha.A, alpha.B, beta.Sum, total)
}
