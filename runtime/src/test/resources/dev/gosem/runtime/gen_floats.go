// Generates the float tables FloatTablesFromGoTest reads; run with Go 1.19:
//
//	go run gen_floats.go 1200 >floats-fmt.txt 2>floats-println.txt
//
// floats-fmt.txt:     float64 bits, fmt.Sprint of it, float32 bits, fmt.Sprint of it ("x" for NaN)
// floats-println.txt: float64 bits, then what the builtin println prints for it
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	r := rand.New(rand.NewSource(1))
	for i := 0; i < n; i++ {
		var bits uint64
		switch i % 4 {
		case 0: // anything
			bits = r.Uint64()
		case 1: // short decimals
			bits = math.Float64bits(float64(r.Intn(100000)) * math.Pow(10, float64(r.Intn(40)-20)))
		case 2: // powers of two and their neighbours: uneven rounding intervals
			bits = uint64(r.Intn(2046)+1)<<52 | uint64(r.Intn(3))
		case 3: // subnormals and tiny mantissas
			bits = uint64(r.Int63n(1 << 20))
			if r.Intn(2) == 0 {
				bits = uint64(r.Intn(2047))<<52 | uint64(r.Intn(1000))
			}
		}
		f := math.Float64frombits(bits)
		if math.IsNaN(f) {
			continue
		}
		f32bits := uint32(r.Uint64())
		switch i % 3 {
		case 0:
			f32bits = uint32(r.Intn(255)+1)<<23 | uint32(r.Intn(3))
		case 1:
			f32bits = uint32(r.Intn(1 << 16))
		}
		f32 := math.Float32frombits(f32bits)
		s32 := "x"
		if !math.IsNaN(float64(f32)) {
			s32 = fmt.Sprint(f32)
		}
		fmt.Printf("%x %s %x %s\n", bits, fmt.Sprint(f), f32bits, s32)
		print(strconv.FormatUint(bits, 16), " ")
		println(f)
	}
}
