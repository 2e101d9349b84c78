package main

func main() {
	x := 1.5
	for range x {
	}
	m := map[string]int{}
	for k, v := range m {
		var s int = k
		_, _ = s, v
	}
	for i, c := range "héllo" {
		var b byte = c
		_, _ = i, b
	}
}
/* go build (Go 1.19):
5:12: cannot range over x (variable of type float64)
9:15: cannot use k (variable of type string) as type int in variable declaration
13:16: cannot use c (variable of type rune) as type byte in variable declaration
*/
