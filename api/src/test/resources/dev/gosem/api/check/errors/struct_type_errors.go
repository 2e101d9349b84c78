package main

type I interface{ M() }

type S struct {
	a int
	a string
	*I
	b, b int
}

type J interface {
	M()
	M(int)
}

func main() {}
/* go build (Go 1.19):
7:2: a redeclared
	main.go:6:2: other declaration of a
8:2: embedded field type cannot be a pointer to an interface
9:5: b redeclared
	main.go:9:2: other declaration of b
14:2: duplicate method M
	main.go:13:2: other declaration of M
*/
