package main

import "fmt"

type Op func(int, int) int

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func apply(op Op, a, b int) int { return op(a, b) }

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	inc, reset := counter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 1, 2), apply(func(a, b int) int { return a * b }, 3, 4))
	double := func(x int) int { return x * 2 }
	fmt.Println(compose(double, double, func(x int) int { return x + 1 })(5))
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	total := 0
	for _, f := range fs {
		total += f()
	}
	x := 10
	p := &x
	*p = 20
	func() {
		x++
		q := &x
		*q *= 2
	}()
	var fn func()
	fmt.Println(total, x, fn == nil)
}
