package main

func main() {
	x := 1
L:
	switch x {
	case 1:
		break L
	case 2:
		continue L
	}
	break
M:
	x++
	for {
		break M
	}
}
/* go build (Go 1.19):
10:12: invalid continue label L
12:2: break is not in a loop, switch, or select
16:9: invalid break label M
*/
