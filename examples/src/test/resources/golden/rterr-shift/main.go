package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name + ": no panic")
			return
		}
		err, isErr := r.(error)
		fmt.Printf("%s: %v\n", name, r)
		if isErr {
			fmt.Printf("  an error; Error(): %q\n", err.Error())
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
