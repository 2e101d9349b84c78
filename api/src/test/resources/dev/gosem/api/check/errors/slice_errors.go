package main

func main() {
	s := "hello"
	_ = s[1:2:3]
	x := 5
	_ = x[1:2]
	a := [3]int{}
	_ = a[2:1]
	_ = [3]int{}[:]
	_ = a[:4]
}
/* go build (Go 1.19):
5:12: invalid operation: 3-index slice of string
7:6: invalid operation: cannot slice x (variable of type int)
9:10: invalid slice indices: 1 < 2
10:6: invalid operation: [3]int{} (value of type [3]int) (slice of unaddressable value)
11:9: invalid argument: index 4 out of bounds [0:4]
*/
