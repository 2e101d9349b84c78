package main

func main() {
	x := 1
	switch x {
	case "a":
	case 1.5:
	}
	var f func()
	switch f {
	case nil:
	}
	s := []int{}
	switch s {
	}
}
/* go build (Go 1.19):
6:7: cannot convert "a" (untyped string constant) to int
7:7: 1.5 (untyped float constant) truncated to int
*/
