package main

func main() {
	x := 1
	_ = append(x, 2)
	_ = append(nil, 1)
	s := []int{}
	_ = append(s, "a")
	_ = append(s, s)
}
/* go build (Go 1.19):
5:13: first argument to append must be a slice; have x (variable of type int)
6:13: first argument to append must be a slice; have untyped nil
8:16: cannot use "a" (untyped string constant) as int value in argument to append
9:16: cannot use s (variable of type []int) as type int in argument to append
*/
