package main

import "fmt"

func safeDiv(a int, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	q = a / b
	return
}

func unnamed() (int, string, []int) {
	defer func() {
		recover()
	}()
	panic("unnamed results")
}

func partial() (n int, s string) {
	defer func() {
		recover()
	}()
	n = 5
	panic("after n = 5")
	s = "not reached"
	return
}

func fallback(x float64) (y float64, ok bool) {
	defer func() {
		if recover() != nil {
			y, ok = -1.0, false
		}
	}()
	if x < 0 {
		panic("negative")
	}
	return x * 2, true
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	n, s, sl := unnamed()
	fmt.Printf("unnamed: %d %q %v %t\n", n, s, sl, sl == nil)
	fmt.Println(partial())
	fmt.Println(fallback(1.25))
	fmt.Println(fallback(-3.0))
}
