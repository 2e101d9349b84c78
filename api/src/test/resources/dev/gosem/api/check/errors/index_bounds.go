package main

func main() {
	a := [3]int{1, 2, 3}
	_ = a[3]
	_ = a[-1]
	b := [2]int{1, 2, 3}
	c := [...]int{5: 1, 2}
	_, _ = b, c
	_ = []int{0: 1, 0: 2}
}
/* go build (Go 1.19):
5:8: invalid argument: index 3 out of bounds [0:3]
6:8: invalid argument: index -1 (constant of type int) must not be negative
7:20: index 2 is out of bounds (>= 2)
10:19: duplicate index 0 in array or slice literal
*/
