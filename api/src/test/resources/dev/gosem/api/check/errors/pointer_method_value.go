package main

type T struct{}

func (t *T) M() {}

func get() T { return T{} }

func main() {
	get().M()
	T{}.M()
	var t T
	t.M()
}
/* go build (Go 1.19):
10:8: cannot call pointer method M on T
11:6: cannot call pointer method M on T
*/
