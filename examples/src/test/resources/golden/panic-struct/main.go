package main

import "fmt"

type Point struct {
	X int
	Y int
}

func main() {
	p := Point{3, 4}
	fmt.Println("panicking with", p)
	panic(p)
}
