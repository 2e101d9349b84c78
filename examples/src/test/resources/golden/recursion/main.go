package main

import "fmt"

var moves int

func hanoi(n int, from string, to string, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	fmt.Println("move", n, "from", from, "to", to)
	hanoi(n-1, via, to, from)
}

func ackermann(m int, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func sumDigits(n int64) int64 {
	if n < 10 {
		return n
	}
	return n%10 + sumDigits(n/10)
}

func power(base int64, exp uint) int64 {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 1 {
		return half * half * base
	}
	return half * half
}

func main() {
	hanoi(3, "A", "C", "B")
	fmt.Println("moves:", moves)
	fmt.Println("ackermann", ackermann(2, 3), ackermann(3, 3), ackermann(3, 5))
	fmt.Println("even/odd", isEven(10), isOdd(7), isEven(9999), isOdd(0))
	fmt.Println("digits", sumDigits(9876543210), sumDigits(7))
	fmt.Println("power", power(3, 13), power(2, 62), power(2, 64), power(-3, 39))
}
