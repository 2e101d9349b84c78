package main

import "fmt"

func classify(n int) string {
	defer fmt.Println("classified", n)
	defer fmt.Print("  deferred: ")
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 2:
		return "two"
	case 3:
		return "three"
	case 4:
		return "four"
	case 5:
		return "five"
	case 6:
		return "six"
	}
	return "many"
}

func main() {
	for i_ := 0; i_ < 8; i_++ {
		i := i_
		fmt.Println(i, "is", classify(i))
	}
}
