package main

import "fmt"

type Temp float64

type Name string

func main() {
	defer fmt.Println("deferred before the crash")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Name("gopher"))
	}()
	panic(Temp(1.5))
}
