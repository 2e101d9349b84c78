package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	t := s[2:5]
	t[0] = -4
	fmt.Println(s, t, len(t), cap(t))
	u := s[2:4:6]
	u = append(u, 100)
	fmt.Println(s, u)
	c := make([]int, 3, 10)
	n := copy(c, s)
	fmt.Println(n, c)
	fmt.Println(sum(), sum(1, 2, 3), sum(s...))
	words := []string{"go", "is", "fun"}
	words = append(words, []string{"and", "fast"}...)
	fmt.Println(words, len(words))
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b), b)
	grid := [][]int{{1, 2}, {3, 4, 5}}
	grid[1] = append(grid[1], 6)
	fmt.Println(grid, len(grid[1]))
	for i, w := range words {
		if i%2 == 0 {
			fmt.Print(w, ";")
		}
	}
	fmt.Println()
}
