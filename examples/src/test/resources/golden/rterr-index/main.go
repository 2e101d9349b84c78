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
	s := []int{10, 20, 30}
	i := 5
	try("slice", func() {
		fmt.Println(s[i])
	})
	try("negative", func() {
		j := -1
		fmt.Println(s[j])
	})
	try("array", func() {
		a := [3]string{"x", "y", "z"}
		fmt.Println(a[i-1])
	})
	try("string", func() {
		fmt.Println("go"[i])
	})
	try("nil slice", func() {
		var n []int
		fmt.Println(n[0])
	})
	try("store", func() {
		s[i-2] = 1
	})
	try("nested", func() {
		grid := [][]int{[]int{1}, []int{2, 3}}
		fmt.Println(grid[1][i])
	})
	try("huge unsigned", func() {
		var u uint = 1 << 63
		fmt.Println(s[u])
	})
	try("in range", func() {
		fmt.Println("  s[2] =", s[2])
	})
}
