package main

func f() int { return 1 }

func main() {
	x := 1
	x == 1
	f
	len("abc")
	s := []int{}
	append(s, 1)
	-x
	int(3)
	[]int{}
}
/* go build (Go 1.19):
7:2: x == 1 (untyped bool value) is not used
8:2: f (value of type func() int) is not used
9:2: len("abc") (constant 3 of type int) is not used
11:2: append(s, 1) (value of type []int) is not used
12:2: -x (value of type int) is not used
13:2: int(3) (constant 3 of type int) is not used
14:2: []int{} (value of type []int) is not used
*/
