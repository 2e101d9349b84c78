package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	j := 7
	fmt.Println(s[:5])
	fmt.Println(s[2:j])
}
