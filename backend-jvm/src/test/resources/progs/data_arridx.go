package main

import "fmt"

func main() {
	var a [3]int
	i := -1
	if len(a) > 10 {
		i = 0
	}
	a[1] = 2
	fmt.Println(a)
	a[i+5] = 1
}
