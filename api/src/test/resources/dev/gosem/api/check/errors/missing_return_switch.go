package main

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
}

func kind(x interface{}) string {
	switch x.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func loop(x int) int {
	for {
		switch x {
		case 1:
			break
		default:
			return x
		}
	}
}

func main() {
	_, _, _ = sign(1), kind(1), loop(1)
}
/* go build (Go 1.19):
10:1: missing return
*/
