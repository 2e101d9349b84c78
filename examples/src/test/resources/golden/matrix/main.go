package main

import "fmt"

type Matrix [][]int

func zeros(r int, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]int, c)
	}
	return m
}

func identity(n int) Matrix {
	m := zeros(n, n)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		m[i][i] = 1
	}
	return m
}

func transpose(m Matrix) Matrix {
	t := zeros(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func mul(a Matrix, b Matrix) Matrix {
	out := zeros(len(a), len(b[0]))
	for i := range out {
		for j := range out[i] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func power(m Matrix, n int) Matrix {
	result := identity(len(m))
	for n > 0 {
		if n%2 == 1 {
			result = mul(result, m)
		}
		m = mul(m, m)
		n /= 2
	}
	return result
}

func print(name string, m Matrix) {
	fmt.Println(name + ":")
	for _, row := range m {
		for _, v := range row {
			fmt.Printf("%5d", v)
		}
		fmt.Println()
	}
}

func pascal(n int) [][]int {
	rows := make([][]int, 0, n)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		row := make([]int, i+1)
		row[0] = 1
		row[i] = 1
		for j := 1; j < i; j++ {
			row[j] = rows[i-1][j-1] + rows[i-1][j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	print("a", a)
	print("transpose(a)", transpose(a))
	print("a * transpose(a)", mul(a, transpose(a)))
	print("transpose(a) * a", mul(transpose(a), a))
	fib := Matrix{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 30, 60, 90} {
		fmt.Println("fib", n, "=", power(fib, n)[0][1])
	}
	fmt.Println("fib is unchanged:", fib, len(fib))
	tri := pascal(12)
	for i, row := range tri {
		n_ := 11 - i
		for i_ := n_ - n_; i_ < n_; i_++ {
			fmt.Print("  ")
		}
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
	fmt.Println("row lengths", len(tri[0]), len(tri[11]), tri[6])
	shared := make([]int, 3)
	alias := Matrix{shared, shared, shared}
	alias[0][1] = 7
	fmt.Println("aliased rows", alias)
	own := zeros(3, 3)
	own[0][1] = 7
	fmt.Println("own rows", own)
	jag := [][]string{{"a"}, {}, {"b", "c", "d"}, nil}
	fmt.Printf("%v %q %d\n", jag, jag, len(jag))
}
