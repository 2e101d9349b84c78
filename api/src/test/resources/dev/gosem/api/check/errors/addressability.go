package main

type P struct{ X int }

func get() P      { return P{} }
func getp() *P    { return &P{} }
func arr() [3]int { return [3]int{} }

func main() {
	_ = &get().X
	_ = &getp().X
	_ = arr()[1:]
	m := map[string][2]int{}
	m["a"][0] = 1
	_ = &P{}
	_ = &[]int{1}[0]
	getp().X = 3
}
/* go build (Go 1.19):
10:7: invalid operation: cannot take address of get().X (value of type int)
12:6: invalid operation: arr() (value of type [3]int) (slice of unaddressable value)
14:2: cannot assign to m["a"][0] (value of type int)
*/
