package main

func main() {
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[string]int{1}
	_ = map[string]int{"a": "b"}
}
/* go build (Go 1.19):
4:29: duplicate key "a" in map literal
5:21: missing key in map literal
6:26: cannot use "b" (untyped string constant) as int value in map literal
*/
