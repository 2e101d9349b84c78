package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name + ": no panic")
			return
		}
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v\n", name, r)
		if isErr {
			fmt.Printf("  runtime.Error: %t, Error(): %q\n", isRuntime, err.Error())
		}
	}()
	f()
}

func main() {
	n := -1
	x := 1
	try("x << -1", func() {
		fmt.Println(x << n)
	})
	try("x >> -1", func() {
		fmt.Println(x >> n)
	})
	try("x << 70", func() {
		fmt.Println("  ", x<<(n+71), -8>>(n+71))
	})
	try("x << int8(-3)", func() {
		var k int8 = -3
		fmt.Println(x << k)
	})
}
