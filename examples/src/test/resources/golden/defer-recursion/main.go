package main

import (
	"fmt"
	"strings"
)

func down(n int) {
	indent := strings.Repeat("  ", n)
	defer fmt.Println(indent+"leave", n)
	fmt.Println(indent+"enter", n)
	if n < 4 {
		down(n + 1)
	}
}

func fact(n int) (r int) {
	defer func() {
		fmt.Println("fact(", n, ") =", r)
	}()
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	down(0)
	fmt.Println("result", fact(6))
}
