package main

type Key struct{ parts []string }

func main() {
	var m map[[]int]string
	var n map[Key]int
	f := map[func()]bool{}
	_, _, _ = m, n, f
}
/* go build (Go 1.19):
6:12: invalid map key type []int
7:12: invalid map key type Key
8:15: invalid map key type func()
*/
