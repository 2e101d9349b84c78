package main

import "fmt"

func window(s []string, lo int, hi int) []string {
	return s[lo:hi]
}

func main() {
	s := []string{"a", "b", "c", "d", "e"}
	for lo := 0; lo <= 3; lo++ {
		fmt.Println(lo, window(s, lo, 2), len(window(s, lo, lo)))
	}
	fmt.Println("unreachable")
}
