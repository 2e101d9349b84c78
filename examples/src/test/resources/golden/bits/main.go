package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse(x uint32) uint32 {
	var r uint32
	for i_ := 0; i_ < 32; i_++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	var a uint8 = 0xCA
	var m uint8 = 0x0F
	fmt.Println("uint8", a&m, a|m, a^m, a&^m, ^a, ^m&a)
	var s int8 = -86
	var t int8 = 15
	fmt.Println("int8", s&t, s|t, s^t, s&^t, ^s, ^t)
	var x int64 = -1
	var y uint64 = 0xF0F0F0F0F0F0F0F0
	fmt.Println("64-bit", x&255, x^x, ^x, y&^0xFF, ^y, y>>4^y)
	i := 12345
	fmt.Println("int", i & ^i, i|^i, i^^i, i&^i, i&(i-1), i&-i)
	fmt.Println("popcount", popcount(0), popcount(255), popcount(uint64(y)), popcount(1<<64-1), popcount(uint64(i)))
	fmt.Println("reverse", reverse(1), reverse(0x80000000), reverse(0x12345678), reverse(reverse(987654321)))
	var state uint64 = 88172645463325252
	for k_ := 0; k_ < 8; k_++ {
		k := k_
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		fmt.Println("xorshift", k, state, state%100, int64(state), uint16(state))
	}
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 15
	flags ^= 6
	flags &^= 4
	fmt.Println("flags", flags, flags&(1<<15) != 0, flags&4 != 0)
}
