package main

import "math"

func main() {
	var a int32 = math.MaxInt64
	var b uint8 = math.MaxUint32
	var c int = math.Pi
	_, _, _ = a, b, c
}
/* go build (Go 1.19):
6:16: cannot use math.MaxInt64 (untyped int constant 9223372036854775807) as int32 value in variable declaration (overflows)
7:16: cannot use math.MaxUint32 (untyped int constant 4294967295) as uint8 value in variable declaration (overflows)
8:14: cannot use math.Pi (untyped float constant 3.14159) as int value in variable declaration (truncated)
*/
