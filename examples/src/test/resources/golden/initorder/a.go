package main

import "fmt"

var a int = trace("a", b*10)

func trace(name string, v int) int {
	fmt.Println("var", name, "=", v)
	return v
}

func init() {
	fmt.Println("init in a.go")
}
