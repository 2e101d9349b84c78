package main

func main() {
	_ = make(int)
	_ = make([]int)
	_ = make(map[string]int, 1, 2)
	_ = make([]int, 5, 2)
	_ = new(5)
	_ = make([]int, -1)
}
/* go build (Go 1.19):
4:11: invalid argument: cannot make int; type must be slice, map, or channel
5:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1
6:6: invalid operation: make(map[string]int, 1, 2) expects 1 or 2 arguments; found 3
7:18: invalid argument: length and capacity swapped
8:10: 5 is not a type
9:18: invalid argument: index -1 (constant of type int) must not be negative
*/
