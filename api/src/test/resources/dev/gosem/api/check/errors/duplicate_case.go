package main

func main() {
	x := 2
	switch x {
	case 1, 2:
	case 3, 1:
	}
	s := "a"
	switch s {
	case "a", "b", "a":
	}
}
/* go build (Go 1.19):
7:10: duplicate case 1 (constant of type int) in expression switch
	main.go:6:7: previous case
11:17: duplicate case "a" (constant of type string) in expression switch
	main.go:11:7: previous case
*/
