package main

type A B
type B A

type E interface{ F }
type F interface{ E }

type I [2]I

type S struct {
	a [1]S
}

func main() {}
/* go build (Go 1.19):
3:6: invalid recursive type A
	main.go:3:6: A refers to
	main.go:4:6: B refers to
	main.go:3:6: A
6:6: invalid recursive type E
	main.go:6:6: E refers to
	main.go:7:6: F refers to
	main.go:6:6: E
9:6: invalid recursive type I
	main.go:9:6: I refers to
	main.go:9:6: I
11:6: invalid recursive type S
	main.go:11:6: S refers to
	main.go:11:6: S
*/
