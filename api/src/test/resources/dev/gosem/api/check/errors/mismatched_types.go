package main

type Celsius float64
type Fahrenheit float64

func main() {
	a, b := 1, "s"
	_ = a == b
	var c Celsius = 10
	var f Fahrenheit = 50
	_ = c == f
	_ = c + f
	var p *int
	var q *string
	_ = p == q
}
/* go build (Go 1.19):
8:11: invalid operation: a == b (mismatched types int and string)
11:11: invalid operation: c == f (mismatched types Celsius and Fahrenheit)
12:6: invalid operation: c + f (mismatched types Celsius and Fahrenheit)
15:11: invalid operation: p == q (mismatched types *int and *string)
*/
