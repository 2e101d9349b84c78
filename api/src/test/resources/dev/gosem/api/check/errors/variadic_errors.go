package main

func join(sep string, parts ...string) string { return sep }

func main() {
	xs := []int{1}
	join(",", xs...)
	join(",", "a", []string{"b"}...)
	f := func(a, b int) {}
	f(xs...)
}
/* go build (Go 1.19):
7:12: cannot use xs (variable of type []int) as type []string in argument to join
8:17: too many arguments in call to join
	have (string, string, []string)
	want (string, ...string)
10:2: cannot use ... in call to non-variadic f
*/
