package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big int8 = 1 << 7

func main() {
	var d Weekday = Monday
	var n int = Tuesday
	_, _ = d, n
}
/* go build (Go 1.19):
11:18: cannot use 1 << 7 (untyped int constant 128) as int8 value in constant declaration (overflows)
15:14: cannot use Tuesday (constant 2 of type Weekday) as type int in variable declaration
*/
