package main

import "fmt"

func divInt8() {
	var x int8 = 7
	var y int8 = 2
	mx := -x
	my := -y
	fmt.Println("int8", "7/2", x/y, x%y, "-7/2", mx/y, mx%y, "7/-2", x/my, x%my, "-7/-2", mx/my, mx%my)
	var least int8 = -128
	var minusOne int8 = -1
	fmt.Println("int8", "min/-1", least/minusOne, least%minusOne, "min/7", least/x, least%x, "min%min", least%least)
	println("int8", mx/y, mx%y, least/minusOne, least%x)
	ok := true
	for i := int8(-20); i <= 20; i++ {
		for j := int8(-6); j <= 6; j++ {
			if j != 0 && i/j*j+i%j != i {
				ok = false
			}
		}
	}
	fmt.Println("int8", "recombines", ok)
}

func divInt16() {
	var x int16 = 7
	var y int16 = 2
	mx := -x
	my := -y
	fmt.Println("int16", "7/2", x/y, x%y, "-7/2", mx/y, mx%y, "7/-2", x/my, x%my, "-7/-2", mx/my, mx%my)
	var least int16 = -1 << 15
	var minusOne int16 = -1
	fmt.Println("int16", "min/-1", least/minusOne, least%minusOne, "min/7", least/x, least%x, "min%min", least%least)
	println("int16", mx/y, mx%y, least/minusOne, least%x)
	ok := true
	for i := int16(-20); i <= 20; i++ {
		for j := int16(-6); j <= 6; j++ {
			if j != 0 && i/j*j+i%j != i {
				ok = false
			}
		}
	}
	fmt.Println("int16", "recombines", ok)
}

func divInt32() {
	var x int32 = 7
	var y int32 = 2
	mx := -x
	my := -y
	fmt.Println("int32", "7/2", x/y, x%y, "-7/2", mx/y, mx%y, "7/-2", x/my, x%my, "-7/-2", mx/my, mx%my)
	var least int32 = -1 << 31
	var minusOne int32 = -1
	fmt.Println("int32", "min/-1", least/minusOne, least%minusOne, "min/7", least/x, least%x, "min%min", least%least)
	println("int32", mx/y, mx%y, least/minusOne, least%x)
	ok := true
	for i := int32(-20); i <= 20; i++ {
		for j := int32(-6); j <= 6; j++ {
			if j != 0 && i/j*j+i%j != i {
				ok = false
			}
		}
	}
	fmt.Println("int32", "recombines", ok)
}

func divInt64() {
	var x int64 = 7
	var y int64 = 2
	mx := -x
	my := -y
	fmt.Println("int64", "7/2", x/y, x%y, "-7/2", mx/y, mx%y, "7/-2", x/my, x%my, "-7/-2", mx/my, mx%my)
	var least int64 = -1 << 63
	var minusOne int64 = -1
	fmt.Println("int64", "min/-1", least/minusOne, least%minusOne, "min/7", least/x, least%x, "min%min", least%least)
	println("int64", mx/y, mx%y, least/minusOne, least%x)
	ok := true
	for i := int64(-20); i <= 20; i++ {
		for j := int64(-6); j <= 6; j++ {
			if j != 0 && i/j*j+i%j != i {
				ok = false
			}
		}
	}
	fmt.Println("int64", "recombines", ok)
}

func divInt() {
	var x int = 7
	var y int = 2
	mx := -x
	my := -y
	fmt.Println("int", "7/2", x/y, x%y, "-7/2", mx/y, mx%y, "7/-2", x/my, x%my, "-7/-2", mx/my, mx%my)
	var least int = -1 << 63
	var minusOne int = -1
	fmt.Println("int", "min/-1", least/minusOne, least%minusOne, "min/7", least/x, least%x, "min%min", least%least)
	println("int", mx/y, mx%y, least/minusOne, least%x)
	ok := true
	for i := int(-20); i <= 20; i++ {
		for j := int(-6); j <= 6; j++ {
			if j != 0 && i/j*j+i%j != i {
				ok = false
			}
		}
	}
	fmt.Println("int", "recombines", ok)
}

func divUint8() {
	var x uint8 = 7
	var y uint8 = 2
	top := x - x - 1
	fmt.Println("uint8", x/y, x%y, top, top/10, top%10, top/(top-1), top%(top/2), (top/2+1)/3)
	println("uint8", top/10, top%10)
}

func divUint16() {
	var x uint16 = 7
	var y uint16 = 2
	top := x - x - 1
	fmt.Println("uint16", x/y, x%y, top, top/10, top%10, top/(top-1), top%(top/2), (top/2+1)/3)
	println("uint16", top/10, top%10)
}

func divUint32() {
	var x uint32 = 7
	var y uint32 = 2
	top := x - x - 1
	fmt.Println("uint32", x/y, x%y, top, top/10, top%10, top/(top-1), top%(top/2), (top/2+1)/3)
	println("uint32", top/10, top%10)
}

func divUint64() {
	var x uint64 = 7
	var y uint64 = 2
	top := x - x - 1
	fmt.Println("uint64", x/y, x%y, top, top/10, top%10, top/(top-1), top%(top/2), (top/2+1)/3)
	println("uint64", top/10, top%10)
}

func divUint() {
	var x uint = 7
	var y uint = 2
	top := x - x - 1
	fmt.Println("uint", x/y, x%y, top, top/10, top%10, top/(top-1), top%(top/2), (top/2+1)/3)
	println("uint", top/10, top%10)
}

func main() {
	divInt8()
	divInt16()
	divInt32()
	divInt64()
	divInt()
	divUint8()
	divUint16()
	divUint32()
	divUint64()
	divUint()
}
