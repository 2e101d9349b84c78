// Generates growth.txt, which SliceGrowthFromGoTest reads; run with Go 1.19 from this directory:
//
//	go run gen_growth.go >growth.txt
//
// Lines:
//
//	seq <elemsize> <n> <cap>...   caps after each growth while appending n elements one by one
//	multi <elemsize> <len> <k> <cap>   cap after appending k elements at once to make([]T, len)
//	bytes <len> <cap>             cap of []byte(s) for a non-constant s that escapes
//	runes <len> <cap>             cap of []rune(s) likewise, for s of len ASCII runes
package main

import (
	"fmt"
	"strings"
)

var sinkB []byte
var sinkR []rune

// seq appends n zero elements one at a time and prints the capacity after each growth.
func seq[T any](size int, n int) {
	var s []T
	var zero T
	caps := []string{}
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, fmt.Sprint(last))
		}
	}
	fmt.Printf("seq %d %d %s\n", size, n, strings.Join(caps, " "))
}

func multi[T any](size int) {
	for _, l := range []int{0, 1, 2, 3, 5, 7, 8, 100, 255, 256, 257, 511, 1000, 1024, 5000} {
		for _, k := range []int{1, 2, 3, 4, 5, 9, 17, 100, 300, 1000, 5000} {
			s := make([]T, l)
			s = append(s, make([]T, k)...)
			fmt.Printf("multi %d %d %d %d\n", size, l, k, cap(s))
		}
	}
}

func main() {
	seq[[1]byte](1, 100000)
	seq[[2]byte](2, 50000)
	seq[[3]byte](3, 20000)
	seq[[4]byte](4, 50000)
	seq[[5]byte](5, 20000)
	seq[[8]byte](8, 50000)
	seq[[12]byte](12, 20000)
	seq[[16]byte](16, 20000)
	seq[[24]byte](24, 20000)
	seq[[32]byte](32, 10000)
	seq[[40]byte](40, 10000)
	seq[[48]byte](48, 10000)
	seq[[64]byte](64, 10000)
	seq[[72]byte](72, 5000)
	seq[[100]byte](100, 5000)
	seq[[128]byte](128, 5000)
	seq[[1000]byte](1000, 2000)
	seq[[4096]byte](4096, 1000)
	seq[[10000]byte](10000, 500)
	multi[[1]byte](1)
	multi[[4]byte](4)
	multi[[8]byte](8)
	multi[[16]byte](16)
	multi[[24]byte](24)
	multi[[40]byte](40)
	multi[[1000]byte](1000)
	s := strings.Repeat("a", 2000)
	for n := 0; n <= 2000; n += 1 + n/10 {
		sinkB = []byte(s[:n])
		fmt.Printf("bytes %d %d\n", n, cap(sinkB))
		sinkR = []rune(s[:n])
		fmt.Printf("runes %d %d\n", n, cap(sinkR))
	}
}
