package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	for i_ := 0; i_ < 26; i_++ {
		i := i_
		fmt.Println(i, fib(i))
	}
}
