package main

import (
	"example/color"
	"fmt"
)

func main() {
	var counts [3]int
	fmt.Println("colors:", color.Count)
	for i_ := 0; i_ < 3; i_++ {
		i := i_
		c := color.Color(i)
		switch c {
		case color.Red:
			fmt.Println(c, "is red")
		case color.Green, color.Blue:
			fmt.Println(c, "is green or blue")
		}
		counts[c]++
		fmt.Printf("%v %d %s next %v\n", c, c, c, c.Next())
	}
	fmt.Println(counts, color.Blue+1, color.Red < color.Blue)
	var x color.Color = 7
	fmt.Printf("%v %T\n", x, x)
}
