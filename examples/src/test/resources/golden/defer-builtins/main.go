package main

import "fmt"

func cleanup(m map[string]int, dst []int) {
	defer delete(m, "temp")
	defer copy(dst, []int{7, 8, 9})
	defer println("println to stderr, deferred")
	defer print("print to stderr, deferred\n")
	defer recover()
	sl := []int{1, 2}
	defer func() {
		_ = append(sl, 3)
		fmt.Println("  closure: len(sl) =", len(sl))
	}()
	fmt.Println("  during: temp present:", len(m), "dst", dst)
}

func main() {
	m := map[string]int{"keep": 1, "temp": 2}
	dst := make([]int, 3)
	cleanup(m, dst)
	fmt.Println("after: map", m, "dst", dst)
}
