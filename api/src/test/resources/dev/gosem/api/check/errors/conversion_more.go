package main

type Celsius float64
type Temps []Celsius
type Bytes []byte

func main() {
	c := Celsius(10)
	var f float64 = c
	_ = float64(c)
	_ = Temps([]float64{1})
	_ = Bytes("abc")
	_ = string(Bytes{65})
	_ = []byte(Bytes{})
	var b byte = 'x'
	_ = string(b)
	_ = int("5")
	_ = f
}
/* go build (Go 1.19):
9:18: cannot use c (variable of type Celsius) as type float64 in variable declaration
11:12: cannot convert []float64{…} (value of type []float64) to type Temps
17:10: cannot convert "5" (untyped string constant) to type int
*/
