package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 && j == 1 {
				break outer
			}
			fmt.Print(i, ":", j, " ")
		}
	}
	fmt.Println()
	k := 1
	for k < 1000 {
		k *= 3
	}
	fmt.Println("k", k)
	n := 0
	for {
		n++
		if n%2 == 0 {
			continue
		}
		if n > 11 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println("| n", n)
	tries := 0
search:
	for {
		tries++
		m := tries
		for m > 0 {
			if m == 7 {
				break search
			}
			if m%5 == 0 {
				continue search
			}
			m--
		}
		fmt.Print(tries, " ")
	}
	fmt.Println("| tries", tries)
rows:
	for r_ := 0; r_ < 6; r_++ {
		r := r_
		if r == 1 {
			continue
		}
	cols:
		for c_ := 0; c_ < 6; c_++ {
			c := c_
			if c > r {
				break
			}
			if r == 3 && c == 1 {
				continue rows
			}
			if r+c == 8 {
				break rows
			}
			if c == 2 {
				continue cols
			}
			fmt.Print(r*10+c, " ")
		}
		fmt.Print("; ")
	}
	fmt.Println()
	total := 0
	for i_ := 0; i_ < 3; i_++ {
		for i_1 := 0; i_1 < 4; i_1++ {
			i := i_1
			total += i
		}
	}
	fmt.Println("total", total)
scan:
	for i := 10; i > 0; i -= 3 {
		if i == 4 {
			break scan
		} else if i%2 == 0 {
			fmt.Print("even", i, " ")
		} else {
			fmt.Print("odd", i, " ")
			continue scan
		}
	}
	fmt.Println()
	fmt.Println("done")
}
