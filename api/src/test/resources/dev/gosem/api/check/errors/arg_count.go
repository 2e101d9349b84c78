package main

func pair(a int, b string) (int, string) { return a, b }

func vsum(xs ...int) int { return len(xs) }

func main() {
	pair(1)
	pair(1, "a", 2)
	v := []int{1}
	vsum(1, v...)
	pair(v...)
}
/* go build (Go 1.19):
8:7: not enough arguments in call to pair
	have (number)
	want (int, string)
9:15: too many arguments in call to pair
	have (number, string, number)
	want (int, string)
11:10: too many arguments in call to vsum
	have (number, []int)
	want (...int)
12:2: cannot use ... in call to non-variadic pair
*/
