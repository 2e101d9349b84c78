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
	two := 2
	try("make([]int, -1)", func() {
		fmt.Println(make([]int, n))
	})
	try("make([]int, 2, 1)", func() {
		fmt.Println(make([]int, two, two-1))
	})
	try("make([]int, 1, -1)", func() {
		fmt.Println(make([]int, two-1, n))
	})
	try("make(map[int]int, -1)", func() {
		fmt.Println(len(make(map[int]int, n)))
	})
	try("make([]int, 2, 3)", func() {
		fmt.Println("  ", make([]int, two, two+1))
	})
}
