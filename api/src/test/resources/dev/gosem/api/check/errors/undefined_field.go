package main

type Point struct{ X, Y int }

func (p Point) Len() int { return p.X }

func main() {
	p := Point{1, 2}
	_ = p.Z
	_ = p.x
	_ = p.len
	pp := &p
	_ = pp.W
}
/* go build (Go 1.19):
9:8: p.Z undefined (type Point has no field or method Z)
10:8: p.x undefined (type Point has no field or method x, but does have X)
11:8: p.len undefined (type Point has no field or method len, but does have Len)
13:9: pp.W undefined (type *Point has no field or method W)
*/
