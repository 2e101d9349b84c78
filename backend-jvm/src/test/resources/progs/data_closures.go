package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func double(x int) int { return x * 2 }

type Op func(a, b int) int

var total int

func main() {
	c := counter()
	fmt.Println(c(), c(), c())
	d := counter()
	fmt.Println(d(), c())
	fmt.Println(apply([]int{1, 2, 3}, double))
	k := 10
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x + k }))
	k = 20
	add := func(x int) int { return x + k }
	fmt.Println(add(1))
	x := 0
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	ops := map[string]Op{"add": func(a, b int) int { return a + b }, "mul": func(a, b int) int { return a * b }}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	people := []string{"bob", "alice", "carol"}
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] })
	fmt.Println(people)
	fmt.Println(strings.Join(people, ","), strings.ToUpper("abc"), strings.Repeat("ab", 3))
	fmt.Println(strings.Split("a,b,c", ","), strings.Fields(" x  y "), strings.Contains("abc", "b"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("x")
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String(), sb.Len())
	funcs := []func(){}
	for i := 0; i < 3; i++ {
		j := i
		funcs = append(funcs, func() { total += j; fmt.Print(j, " ") })
	}
	for _, f := range funcs {
		f()
	}
	fmt.Println(total)
	var nf func()
	fmt.Println(nf == nil)
	nf()
}
