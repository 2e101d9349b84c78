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
	zero := 0
	try("int / 0", func() {
		fmt.Println(7 / zero)
	})
	try("int8 % 0", func() {
		fmt.Println(int8(7) % int8(zero))
	})
	try("uint64 / 0", func() {
		u := uint64(zero)
		fmt.Println(1 / u)
	})
	try("min int8 / -1", func() {
		var m int8 = -128
		var d int8 = -1
		fmt.Println("  wraps to", m/d, "remainder", m%d)
	})
	try("float64 / 0", func() {
		z := float64(zero)
		fmt.Println("  ", 1.0/z, -1.0/z)
	})
}
