package main

func main() {
L:
	for {
		continue M
	}
L:
	for {
		break
	}
	goto_ := 1
	_ = goto_
}
/* go build (Go 1.19):
4:1: label L defined and not used
6:12: continue label not defined: M
8:1: label L already defined at main.go:4:1
*/
