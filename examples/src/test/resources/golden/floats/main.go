package main

import "fmt"

func main() {
	fmt.Println(1.5, 0.1, 2.0, 1000000.0, 1e20, 1e21, 1.23456789e8, 1e-4, 1e-5, 1e-7, 2.5e-8, 3.14159)
	println(1.5, 0.1, 2.0, 1000000.0, 1e20, 1e21, 1.23456789e8, 1e-4, 1e-5, 1e-7, 2.5e-8, 3.14159)
	a := 0.1
	c := 0.2
	fmt.Println("sum", 0.1+0.2, a+c, a+c == 0.3, 0.1+0.2 == 0.3)
	println("sum", a+c)
	zero := 0.0
	negZero := -zero
	fmt.Println("zeros", -0.0, zero, negZero, negZero == zero, -1.0*zero)
	println("zeros", zero, negZero)
	one := 1.0
	three := 3.0
	inf := one / zero
	nan := zero / zero
	fmt.Println("division", one/three, 2.0/three, one/negZero, -inf, inf-inf)
	fmt.Println("nan", nan, nan == nan, nan != nan, nan < one, nan > one, inf > 1e308)
	println("special", inf, -inf, nan, one/three)
	max := 1.7976931348623157e308
	tiny := 4.9e-324
	smallNormal := 2.2250738585072014e-308
	fmt.Println("extremes", max, max*2, tiny, tiny/2, smallNormal, -max)
	println("extremes", max, tiny, smallNormal, max*2)
	x := 1.0
	for i := 0; i < 10; i++ {
		x = x * 1.1
	}
	fmt.Println("1.1^10", x, x*1e10, x/1e10)
	p := 2.9
	q := -2.9
	fmt.Println("to int", int(p), int(q), int8(q), uint8(p), int64(max/1e290), int32(1e9+p))
	var big int64 = 1<<53 + 1
	var ubig uint64 = 1<<64 - 1
	ten19 := 1e19
	fmt.Println("to float", float64(big), float64(big-1), float64(ubig), uint64(ten19), float64(int8(-128)), float64(7)/2)
	println("to float", float64(big), float64(ubig), uint64(ten19))
	n := 7
	avg := float64(n) / 2
	fmt.Println("mixed", avg, int(avg*10), float64(n/2), avg < 3.5, avg >= 3.5)
}
