package main

type K struct{ a, b int }

func main() {
	m := map[K]string{}
	_ = m[K{1, 2}]
	_ = m[1]
	var mm map[string]map[string]int
	mm["a"]["b"] = 1
	_ = mm[1]["b"]
	v, ok, extra := m[K{}]
	_, _, _ = v, ok, extra
}
/* go build (Go 1.19):
8:8: cannot use 1 (untyped int constant) as K value in map index
11:9: cannot use 1 (untyped int constant) as string value in map index
12:18: assignment mismatch: 3 variables but 1 value
*/
