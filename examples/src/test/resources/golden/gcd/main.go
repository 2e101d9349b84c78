package main

import "fmt"

func gcd(a int, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a int, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a int, b int) int {
	return a / gcd(a, b) * b
}

func main() {
	fmt.Println(gcd(48, 18), gcdRec(48, 18), lcm(4, 6))
	fmt.Println(gcd(17, 5), gcd(0, 9), gcd(9, 0))
	fmt.Println(gcd(1071, 462), gcdRec(2147483647, 1073741823))
	mismatches := 0
	coprime := 0
	for x := 1; x <= 30; x++ {
		for y := 1; y <= 30; y++ {
			g := gcd(x, y)
			if g != gcdRec(y, x) {
				mismatches++
			}
			if g == 1 {
				coprime++
			}
		}
	}
	fmt.Println("coprime pairs up to 30:", coprime, "mismatches:", mismatches)
	l := 1
	for k := 2; k <= 20; k++ {
		l = lcm(l, k)
	}
	fmt.Println("lcm(1..20) =", l)
}
