package main

import "fmt"

type A struct{ X, Y int }
type B A
type Celsius float64
type Fahrenheit float64
type Names []string
type Lookup map[string]int

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (n Names) Len() int { return len(n) }

type F struct {
	V float64
}

func main() {
	a := A{1, 2}
	b := B(a)
	b.X = 10
	fmt.Println(a, b)
	c := A(b)
	fmt.Println(c == A{10, 2})
	anon := struct{ X, Y int }{3, 4}
	a = A(anon)
	fmt.Println(a, anon)
	fmt.Printf("%T %T %v\n", b, anon, CToF(100))
	n := Names{"a", "b"}
	fmt.Println(n.Len(), len(n), n)
	var l Lookup = map[string]int{"x": 1}
	l["y"] = 2
	fmt.Println(l, len(l))
	var fib func(int) int
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	fmt.Println(fib(15))
	nan := F{0}
	nan.V = nan.V / nan.V
	fmt.Println(nan == nan, F{0} == F{-0.0})
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	cnt := 0
	for k := range m {
		delete(m, k)
		cnt++
	}
	fmt.Println(cnt, len(m))
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, r, " ")
	}
	fmt.Println(len(bad))
	var u uint = 3
	arr := [5]int{1, 2, 3, 4, 5}
	fmt.Println(arr[u], arr[1:u])
	parr := &arr
	fmt.Println(len(parr), cap(parr[:2]), parr[4])
	type point struct{ x, y int }
	pm := map[point]string{{1, 2}: "a"}
	pm[point{3, 4}] = "b"
	fmt.Println(pm)
	x := 255
	fmt.Println(int8(x), uint8(x+1), int16(x*300), float64(x)/2)
	var i64 int64 = -1
	fmt.Println(uint64(i64), uint16(i64))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
}
