package main

func main() {
	f := func() int {
		return g()
	}
	g := func() int { return 1 }
	var h func()
	h = func() { h() }
	_, _ = f, g
}
/* go build (Go 1.19):
5:10: undefined: g
*/
