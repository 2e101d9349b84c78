package main

import "fmt"

func kind(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	f()
}

func main() {
	zero := 0
	s := []int{1}
	var m map[int]int
	var p *int
	var x any = 1.5
	kind(func() {
		fmt.Println(1 / zero)
	})
	kind(func() {
		fmt.Println(s[zero+3])
	})
	kind(func() {
		fmt.Println(s[:zero+3])
	})
	kind(func() {
		m[1] = 1
	})
	kind(func() {
		fmt.Println(*p)
	})
	kind(func() {
		fmt.Println(x.(int))
	})
	kind(func() {
		fmt.Println(1 << (zero - 1))
	})
}
