package main

import "fmt"

func next(n int64) int64 {
	if n%2 == 0 {
		return n / 2
	}
	return n*3 + 1
}

func steps(n int64) int {
	count := 0
	for n != 1 {
		n = next(n)
		count++
	}
	return count
}

func main() {
	var n int64 = 27
	peak := n
	for {
		fmt.Print(n, " ")
		if n == 1 {
			break
		}
		n = next(n)
		if n > peak {
			peak = n
		}
	}
	fmt.Println()
	fmt.Println("peak", peak, "steps", steps(27))
	for i := int64(1); i <= 20; i++ {
		fmt.Println(i, steps(i))
	}
	var best int64 = 1
	most := 0
	for i := int64(2); i < 10000; i++ {
		if s := steps(i); s > most {
			best = i
			most = s
		}
	}
	fmt.Println("longest below 10000:", best, "with", most, "steps")
}
