package main

import "fmt"

var a = initA()

var b = initB()

func initA() int {
	fmt.Println("initA sees b =", b)
	return b + 1
}

func initB() int {
	fmt.Println("initB")
	return 41
}

func init() {
	fmt.Println("first init:", a, b)
	a *= 2
}

func init() {
	fmt.Println("second init:", a)
}

func main() {
	fmt.Println("main:", a, b)
}
