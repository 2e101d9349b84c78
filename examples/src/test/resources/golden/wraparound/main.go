package main

import "fmt"

func wrapInt8() {
	var hi int8 = 127
	var lo int8 = -128
	var v int8 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("int8", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("int8", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapInt16() {
	var hi int16 = 1<<15 - 1
	var lo int16 = -1 << 15
	var v int16 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("int16", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("int16", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapInt32() {
	var hi int32 = 1<<31 - 1
	var lo int32 = -1 << 31
	var v int32 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("int32", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("int32", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapInt64() {
	var hi int64 = 1<<63 - 1
	var lo int64 = -1 << 63
	var v int64 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("int64", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("int64", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapInt() {
	var hi int = 1<<63 - 1
	var lo int = -1 << 63
	var v int = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("int", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("int", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapUint8() {
	var hi uint8 = 255
	var lo uint8 = 0
	var v uint8 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("uint8", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("uint8", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapUint16() {
	var hi uint16 = 0xFFFF
	var lo uint16 = 0
	var v uint16 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("uint16", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("uint16", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapUint32() {
	var hi uint32 = 1<<32 - 1
	var lo uint32 = 0
	var v uint32 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("uint32", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("uint32", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapUint64() {
	var hi uint64 = 1<<64 - 1
	var lo uint64 = 0
	var v uint64 = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("uint64", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("uint64", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func wrapUint() {
	var hi uint = 1<<64 - 1
	var lo uint = 0
	var v uint = 100
	c := hi
	c++
	d := lo
	d--
	m := hi
	m *= 3
	fmt.Println("uint", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
	println("uint", hi, lo, hi+1, lo-1, hi*2, -lo, -hi, v*v*v, c, d, m, hi+hi+2, lo*lo)
}

func conversions() {
	var big int64 = 0x123456789ABCDEF0
	fmt.Println("from int64", int8(big), int16(big), int32(big), int64(big), int(big), uint8(big), uint16(big), uint32(big), uint64(big), uint(big))
	println("from int64", int8(big), int16(big), int32(big), int64(big), int(big), uint8(big), uint16(big), uint32(big), uint64(big), uint(big))
	var negBig int64 = -0x0FEDCBA987654321
	fmt.Println("from negative int64", int8(negBig), int16(negBig), int32(negBig), int64(negBig), int(negBig), uint8(negBig), uint16(negBig), uint32(negBig), uint64(negBig), uint(negBig))
	println("from negative int64", int8(negBig), int16(negBig), int32(negBig), int64(negBig), int(negBig), uint8(negBig), uint16(negBig), uint32(negBig), uint64(negBig), uint(negBig))
	var small int8 = -2
	fmt.Println("from int8", int8(small), int16(small), int32(small), int64(small), int(small), uint8(small), uint16(small), uint32(small), uint64(small), uint(small))
	println("from int8", int8(small), int16(small), int32(small), int64(small), int(small), uint8(small), uint16(small), uint32(small), uint64(small), uint(small))
	var u8 uint8 = 200
	fmt.Println("from uint8", int8(u8), int16(u8), int32(u8), int64(u8), int(u8), uint8(u8), uint16(u8), uint32(u8), uint64(u8), uint(u8))
	println("from uint8", int8(u8), int16(u8), int32(u8), int64(u8), int(u8), uint8(u8), uint16(u8), uint32(u8), uint64(u8), uint(u8))
	var u32 uint32 = 0xFFFFFFFE
	fmt.Println("from uint32", int8(u32), int16(u32), int32(u32), int64(u32), int(u32), uint8(u32), uint16(u32), uint32(u32), uint64(u32), uint(u32))
	println("from uint32", int8(u32), int16(u32), int32(u32), int64(u32), int(u32), uint8(u32), uint16(u32), uint32(u32), uint64(u32), uint(u32))
	var u64 uint64 = 1<<64 - 1
	fmt.Println("from uint64", int8(u64), int16(u64), int32(u64), int64(u64), int(u64), uint8(u64), uint16(u64), uint32(u64), uint64(u64), uint(u64))
	println("from uint64", int8(u64), int16(u64), int32(u64), int64(u64), int(u64), uint8(u64), uint16(u64), uint32(u64), uint64(u64), uint(u64))
	var i16 int16 = -300
	fmt.Println("from int16", int8(i16), int16(i16), int32(i16), int64(i16), int(i16), uint8(i16), uint16(i16), uint32(i16), uint64(i16), uint(i16))
	println("from int16", int8(i16), int16(i16), int32(i16), int64(i16), int(i16), uint8(i16), uint16(i16), uint32(i16), uint64(i16), uint(i16))
	fmt.Println("round trips", int64(int8(big)), uint64(int32(negBig)), int(uint16(small)), int8(uint8(i16)))
	println("round trips", int64(int8(big)), uint64(int32(negBig)), int(uint16(small)), int8(uint8(i16)))
}

func main() {
	wrapInt8()
	wrapInt16()
	wrapInt32()
	wrapInt64()
	wrapInt()
	wrapUint8()
	wrapUint16()
	wrapUint32()
	wrapUint64()
	wrapUint()
	conversions()
}
