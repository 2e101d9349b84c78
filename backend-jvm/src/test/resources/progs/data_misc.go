package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type File struct {
	data []string
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int {
	f.data = append(f.data, s)
	return len(s)
}

type Pt struct{ X, Y int }

type Inner struct{ V int }

func (i *Inner) Bump() { i.V++ }

type Outer struct {
	*Inner
	Name string
}

type Pair struct {
	K string
	V interface{}
}

func classify(vals ...interface{}) string {
	var sb strings.Builder
	for _, v := range vals {
		switch x := v.(type) {
		case int, int64:
			sb.WriteString(fmt.Sprintf("int-ish %v;", x))
		case string, []byte:
			sb.WriteString(fmt.Sprintf("text %v;", x))
		case interface{ String() string }:
			sb.WriteString("stringer;")
		case nil:
			sb.WriteString("nil;")
		default:
			sb.WriteString(fmt.Sprintf("%T;", x))
		}
	}
	return sb.String()
}

func main() {
	var rw ReadWriter = &File{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2, grid[1] == [3]int{4, 5, 6})
	var names [3]string
	fmt.Printf("%q\n", names)
	ms := map[string][2]int{"a": {1, 2}}
	v := ms["a"]
	v[0] = 100
	fmt.Println(ms, v)
	pts := []Pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X = 99
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)
	pp := &pts[0]
	pts[0].Y = 7
	fmt.Println(*pp, pp.Y)
	s := []int{1, 2, 3}
	a := s[:1]
	a = append(a, 9)
	fmt.Println(s, a)
	o := Outer{&Inner{1}, "o"}
	o.Bump()
	o.Inner.Bump()
	fmt.Println(o.V, o.Name)
	p1 := Pair{"k", 1}
	p2 := Pair{"k", 1}
	p3 := Pair{"k", "1"}
	fmt.Println(p1 == p2, p1 == p3)
	var e interface{} = 5
	fmt.Println(e == 5, e == "5", e != 6)
	fmt.Println(classify(1, int64(2), "s", []byte("b"), nil, 2.5, Pt{}))
	funcs := map[string]func(int) int{}
	funcs["sq"] = func(x int) int { return x * x }
	if f, ok := funcs["sq"]; ok {
		fmt.Println(f(7))
	}
	if _, ok := funcs["cube"]; !ok {
		fmt.Println("no cube")
	}
	var np *Outer
	fmt.Println(np == nil)
	var empty Outer
	empty.Bump()
}
