package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Temps []Celsius

func (t Temps) Max() Celsius {
	best := Celsius(math.Inf(-1))
	for _, c := range t {
		best = Celsius(math.Max(float64(best), float64(c)))
	}
	return best
}

func main() {
	var a int64 = math.MaxInt64
	var b int32 = math.MinInt32
	var c uint32 = math.MaxUint32
	var d int = math.MaxInt
	f := math.MaxFloat64
	fmt.Println(a, b, c, d, f, math.Sqrt(2), math.Floor(-1.5), math.Ceil(1.2), math.Abs(-3), math.Pow(2, 10))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.Min(1, 2), math.MinInt64)
	t := Temps{1, 5.5, 3}
	fmt.Println(t.Max(), Temps.Max(t))
	var x uint8 = 200
	x += 100
	var y float64 = 1 << 10
	fmt.Println(x, y, 7/2, 7.0/2)
}
