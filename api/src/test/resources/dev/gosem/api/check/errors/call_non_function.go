package main

type T struct{ n int }

func main() {
	x := 1
	x()
	t := T{}
	t.n()
	"s"()
}
/* go build (Go 1.19):
7:2: invalid operation: cannot call non-function x (variable of type int)
9:2: invalid operation: cannot call non-function t.n (variable of type int)
10:2: invalid operation: cannot call non-function "s" (untyped string constant)
*/
