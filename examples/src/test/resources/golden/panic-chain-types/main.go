package main

import "fmt"

type Code int

type Name string

type Flag bool

type Ratio float64

type Small uint8

func main() {
	defer func() {
		panic(Small(200))
	}()
	defer func() {
		panic(int32(-5))
	}()
	defer func() {
		panic(Name("third"))
	}()
	defer func() {
		panic(Flag(true))
	}()
	defer func() {
		panic(Ratio(0.5))
	}()
	defer fmt.Println("a deferred call that does not panic")
	fmt.Println("panicking with main.Code(7)")
	panic(Code(7))
}
