package main

var x = iota

func main() {
	_ = _
	y := _
	var z = _ + 1
	_, _ = y, z
}
/* go build (Go 1.19):
3:9: cannot use iota outside constant declaration
6:6: cannot use _ as value or type
7:7: cannot use _ as value or type
8:10: cannot use _ as value or type
*/
