package main

type A struct{ x int }
type B struct{ x int }
type C struct {
	m map[string]int
}

func main() {
	_ = A{} == B{}
	_ = A{} == A{1}
	_ = C{} == C{}
	var i interface{} = A{}
	_ = i == A{}
	_ = i == []int{}
	f := func() {}
	_ = f == nil
	_ = nil == f
}
/* go build (Go 1.19):
10:13: invalid operation: A{} == B{} (mismatched types A and B)
12:6: invalid operation: C{} == C{} (struct containing map[string]int cannot be compared)
15:11: invalid operation: i == []int{} (slice can only be compared to nil)
*/
