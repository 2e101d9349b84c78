package main

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return string(n) }

func main() {
	var e error = "oops"
	var s Stringer = "x"
	var t Stringer = Name("a")
	var n Name = t
	var any interface{} = t
	var back Stringer = any
	_, _, _, _ = e, s, n, back
}
/* go build (Go 1.19):
10:16: cannot use "oops" (constant of type string) as type error in variable declaration:
	string does not implement error (missing Error method)
11:19: cannot use "x" (constant of type string) as type Stringer in variable declaration:
	string does not implement Stringer (missing String method)
13:15: cannot use t (variable of type Stringer) as type Name in variable declaration:
	need type assertion
15:22: cannot use any (variable of type interface{}) as type Stringer in variable declaration:
	interface{} does not implement Stringer (missing String method)
*/
