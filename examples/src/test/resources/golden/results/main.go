package main

import "fmt"

func divmod(a int, b int) (int, int) {
	return a / b, a % b
}

func minmax(a int, b int) (lo int, hi int) {
	if a < b {
		lo, hi = a, b
		return
	}
	lo = b
	hi = a
	return
}

func stats(n int) (sum int, squares int64, ok bool) {
	if n <= 0 {
		return
	}
	n_ := n + 1
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		sum += i
		squares += int64(i * i)
	}
	ok = true
	return
}

func swap(a string, b string) (string, string) {
	return b, a
}

func overwritten() (x int) {
	x = 5
	return x * 10
}

func fibPair(n int) (a int, b int) {
	if n == 0 {
		return 0, 1
	}
	a, b = fibPair(n - 1)
	a, b = b, a+b
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println("divmod", q, r)
	_, r2 := divmod(-17, 5)
	fmt.Println("remainder only", r2)
	lo, hi := minmax(9, 4)
	fmt.Println("minmax", lo, hi)
	lo, hi = minmax(4, 9)
	fmt.Println("minmax", lo, hi)
	sum, squares, ok := stats(10)
	fmt.Println("stats", sum, squares, ok)
	sum, _, ok = stats(-1)
	fmt.Println("stats", sum, squares, ok)
	first, second := swap("hello", "world")
	fmt.Println(first, second)
	fmt.Println("overwritten", overwritten())
	x := 1
	y := 2
	x, y = y, x
	fmt.Println("swapped", x, y)
	a, bb, c := 1, 2, 3
	a, bb, c = c, a, bb
	fmt.Println("rotated", a, bb, c)
	for i_ := 0; i_ < 10; i_++ {
		x, y = y, x+y
	}
	fmt.Println("fib step", x, y)
	f30, f31 := fibPair(30)
	fmt.Println("fibPair", f30, f31)
	x, z := x+100, 7
	fmt.Println("redeclared", x, z)
	_ = overwritten()
	_, _ = divmod(1, 1)
}
