package main

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

type P *A
type D struct {
	*P
}

func main() {
	var c C
	_ = c.X
	_ = c.A.X
}
/* go build (Go 1.19):
12:2: embedded field type cannot be a pointer
17:8: ambiguous selector c.X
*/
