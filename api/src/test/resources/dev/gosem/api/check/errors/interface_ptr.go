package main

type I interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	p := &i
	p.M()
	var q *I = T{}
	_ = q
}
/* go build (Go 1.19):
12:4: p.M undefined (type *I is pointer to interface, not interface)
13:13: cannot use T{} (value of type T) as type *I in variable declaration:
	T does not implement *I (type *I is pointer to interface, not interface)
*/
