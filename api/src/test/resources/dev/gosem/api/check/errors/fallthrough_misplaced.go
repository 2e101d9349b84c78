package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
		x++
	case 2:
	}
	fallthrough
}
/* go build (Go 1.19):
7:3: fallthrough statement out of place
11:2: fallthrough statement out of place
*/
