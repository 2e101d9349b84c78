package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		x++
		fallthrough
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough
	case string:
	}
}
/* go build (Go 1.19):
10:3: cannot fallthrough final case in switch
15:3: cannot fallthrough in type switch
*/
