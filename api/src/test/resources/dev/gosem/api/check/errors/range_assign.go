package main

func main() {
	var k string
	var v int
	for k, v = range []int{1} {
	}
	for k = range map[int]bool{} {
	}
	arr := [2]string{}
	for _, v = range &arr {
	}
	_, _ = k, v
}
/* go build (Go 1.19):
6:6: cannot use k (value of type int) as type string in assignment
8:6: cannot use k (value of type int) as type string in assignment
11:9: cannot use v (value of type string) as type int in assignment
*/
