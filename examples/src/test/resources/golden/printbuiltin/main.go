package main

func main() {
	yes := true
	println(yes, !true, 1 < 2, yes && false)
	var i8 int8 = -128
	var i16 int16 = 32767
	var i32 int32 = -1 << 31
	var i64 int64 = -1 << 63
	i := 42
	println(i8, i16, i32, i64, i, -i, 0, -1)
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 1<<32 - 1
	var u64 uint64 = 1<<64 - 1
	var u uint = 1 << 63
	var uptr uintptr = 4096
	println(u8, u16, u32, u64, u, uptr)
	zero := 0.0
	x := 1.5
	println(x, -x, zero, -zero, 0.1, 100.0, 1.23456789e8, 1e100, 1e-100, 4.9e-324, 1.7976931348623157e308)
	println(1/zero, -1/zero, zero/zero, x/3, 2.0/3, 0.999999999)
	println("strings", "", "with spaces", "tab\there", "é 世界")
	println()
	print("print:", 1, 2, 3, true, x, "\n")
	print(i8, u64, "|", "", "|\n")
	print()
	println(int64((u64-1)/2), float64(i64), "end")
}
