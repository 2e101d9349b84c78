package main

import (
	"fmt"
	"sort"
	"strings"
)

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(g func(int) int, h func(int) int) func(int) int {
	return func(x int) int {
		return g(h(x))
	}
}

func multiplier(k int) func(int) int {
	return func(x int) int {
		return x * k
	}
}

func twice(f func(int) int) func(int) int {
	return compose(f, f)
}

func square(x int) int {
	return x * x
}

func isOdd(x int) bool {
	return x%2 != 0
}

type Threshold struct {
	min int
}

func (t Threshold) Above(x int) bool {
	return x > t.min
}

type Acc struct {
	sum   int
	calls int
}

func (a *Acc) Add(x int) int {
	a.sum += x
	a.calls++
	return a.sum
}

type Stage func(int) int

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	fmt.Println(mapInts(nums, square))
	fmt.Println(filter(nums, isOdd))
	fmt.Println(reduce(nums, 0, func(a int, b int) int {
		return a + b
	}), reduce(mapInts(filter(nums, isOdd), square), 0, func(a int, b int) int {
		return a + b
	}))
	fmt.Println(reduce(nums, 1, func(a int, b int) int {
		return a * b
	}), filter(nums, func(x int) bool {
		return x > 100
	}) == nil)
	t := Threshold{6}
	fmt.Println(filter(nums, t.Above), filter(nums, Threshold{8}.Above))
	a := Acc{}
	running := mapInts(nums, a.Add)
	fmt.Println(running, a, a.calls)
	inc := func(x int) int {
		return x + 1
	}
	sqThenInc := compose(inc, square)
	incThenSq := compose(square, inc)
	fmt.Println(sqThenInc(3), incThenSq(3), twice(square)(3), twice(twice(inc))(0))
	triple := multiplier(3)
	fmt.Println(mapInts(nums[:4], triple), mapInts(nums[:4], multiplier(-1)))
	fmt.Printf("%T %T %T\n", triple, reduce, t.Above)
	pipeline := []Stage{inc, square, multiplier(10), Stage(triple)}
	run := func(x int) int {
		for _, s := range pipeline {
			x = s(x)
		}
		return x
	}
	fmt.Println(run(1), run(2), mapInts([]int{0, 1, 2}, run), len(pipeline))
	words := strings.Fields("pear fig apple kiwi banana date plum cherry")
	sort.Slice(words, func(i int, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	sort.Slice(words, func(i int, j int) bool {
		return words[i] > words[j]
	})
	fmt.Println(words)
	people := []string{"ann", "bob", "cy", "dee"}
	ages := []int{31, 25, 40, 25}
	byAge := make([]int, len(people))
	for i := range byAge {
		byAge[i] = i
	}
	comparisons := 0
	sort.Slice(byAge, func(i int, j int) bool {
		comparisons++
		ai := ages[byAge[i]]
		aj := ages[byAge[j]]
		if ai != aj {
			return ai < aj
		}
		return people[byAge[i]] < people[byAge[j]]
	})
	for _, k := range byAge {
		fmt.Printf("%s(%d) ", people[k], ages[k])
	}
	fmt.Println("| compared:", comparisons > 0)
	show := func(name string, f func(int) int) string {
		return fmt.Sprintf("%s(5)=%d", name, f(5))
	}
	fmt.Println(show("square", square), show("inc", inc), show("x3", triple), show("run", run))
}
