package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	for n_ := 0; n_ < 100; n_++ {
		n := n_
		if isPrime(n) {
			fmt.Print(n, " ")
		}
	}
	fmt.Println()
	count := 0
	twins := 0
	prev := 2
	gap := 0
	gapAt := 0
	for n_1 := 0; n_1 < 100000; n_1++ {
		n := n_1
		if isPrime(n) {
			count++
			if n-prev == 2 {
				twins++
			}
			if n-prev > gap {
				gap = n - prev
				gapAt = prev
			}
			prev = n
		}
	}
	fmt.Println("primes below 100000:", count)
	fmt.Println("twin pairs:", twins)
	fmt.Println("largest gap:", gap, "after", gapAt)
	fmt.Println("last:", prev)
}
