package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

func main() {
	fmt.Println("colors:", Color(0), Color(1), Color(7))
	panic(Color(1))
}
