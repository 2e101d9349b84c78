package main

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	var i interface{} = 1
	n, ok2 := i.(int)
	a, b, c := m["a"]
	_, _, _, _ = v, ok, n, ok2
	_, _, _ = a, b, c
}
/* go build (Go 1.19):
8:13: assignment mismatch: 3 variables but 1 value
*/
