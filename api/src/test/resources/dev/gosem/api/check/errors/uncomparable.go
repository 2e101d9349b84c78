package main

type Pair struct {
	names []string
}

func main() {
	s := []int{1}
	_ = s == s
	m := map[string]int{}
	_ = m == m
	f := func() {}
	_ = f == f
	_ = Pair{} == Pair{}
	var arr [2][]int
	_ = arr == arr
	_ = s == nil
}
/* go build (Go 1.19):
9:6: invalid operation: s == s (slice can only be compared to nil)
11:6: invalid operation: m == m (map can only be compared to nil)
13:6: invalid operation: f == f (func can only be compared to nil)
14:6: invalid operation: Pair{} == Pair{} (struct containing []string cannot be compared)
16:6: invalid operation: arr == arr ([2][]int cannot be compared)
*/
