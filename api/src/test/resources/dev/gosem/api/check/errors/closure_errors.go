package main

func main() {
	f := func(x int) int {
		if x > 0 {
			return 1
		}
	}
	g := func() {
		return 1
	}
	var h func(int) string = func(x int) int { return x }
	_, _, _ = f, g, h
}
/* go build (Go 1.19):
8:2: missing return
10:10: too many return values
	have (number)
	want ()
12:27: cannot use func(x int) int {…} (value of type func(x int) int) as type func(int) string in variable declaration
*/
