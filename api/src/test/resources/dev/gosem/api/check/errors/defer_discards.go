package main

func main() {
	s := []int{1}
	defer len(s)
	defer append(s, 1)
	defer cap(s)
	defer new(int)
	defer make([]int, 1)
	defer int(3)
	defer string(s[0])
	x := 1
	defer x()
}

/* go build (Go 1.19):
5:8: defer discards result of len(s) (value of type int)
6:8: defer discards result of append(s, 1) (value of type []int)
7:8: defer discards result of cap(s) (value of type int)
8:8: defer discards result of new(int) (value of type *int)
9:8: defer discards result of make([]int, 1) (value of type []int)
10:8: defer requires function call, not conversion int(3) (constant 3 of type int)
11:8: defer requires function call, not conversion string(s[0]) (value of type string)
13:8: invalid operation: cannot call non-function x (variable of type int)
*/
