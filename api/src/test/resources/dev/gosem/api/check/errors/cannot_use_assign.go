package main

func f(s string) string { return s }

func g() string {
	x := 1
	return x
}

func main() {
	x := 1
	var s string
	s = x
	var t string = x
	f(x)
	_, _ = s, t
}
/* go build (Go 1.19):
7:9: cannot use x (variable of type int) as type string in return statement
13:6: cannot use x (variable of type int) as type string in assignment
14:17: cannot use x (variable of type int) as type string in variable declaration
15:4: cannot use x (variable of type int) as type string in argument to f
*/
