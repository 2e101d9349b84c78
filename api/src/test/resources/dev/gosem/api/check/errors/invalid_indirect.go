package main

func main() {
	x := 1
	_ = *x
	_ = *nil
	s := "a"
	*s = "b"
}
/* go build (Go 1.19):
5:7: invalid operation: cannot indirect x (variable of type int)
6:7: invalid operation: cannot indirect nil
8:3: invalid operation: cannot indirect s (variable of type string)
*/
