package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name + ": no panic")
			return
		}
		err, isErr := r.(error)
		fmt.Printf("%s: %v\n", name, r)
		if isErr {
			fmt.Printf("  an error; Error(): %q\n", err.Error())
		}
	}()
	f()
}

type Stringer interface {
	String() string
}

type Point struct {
	X int
	Y int
}

func (p Point) Sum() int {
	return p.X + p.Y
}

func (p *Point) IsNil() bool {
	return p == nil
}

func main() {
	var p *int
	var pt *Point
	try("load *p", func() {
		fmt.Println(*p)
	})
	try("store *p", func() {
		*p = 1
	})
	try("field", func() {
		fmt.Println(pt.X)
	})
	try("field store", func() {
		pt.Y = 2
	})
	try("value method", func() {
		fmt.Println(pt.Sum())
	})
	try("pointer method", func() {
		fmt.Println("  pt.IsNil() =", pt.IsNil())
	})
	try("array pointer", func() {
		var pa *[3]int
		fmt.Println("  len(pa) =", len(pa))
		fmt.Println(pa[1])
	})
	try("nil interface method", func() {
		var st Stringer
		fmt.Println(st.String())
	})
}
