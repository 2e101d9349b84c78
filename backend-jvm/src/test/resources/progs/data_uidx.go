package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	var u uint64 = 1
	fmt.Println(s[u])
	u -= 3
	fmt.Println(s[u])
}
