package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int {
			n++
			return n
		}, func() {
			n = 100
		}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	k := 3
	mul := func(x int) int { return x * k }
	fmt.Println(apply([]int{1, 2, 3}, mul))
	k = 10
	fmt.Println(apply([]int{1, 2, 3}, mul))
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	var f func()
	fmt.Println(f == nil)
	x := 1
	p := &x
	*p = 5
	inc := func() { x++ }
	inc()
	fmt.Println(x, *p)
}
