package main

import "fmt"

// Go 1.19 divides integer constants that fit in an int64 as int64s (go/constant), so this
// untyped constant is -9223372036854775808, not 9223372036854775808 (fuzzing finding F4).
const c = -9223372036854775808 / -1

const d int64 = -9223372036854775808 / -1

const big = -92233720368547758080 / -10

func main() {
	fmt.Println(c > 0, float64(c), d)
	fmt.Println(big > c, -9223372036854775807/-1, 7/-2)
}
