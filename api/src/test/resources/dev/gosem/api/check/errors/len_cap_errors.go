package main

func main() {
	var p *[]int
	_ = len(p)
	_ = cap("abc")
	var m map[int]int
	_ = cap(m)
	_ = len(1, 2)
	var ap *[3]int
	_ = len(ap)
	_ = new(int, int)
}
/* go build (Go 1.19):
5:10: invalid argument: p (variable of type *[]int) for len
6:10: invalid argument: "abc" (untyped string constant) for cap
8:10: invalid argument: m (variable of type map[int]int) for cap
9:6: invalid operation: too many arguments for len(1, 2) (expected 1, found 2)
12:6: invalid operation: too many arguments for new(int, int) (expected 1, found 2)
*/
