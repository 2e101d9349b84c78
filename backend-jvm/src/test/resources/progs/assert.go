package main

import "fmt"

func main() {
	var x any = "text"
	fmt.Println(x.(string))
	n := x.(int)
	fmt.Println(n)
}
