package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	arr := [4]string{"a", "b", "c", "d"}
	for _, i := range []int{0, 2, 1} {
		fmt.Println("s[", i, "] =", at(s, i), arr[i+1])
	}
	fmt.Println("len", len(s), "cap", cap(s), "last", s[len(s)-1])
	i := len(s) + 2
	fmt.Println("reading s[", i, "]")
	fmt.Println(at(s, i))
	fmt.Println("unreachable")
}
