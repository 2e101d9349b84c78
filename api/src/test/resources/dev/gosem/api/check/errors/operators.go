package main

func main() {
	a, s, b, f := 1, "x", true, 1.5
	_ = s + a
	_ = b && a
	_ = f % 2
	_ = !a
	_ = -s
	_ = a << f
	_ = s < b
	var p *int
	_ = p + 1
}
/* go build (Go 1.19):
5:6: invalid operation: s + a (mismatched types string and int)
6:6: invalid operation: b && a (mismatched types bool and int)
7:6: invalid operation: operator % not defined on f (variable of type float64)
8:7: invalid operation: operator ! not defined on a (variable of type int)
9:7: invalid operation: operator - not defined on s (variable of type string)
10:11: invalid operation: shift count f (variable of type float64) must be integer
11:10: invalid operation: s < b (mismatched types string and bool)
13:10: cannot convert 1 (untyped int constant) to *int
*/
