package main

import "fmt"

type T struct {
	X   int
	Arr [2]int
	S   []int
}

type P struct{ A, B int }

var counter int
var garr [3]string
var gs T

func incr(p *int) { *p++ }

func swap(a, b *P) { *a, *b = *b, *a }

func pair() (P, error) { return P{1, 2}, nil }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

func main() {
	incr(&counter)
	incr(&counter)
	fmt.Println(counter)
	p := &garr
	p[1] = "b"
	fmt.Println(garr, len(p))
	for i, v := range p {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	a := [2]T{}
	b := a
	b[0].X = 1
	b[0].Arr[1] = 5
	fmt.Println(a[0].X, b[0].X, b[0].Arr)
	t1 := T{X: 1}
	t2 := t1
	t2.Arr[0] = 9
	fmt.Println(t1.Arr, t2.Arr)
	x, y := P{1, 2}, P{3, 4}
	swap(&x, &y)
	fmt.Println(x, y)
	arr := [3]int{1, 2, 3}
	q1, q2 := &arr[0], &arr[0]
	fmt.Println(q1 == q2, q1 == &arr[1])
	*q1 = 100
	fmt.Println(arr)
	pt := P{}
	pa, pb := &pt.A, &pt.A
	*pa = 7
	fmt.Println(pa == pb, pt, *pb)
	mk := map[[2]int]string{{1, 2}: "a"}
	fmt.Println(mk[[2]int{1, 2}], mk)
	var i1, i2 interface{} = P{1, 2}, P{1, 2}
	fmt.Println(i1 == i2, i1 == P{2, 1})
	pp, err := pair()
	fmt.Println(pp, err)
	fmt.Println(IntList{1, 2, 3}.Sum())
	s := Set{}
	s.Add("a")
	fmt.Println(s, len(s))
	var f Fn = func(x int) int { return x * 3 }
	fmt.Println(f.Twice(2))
	gs.X = 5
	gs.S = append(gs.S, 1)
	ptr := &gs
	ptr.Arr[1] = 3
	fmt.Println(gs)
	var u8 uint8 = 250
	u8s := []uint8{u8, u8 + 10}
	fmt.Println(u8s, u8+10)
	u64 := map[uint64]int{1 << 63: 1}
	fmt.Println(u64)
	var u16s []uint16
	u16s = append(u16s, 65535, 1)
	u16s[1]--
	u16s[1]--
	fmt.Println(u16s)
	captured := P{1, 1}
	func() { captured.A = 42 }()
	fmt.Println(captured)
	carr := [2]int{}
	func() { carr[1] = 9 }()
	fmt.Println(carr)
	var ip *int = &counter
	var ii interface{} = ip
	fmt.Println(ii == interface{}(&counter), *ii.(*int))
}
