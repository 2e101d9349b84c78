package main

type I interface{ M() }
type T struct{}

func main() {
	x := 1
	switch x.(type) {
	}
	var i I
	switch v := i.(type) {
	case T:
	case int, int:
	case nil, nil:
	}
}
/* go build (Go 1.19):
8:9: x (variable of type int) is not an interface
11:9: declared and not used: v
12:7: impossible type switch case: T
	i (variable of type I) cannot have dynamic type T (missing M method)
13:7: impossible type switch case: int
	i (variable of type I) cannot have dynamic type int (missing M method)
13:12: duplicate case int in type switch
	main.go:13:7: previous case
14:12: duplicate case nil in type switch
	main.go:14:7: previous case
*/
