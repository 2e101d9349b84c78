package main

type Meters float64

type I interface{ M() }

func main() {
	s := "abc"
	_ = []byte(s)
	_ = []rune(s)
	_ = string(rune(65))
	_ = []int(s)
	x := 1.5
	_ = string(x)
	_ = Meters("3")
	var i I
	_ = int(i)
}
/* go build (Go 1.19):
12:12: cannot convert s (variable of type string) to type []int
14:13: cannot convert x (variable of type float64) to type string
15:13: cannot convert "3" (untyped string constant) to type Meters
17:10: cannot convert i (variable of type I) to type int
*/
