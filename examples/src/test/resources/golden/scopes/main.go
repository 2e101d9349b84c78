package main

import "fmt"

var x = "package x"

func show() {
	fmt.Println("show sees", x)
}

func param(x int) {
	fmt.Println("param x", x)
}

func twice(n int) int {
	return n * 2
}

func main() {
	show()
	param(5)
	x := 1
	fmt.Println("main x", x)
	{
		x := x + 1
		{
			x := "innermost"
			fmt.Println(x)
		}
		fmt.Println("inner x", x)
		x++
	}
	fmt.Println("main x again", x)
	show()
	if y := twice(x); y > 5 {
		fmt.Println("big y", y)
	} else if z := y + 10; z > 5 {
		fmt.Println("y and z", y, z)
	} else {
		fmt.Println("neither", y, z)
	}
	if x := "if-scoped"; x != "" {
		fmt.Println(x)
	}
	for i := 0; i < 3; i++ {
		i := i * 100
		i++
		fmt.Println("body i", i)
	}
	i := "after the loop"
	fmt.Println(i, x)
}
