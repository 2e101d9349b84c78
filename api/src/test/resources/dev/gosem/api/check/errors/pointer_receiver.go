package main

type Stringer interface{ String() string }

type T struct{ n int }

func (t *T) String() string { return "T" }

func show(s Stringer) string { return s.String() }

func main() {
	var t T
	_ = show(t)
	_ = show(&t)
}
/* go build (Go 1.19):
13:11: cannot use t (variable of type T) as type Stringer in argument to show:
	T does not implement Stringer (String method has pointer receiver)
*/
