package main

type P struct{ X int }

func get() P { return P{} }

func main() {
	get().X = 1
	s := "abc"
	s[0] = 'x'
	const c = 1
	c = 2
	len("a") = 1
}
/* go build (Go 1.19):
8:2: cannot assign to get().X (value of type int)
10:2: cannot assign to s[0] (value of type byte)
12:2: cannot assign to c (untyped int constant 1)
13:2: cannot assign to len("a") (constant 1 of type int)
*/
