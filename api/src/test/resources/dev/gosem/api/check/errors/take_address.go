package main

func f() int { return 1 }

func main() {
	_ = &1
	_ = &f()
	m := map[string]int{}
	_ = &m["a"]
	x := 1
	_ = &x
	s := "abc"
	_ = &s[0]
}
/* go build (Go 1.19):
6:7: invalid operation: cannot take address of 1 (untyped int constant)
7:7: invalid operation: cannot take address of f() (value of type int)
9:7: invalid operation: cannot take address of m["a"] (map index expression of type int)
13:7: invalid operation: cannot take address of s[0] (value of type byte)
*/
