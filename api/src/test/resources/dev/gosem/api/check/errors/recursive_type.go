package main

type T struct {
	a int
	t T
}

type L struct {
	next *L
}

type A [2]B
type B struct{ a A }

func main() {}
/* go build (Go 1.19):
3:6: invalid recursive type T
	main.go:3:6: T refers to
	main.go:3:6: T
12:6: invalid recursive type A
	main.go:12:6: A refers to
	main.go:13:6: B refers to
	main.go:12:6: A
*/
