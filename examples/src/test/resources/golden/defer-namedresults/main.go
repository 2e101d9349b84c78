package main

import "fmt"

func c() (i int) {
	defer func() {
		i++
	}()
	return 1
}

func double() (r int) {
	defer func() {
		r *= 2
	}()
	r = 3
	return r + 1
}

func seen() (r int) {
	defer func() {
		fmt.Println("  deferred sees r =", r)
	}()
	defer fmt.Println("  deferred argument r =", r)
	return 42
}

func unnamed() int {
	x := 1
	defer func() {
		x = 100
	}()
	return x
}

func swap() (a string, b string) {
	defer func() {
		a, b = b, a
	}()
	return "first", "second"
}

func chain() (s string) {
	defer func() {
		s += " +deferred1"
	}()
	defer func() {
		s += " +deferred2"
	}()
	return "returned"
}

func main() {
	fmt.Println("c() =", c())
	fmt.Println("double() =", double())
	fmt.Println("seen() =", seen())
	fmt.Println("unnamed() =", unnamed())
	fmt.Print("swap() = ")
	fmt.Println(swap())
	fmt.Println("chain() =", chain())
}
