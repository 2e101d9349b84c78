package main

import "fmt"

func show(name string, s []int) {
	fmt.Println(name, s, "len", len(s), "cap", cap(s))
}

func zeroFirst(s []int) {
	if len(s) > 0 {
		s[0] = 0
	}
}

func appendInside(s []int) {
	s = append(s, 42)
	fmt.Println("inside", s)
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	show("base", base)
	mid := base[3:6]
	show("mid", mid)
	show("head", base[:4])
	show("tail", base[7:])
	show("all", base[:])
	show("empty", base[5:5])
	show("end", base[10:])
	mid[0] = 30
	fmt.Println("write through mid:", base)
	zeroFirst(mid[1:])
	fmt.Println("a call shares too:", base, mid)
	mid = append(mid, 60)
	fmt.Println("append overwrote base[6]:", base, mid)
	grown := mid[:cap(mid)]
	show("resliced to cap", grown)
	limited := base[2:4:4]
	show("limited", limited)
	limited = append(limited, 99)
	limited[0] = -2
	fmt.Println("append copied:", base, limited)
	show("limited again", limited)
	show("three-index from 0", base[:2:3])
	c := make([]int, 3, 10)
	appendInside(c)
	fmt.Println("caller sees len 3:", c, "but the array has", c[:4])
	full := []int{1, 2, 3}
	appendInside(full)
	fmt.Println("full slice unchanged:", full)
	s := make([]int, 2, 4)
	x := append(s, 1)
	y := append(s, 2)
	fmt.Println("x and y share:", x, y, "x[2] ==", x[2])
	words := []string{"a", "b", "c", "d", "e"}
	window := words[1:3]
	for i_ := 0; i_ < 3; i_++ {
		i := i_
		fmt.Println("window", i, window, len(window), cap(window))
		if cap(window) > 2 {
			window = window[1:3]
		}
	}
	stack := []int{}
	for i_1 := 0; i_1 < 5; i_1++ {
		i := i_1
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Println("pop", top, "left", stack, cap(stack))
	}
	show("after pops", stack[:3])
	str := "hello, slices"
	fmt.Println(str[0:5], str[7:], len(str[3:3]), "abc"[1:])
}
