package main

func main() {
	x := 1
	_ = x[0]
	var p *[]int
	_ = p[0]
	m := map[string]int{}
	_ = m[1]
}
/* go build (Go 1.19):
5:7: invalid operation: cannot index x (variable of type int)
7:7: invalid operation: cannot index p (variable of type *[]int)
9:8: cannot use 1 (untyped int constant) as string value in map index
*/
