package main

type T struct{ f int }

func (T) M() {}

func main() {
	_ = T.f
	_ = T.M
	x := []int{}
	_ = x.len
	var e error
	_ = e.Message
	_ = len.x
}
/* go build (Go 1.19):
8:8: T.f undefined (type T has no method f)
11:8: x.len undefined (type []int has no field or method len)
13:8: e.Message undefined (type error has no field or method Message)
14:9: cannot select on len (built-in)
*/
