package main

type I interface{ M() }
type J interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	_ = J(i)
	var e interface{} = i
	_ = T(e)
	_ = I(3)
}
/* go build (Go 1.19):
15:8: cannot convert i (variable of type I) to type J:
	I does not implement J (missing N method)
17:8: cannot convert e (variable of type interface{}) to type T:
	need type assertion
18:8: cannot convert 3 (untyped int constant) to type I
*/
