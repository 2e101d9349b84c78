package main

import "fmt"

type T struct{}

func (t *T) M() {}

type I interface{ M() }

func get() *T { return nil }

func main() {
	var p *T
	var i I = p
	fmt.Println(i == nil, i != nil)
	var e interface{} = p
	fmt.Println(e == nil)
	var j I = get()
	fmt.Println(j == nil)
	var s []int
	var se interface{} = s
	fmt.Println(se == nil)
}
