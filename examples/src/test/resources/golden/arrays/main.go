package main

import "fmt"

type pair struct {
	name string
	vals [2]int
}

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func sum(a [4]int) int {
	t := 0
	for _, x := range a {
		t += x
	}
	return t
}

func main() {
	var a [4]int
	fmt.Println("zero", a, len(a), cap(a))
	a[0], a[3] = 1, 4
	c := a
	c[1] = 99
	fmt.Println("copy", a, c, a == c, a != c)
	c[1] = 0
	fmt.Println("equal again", a == c)
	d := double(a)
	fmt.Println("double", a, d, sum(a), sum(d))
	fill(&a, 7)
	fmt.Println("fill", a)
	p := &a
	p[2] = 0
	(*p)[1] = 5
	fmt.Println("through pointer", a, len(p), *p == a)
	nums := [5]int{1, 2, 3, 4, 5}
	for i, v := range nums {
		if i < 4 {
			nums[i+1] = v * 10
		}
		fmt.Println("copy range", i, v, nums)
	}
	more := [5]int{1, 2, 3, 4, 5}
	for i, v := range &more {
		if i < 4 {
			more[i+1] = v * 10
		}
		fmt.Println("pointer range", i, v, more)
	}
	var grid [3][4]int
	for i_ := 0; i_ < 3; i_++ {
		i := i_
		for j_ := 0; j_ < 4; j_++ {
			j := j_
			grid[i][j] = i*4 + j
		}
	}
	row := grid[1]
	row[0] = -1
	fmt.Println("grid", grid)
	fmt.Println("row", row, grid[1], len(grid), len(grid[0]))
	g2 := grid
	g2[2][3] = 100
	fmt.Println("grids equal", g2 == grid, g2[0] == grid[0], g2[2] == grid[2])
	seen := make(map[[2]int]string)
	seen[[2]int{1, 2}] = "a"
	seen[[2]int{2, 1}] = "b"
	seen[[2]int{1, 2}] += "c"
	seen[[2]int{-5, 9}] = "d"
	fmt.Println("array keys", len(seen), seen[[2]int{1, 2}], seen)
	names := [3]string{"ann", "bob"}
	fmt.Printf("%q %d %v\n", names, len(names), names[2] == "")
	fmt.Printf("%v %#v %T\n", names, names, grid)
	s := nums[1:3]
	s[0] = 100
	fmt.Println("slice of array", nums, s, len(s), cap(s))
	x := pair{"x", [2]int{1, 2}}
	y := x
	y.vals[0] = 50
	fmt.Println("struct with array", x, y, x == y)
	fmt.Printf("%+v %#v\n", y, x.vals)
	var boards [2][2]byte
	boards[0][1] = 'x'
	boards[1] = boards[0]
	boards[1][0] = 'o'
	fmt.Println("bytes", boards, boards[0] == boards[1])
}
