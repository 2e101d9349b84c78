package main

type I interface{ M(x int) string }

type T struct{}

func (T) M(x string) string { return x }

type U struct{}

func (U) m(x int) string { return "" }

func main() {
	var i I = T{}
	i = U{}
	_ = i
}
/* go build (Go 1.19):
14:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (wrong type for M method)
		have M(x string) string
		want M(x int) string
15:6: cannot use U{} (value of type U) as type I in assignment:
	U does not implement I (missing M method)
		have m(x int) string
		want M(x int) string
*/
