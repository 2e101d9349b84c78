package main

import (
	"fmt"
	"strings"
)

var depth int

func trace(s string) string {
	fmt.Println(strings.Repeat(". ", depth), "entering:", s)
	depth++
	return s
}

func un(s string) {
	depth--
	fmt.Println(strings.Repeat(". ", depth), "leaving:", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println(strings.Repeat(". ", depth), "in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println(strings.Repeat(". ", depth), "in b")
	a()
}

func main() {
	b()
}
