package main

func main() {
	const c = uint64(0) - 1
	const d = int8(100) * 2
	var u uint8 = 255 + 1
	x := uint32(1) << 40
	_, _ = u, x
}
/* go build (Go 1.19):
4:12: uint64(0) - 1 (constant -1 of type uint64) overflows uint64
5:12: int8(100) * 2 (constant 200 of type int8) overflows int8
6:16: cannot use 255 + 1 (untyped int constant 256) as uint8 value in variable declaration (overflows)
7:7: uint32(1) << 40 (constant 1099511627776 of type uint32) overflows uint32
*/
