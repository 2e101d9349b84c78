package main

import (
	"fmt"
	"math"
)

// Out-of-range float to integer conversions are left to the machine by the spec; gosem gives
// what Go on amd64 gives.
func vals() []float64 {
	return []float64{1e19, -1e19, math.NaN(), math.Inf(1), math.Inf(-1), 3e9, -3e9, 70000, -1.5, 300, 2e19, 1.8446744073709552e19, 9.3e18, -2147483648.9, 2147483647.9, -9.223372036854775808e18}
}

func main() {
	for _, f := range vals() {
		fmt.Println(f, int64(f), int32(f), int16(f), int8(f), int(f))
		fmt.Println("  ", uint64(f), uint32(f), uint16(f), uint8(f), uint(f), uintptr(f))
	}
}
