package main

import "fmt"

func main() {
	var x int32 = -8
	var u uint32 = 0x80000001
	var n uint = 3
	fmt.Println("basic", x<<n, x>>n, u<<n, u>>n)
	println("basic", x<<n, x>>n, u<<n, u>>n)
	for c := uint(30); c <= 66; c += 4 {
		fmt.Println("count", c, x<<c, x>>c, u<<c, u>>c)
	}
	var huge uint64 = 1 << 63
	fmt.Println("huge count", x>>huge, x<<huge, u>>huge, int64(-1)>>huge)
	var i8 int8 = 1
	var i16 int16 = 1
	var i64 int64 = 1
	var u8 uint8 = 255
	var u16 uint16 = 1
	var u64 uint64 = 1
	var i int = 1
	var ui uint = 1
	fmt.Println("int8", i8<<7, i8<<8, i8<<7>>7, i8<<7>>8, i8<<6>>6)
	fmt.Println("int16", i16<<15, i16<<16, i16<<15>>15, i16<<14>>3)
	fmt.Println("int64", i64<<63, i64<<64, i64<<63>>63, i64<<62>>61)
	fmt.Println("int", i<<63, i<<64, i<<63>>70, i<<40)
	fmt.Println("uint8", u8<<1, u8>>1, u8<<8, u8>>7, u8<<4>>4)
	fmt.Println("uint16", u16<<15, u16<<16, u16<<15>>15)
	fmt.Println("uint64", u64<<63, u64<<64, u64<<63>>63, (u64-2)>>1)
	fmt.Println("uint", ui<<63, ui<<64, (ui-2)>>60)
	println("int8", i8<<7, i8<<8, i8<<7>>7, i8<<7>>8)
	println("uint64", u64<<63, (u64-2)>>1)
	var c8 uint8 = 4
	var c16 uint16 = 200
	var c32 uint32 = 5
	var c64 uint64 = 33
	var s8 int8 = 2
	var s64 int64 = 40
	var s int = 6
	fmt.Println("count types", x<<c8, x>>c16, u>>c32, u<<c64, x<<s8, i64<<s64, u8>>s)
	asInt := 1 << s
	var asU8 uint8 = 1<<s + 200
	var asI64 int64 = -1 << s64
	fmt.Println("untyped left operand", asInt, asU8, asI64, 1<<s, u+1<<c8)
	const big = 1 << 100
	fmt.Println("constants", big>>98, 1<<62, -1>>1, -7>>1, 7>>1, 1<<63-1, big>>50<<3>>40)
	const m8 int8 = -1 << 7
	fmt.Println("typed constants", m8, m8>>3, uint8(1)<<7)
	var acc int16 = 3
	acc <<= 13
	fmt.Println("acc", acc)
	acc >>= c8
	fmt.Println("acc", acc)
	acc <<= s64
	fmt.Println("acc", acc)
}
