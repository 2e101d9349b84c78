package main

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{}
	m["a"].X = 1
	m["a"] = Point{1, 2}
	p := map[string]*Point{}
	p["a"].X = 1
}
/* go build (Go 1.19):
7:2: cannot assign to struct field m["a"].X in map
*/
