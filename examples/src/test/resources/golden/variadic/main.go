package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(label string, nums ...int) string {
	return fmt.Sprintf("%-7s len=%d cap=%d nil=%-5t %v", label, len(nums), cap(nums), nums == nil, nums)
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func zero(nums ...int) {
	for i := range nums {
		nums[i] = 0
	}
}

func kinds(args ...any) {
	fmt.Printf("%d args:", len(args))
	for _, a := range args {
		fmt.Printf(" %T=%v", a, a)
	}
	fmt.Println()
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum(-5, 5, 10, 20))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...), sum(s[0:0]...))
	fmt.Println(describe("none"))
	fmt.Println(describe("three", 1, 2, 3))
	fmt.Println(describe("spread", s...))
	fmt.Println(describe("empty", []int{}...))
	var none []int
	fmt.Println(describe("nil", none...))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(1, s...))
	zero(s[1:]...)
	fmt.Println("zero(s[1:]...) wrote through:", s)
	zero(s[0], 7)
	fmt.Println("zero(s[0], 7) did not:", s)
	kinds()
	kinds(1, "two", 3.5, nil, []int{4}, 'x', true)
	mixed := []any{float64(1), "b", nil}
	kinds(mixed...)
	kinds(mixed)
	fmt.Println(mixed...)
	fmt.Printf("%v|%q|%v\n", mixed...)
	fmt.Println(join("-"), join("-", "a"), join(", ", "x", "y", "z"))
	words := []string{"go", "is", "fun"}
	fmt.Println(join(" ", words...))
	a := []int{1, 2}
	c := []int{3, 4, 5}
	a = append(a, c...)
	fmt.Println(a, len(a), cap(a))
	a = append(a[:1], a[3:]...)
	fmt.Println(a, len(a), cap(a))
	a = append(a, a...)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(append(a), append(none, none...), append(none, none...) == nil)
	bs := append([]byte("hello, "), "world"...)
	fmt.Println(string(bs), len(bs))
	count := func(xs ...string) int {
		return len(xs)
	}
	fmt.Println(count(), count("a", "b"), count(words...))
	g := sum
	fmt.Printf("%T %T %T %d\n", g, count, describe, g(10, 20))
}
