package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	fmt.Println(s, len(s), cap(s))
	hi := 3
	fmt.Println("s[:3] is allowed up to the capacity:", s[:hi], len(s[:hi]))
	fmt.Println("s[1:] =", s[1:], "s[2:] =", s[2:], "s[3:3] =", s[hi:hi])
	str := "hey"
	fmt.Println(str[1:hi], str[hi:] == "")
	hi = 5
	fmt.Println(s[:hi])
	fmt.Println("unreachable")
}
