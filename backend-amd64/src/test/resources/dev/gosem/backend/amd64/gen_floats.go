// Generates floats.txt, the table FloatFormatTest checks the native runtime against; run with Go 1.19:
//
//	go run gen_floats.go 10000 >floats.txt
//
// Each line: float64 bits in hex, then fmt.Sprint of the value (%v), then what the builtin
// println prints for it, separated by single spaces.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"syscall"
)

func println64(f float64) string {
	// Capture the builtin println's text by printing to a pipe standing in for stderr.
	r, w, _ := os.Pipe()
	saved, _ := syscall.Dup(2)
	syscall.Dup2(int(w.Fd()), 2)
	println(f)
	syscall.Dup2(saved, 2)
	w.Close()
	buf := make([]byte, 64)
	n, _ := r.Read(buf)
	r.Close()
	return string(buf[:n-1])
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	r := rand.New(rand.NewSource(19))
	special := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.1, 0.3,
		1e21, 1e20, 999999, 1e6, 123456, 1234567, 1e-4, 1e-5, 9.999999e-5, 5e-324, 1e-323,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 1 << 53, 1<<53 + 2, 1 << 63, 9.9999995, 9.99999949,
		0.5, 2.5, 1e23, 8.41e21, 5e-310, 2.2250738585072014e-308, 2.225073858507201e-308}
	for i := 0; i < n; i++ {
		var f float64
		switch {
		case i < len(special):
			f = special[i]
		case i%6 == 0:
			f = math.Float64frombits(r.Uint64())
		case i%6 == 1: // short decimals over a wide range
			f = float64(r.Intn(1000000)) * math.Pow(10, float64(r.Intn(60)-30))
		case i%6 == 2: // powers of two and neighbours: the uneven intervals
			f = math.Float64frombits(uint64(r.Intn(2046)+1)<<52 | uint64(r.Intn(3)))
		case i%6 == 3: // subnormals and tiny mantissas
			f = math.Float64frombits(uint64(r.Int63n(1 << 52)) >> uint(r.Intn(52)))
		case i%6 == 4: // integers, some past 2^53
			f = float64(r.Int63() >> uint(r.Intn(63)))
		default: // ordinary arithmetic results
			f = r.NormFloat64() * math.Pow(10, float64(r.Intn(20)-10))
		}
		if r.Intn(4) == 0 {
			f = -f
		}
		fmt.Printf("%016x %v %s\n", math.Float64bits(f), f, println64(f))
	}
}
