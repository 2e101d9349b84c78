package main

func two() (int, int)         { return 1, 2 }
func three(a, b, c int) int  { return a + b + c }
func takeTwo(a, b int) int   { return a + b }

func main() {
	_ = takeTwo(two())
	_ = three(two())
	x := two()
	a, b, c := two()
	_ = two() + 1
	var y int = two()
	_, _, _, _, _ = x, a, b, c, y
}
/* go build (Go 1.19):
9:12: not enough arguments in call to three
	have (int, int)
	want (int, int, int)
10:7: assignment mismatch: 1 variable but two returns 2 values
11:13: assignment mismatch: 3 variables but two returns 2 values
12:6: multiple-value two() (value of type (int, int)) in single-value context
13:14: multiple-value two() (value of type (int, int)) in single-value context
*/
