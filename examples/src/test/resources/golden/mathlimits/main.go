package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt, math.MinInt)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	fmt.Printf("%T %T %x %X\n", math.MaxInt64, math.MaxUint32, uint64(math.MaxUint64), math.MinInt64)
	fmt.Println(math.MaxUint64/math.MaxUint32, math.MaxInt64-math.MaxInt32, 1<<62/math.MaxInt32)
	var i64 int64 = math.MaxInt64
	i64++
	var i32 int32 = math.MinInt32
	i32--
	var i8 int8 = 127
	i8 += 2
	var i16 int16 = math.MaxInt16
	i16 *= 2
	var u8 uint8 = 0
	u8--
	var u16 uint16 = 65535
	u16++
	var u32 uint32 = math.MaxUint32
	u32 += 10
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println(i64, i32, i8, i16, u8, u16, u32, u64)
	var minI int = math.MinInt
	fmt.Println(-minI, minI/-1, minI*-1, minI-1, minI == -minI)
	var big int64 = math.MaxInt32
	fmt.Println(big*big, int32(big+1), int8(big), uint8(big-1), uint32(-big))
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(1e-10), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Printf("%.15f %.3e %g\n", math.Sqrt(2), math.Sqrt(2e10), math.Pi)
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	zero := 0.0
	fmt.Println(inf, ninf, nan, 1/zero, -1/zero, zero/zero, inf-inf, inf*0, -zero)
	fmt.Println("nan == nan:", nan == nan, "nan != nan:", nan != nan, "nan < 1:", nan < 1, "nan > 1:", nan > 1, "nan >= nan:", nan >= nan)
	fmt.Println("inf == inf:", inf == inf, "inf > MaxFloat64:", inf > math.MaxFloat64, "-inf < -MaxFloat64:", ninf < -math.MaxFloat64, "inf+1 == inf:", inf+1 == inf)
	fmt.Println(math.IsNaN(nan), math.IsNaN(inf), math.IsInf(inf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, 0), math.IsInf(ninf, -1))
	fmt.Printf("|%f|%f|%f|%.2f|%e|%g|%v|\n", inf, ninf, nan, inf, ninf, nan, ninf)
	fmt.Printf("|%8.2f|%-8f|%+f|%+f|%08.3f|% f|%x|\n", inf, nan, inf, nan, ninf, inf, inf)
	fmt.Printf("|%5.1f|%5.1f|%v|%v|%.3g|\n", -zero, zero, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat64)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Abs(ninf), math.Floor(nan), math.Max(3, nan), math.Min(ninf, 0), math.Max(-zero, zero))
	xs := []float64{1, 0.1, 1e100, 123456789, 1e21}
	fmt.Println(xs, xs[1]*3, xs[2]*xs[2]*xs[2]*xs[2])
	count := 0
	x := 1.0
	for x != inf {
		x *= 2
		count++
	}
	fmt.Println("doublings from 1 to +Inf:", count, x, float64(int32(7))/2)
}
