package main

func main() {
	x := nil
	var i int = nil
	_ = nil == nil
	var s []int = nil
	_ = s
}
/* go build (Go 1.19):
4:7: use of untyped nil in assignment
5:14: cannot use nil as int value in variable declaration
6:13: invalid operation: nil == nil (operator == not defined on untyped nil)
*/
