package main

type P struct{ x, y int }

func main() {
	_ = int{1}
	_ = P{z: 1}
	_ = P{1, 2, 3}
	_ = P{x: 1, 2}
	_ = P{x: 1, x: 2}
	type F func()
	_ = F{}
}
/* go build (Go 1.19):
6:6: invalid composite literal type int
7:8: unknown field 'z' in struct literal of type P
8:14: too many values in P{…}
9:14: mixture of field:value and value elements in struct literal
10:15: duplicate field name x in struct literal
12:6: invalid composite literal type F
*/
