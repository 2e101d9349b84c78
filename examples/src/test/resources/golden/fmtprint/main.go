package main

import "fmt"

func main() {
	yes := true
	fmt.Println(yes, !yes, 1 < 2)
	fmt.Println(int8(-128), int16(-32768), int32(-1<<31), int64(-1<<63), 1<<63-1)
	fmt.Println(uint8(255), uint16(65535), uint32(1<<32-1), uint64(1<<64-1), uint(0), uintptr(4096))
	fmt.Println('x', '世', uint8('A'), 1.0, 2.5, -1.25e-4, 1e9, 1e21)
	fmt.Println("", "a", "", "b", "")
	fmt.Println()
	fmt.Println("quotes \" and \\ and\ttabs are printed raw")
	n := 3
	x := 0.25
	s := "str"
	fmt.Print(n, n, "\n")
	fmt.Print(n, s, n, "\n")
	fmt.Print(s, s, "\n")
	fmt.Print(x, yes, n, x, "\n")
	fmt.Print("", n, "", n, "\n")
	fmt.Print(yes, "\n")
	fmt.Print()
	fmt.Print(n)
	fmt.Print("\n")
}
