package main

import "fmt"

var z int = trace("z", a+1)

func init() {
	fmt.Println("init in z_main.go")
}

func main() {
	fmt.Println("main:", a, b, z)
}
