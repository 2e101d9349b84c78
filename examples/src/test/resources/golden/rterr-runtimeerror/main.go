package main

import (
	"errors"
	"fmt"
	"runtime"
)

func check(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Printf("%-14s runtime.Error: %-5t %v\n", name, ok, r)
		if ok {
			re.RuntimeError()
		}
	}()
	f()
}

func main() {
	zero := 0
	s := []int{1}
	var m map[int]int
	var p *int
	var x any = "text"
	check("divide", func() {
		fmt.Println(1 / zero)
	})
	check("index", func() {
		fmt.Println(s[zero+3])
	})
	check("slice", func() {
		fmt.Println(s[zero+2:])
	})
	check("nil map", func() {
		m[1] = 1
	})
	check("nil deref", func() {
		fmt.Println(*p)
	})
	check("assertion", func() {
		fmt.Println(x.(int))
	})
	check("shift", func() {
		fmt.Println(1 << (zero - 1))
	})
	check("makeslice", func() {
		fmt.Println(make([]int, zero-1))
	})
	check("errors.New", func() {
		panic(errors.New("mine"))
	})
	check("string", func() {
		panic("mine")
	})
}
