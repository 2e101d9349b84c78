package main

import (
	"example/base"
	"example/left"
	"example/right"
	"fmt"
)

func init() {
	fmt.Println("main: init, registered as", base.Register("main"))
}

func main() {
	fmt.Println("log:", base.Log(), "base initialized", base.Inits, "time(s)")
	fmt.Println("orders:", left.Order, right.Order)
}
