package main

func main() {
	recover(1)
	var s string = recover().(string)
	_ = s
}

/* go build (Go 1.19):
4:2: invalid operation: too many arguments for recover(1) (expected 0, found 1)
*/
