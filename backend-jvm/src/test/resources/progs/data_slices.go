package main

import "fmt"

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func variadic(prefix string, xs ...int) int {
	fmt.Println(prefix, len(xs), xs == nil)
	return sum(xs)
}

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	fmt.Println(s, sum(s))
	t := s[2:5]
	t[0] = 100
	fmt.Println(s, t, len(t), cap(t))
	u := s[1:3:4]
	fmt.Println(u, len(u), cap(u))
	m := make([]string, 3, 5)
	m[1] = "x"
	fmt.Println(m, len(m), cap(m))
	fmt.Printf("%q\n", m)
	c := make([]int, 2)
	n := copy(c, s)
	fmt.Println(n, c)
	s = append(s, c...)
	fmt.Println(s)
	fmt.Println(variadic("a"), variadic("b", 1, 2, 3), variadic("c", s...))
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(string(b), len(b))
	r := []rune("héllo")
	fmt.Println(len(r), r[1], string(r))
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println(arr, arr[2:], len(arr))
	a2 := arr
	a2[0] = 99
	fmt.Println(arr[0], a2[0], arr == a2)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1] = append(grid[1], 5)
	fmt.Println(grid)
	fs := []float64{1.5, 2.5}
	bs := []bool{true, false}
	fmt.Println(fs, bs)
	ps := []*int{}
	x := 3
	ps = append(ps, &x)
	*ps[0] = 4
	fmt.Println(x)
	i8 := []int8{127}
	i8[0]++
	fmt.Println(i8)
	strs := []string{"a", "b"}
	for i, v := range strs {
		fmt.Println(i, v)
	}
}
