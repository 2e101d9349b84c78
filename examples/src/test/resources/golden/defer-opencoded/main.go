package main

import "fmt"

func f1(a int) {
	fmt.Println("  f1", a)
}

func f2(a int) {
	fmt.Println("  f2", a)
}

func shape(a1 int, a2 int, cond bool) string {
	defer f1(a1)
	if cond {
		defer f2(a2)
	}
	if a1 > 5 {
		return "early return"
	}
	return "late return"
}

func main() {
	for _, a := range []int{1, 9} {
		for _, cond := range []bool{false, true} {
			fmt.Println("shape", a, cond)
			fmt.Println("  ->", shape(a, a*10, cond))
		}
	}
}
