package main

import (
	"errors"
	"fmt"
)

type Rec interface{ M(tag string) }

type direct struct{}

// M recovers itself: a deferred interface call reaches it directly.
func (direct) M(tag string) {
	fmt.Println(tag, "direct.M recovered:", recover())
}

type helped struct{}

// M leaves recover to a helper: Go's recover returns nil there.
func (*helped) M(tag string) {
	helper(tag)
}

func helper(tag string) {
	fmt.Println(tag, "helper recovered:", recover())
}

type outer struct{ direct }

func viaFuncValue() {
	defer func() { fmt.Println("outer recover:", recover()) }()
	f := func() { helper("func value") }
	defer f()
	panic("p1")
}

func viaClosure() {
	f := func() { fmt.Println("closure recovered:", recover()) }
	defer f()
	panic("p2")
}

func viaIface(r Rec, tag string) {
	defer func() { fmt.Println(tag, "outer recover:", recover()) }()
	defer r.M(tag)
	panic(errors.New(tag))
}

func viaMethodValue(r Rec, tag string) {
	defer func() { fmt.Println(tag, "outer recover:", recover()) }()
	g := r.M
	defer g(tag)
	panic(tag)
}

func viaConcreteMethodValue() {
	defer func() { fmt.Println("cmv outer recover:", recover()) }()
	var d direct
	g := d.M
	defer g("cmv")
	panic("p3")
}

func viaMethodExpr() {
	defer func() { fmt.Println("mexpr outer recover:", recover()) }()
	defer direct.M(direct{}, "mexpr")
	panic("p4")
}

func viaHelperValue() {
	defer func() { fmt.Println("hv outer recover:", recover()) }()
	h := helper
	defer h("hv")
	panic("p5")
}

func nested() {
	defer func() { fmt.Println("nested outer recover:", recover()) }()
	f := func() {
		g := func() { fmt.Println("inner closure recovered:", recover()) }
		g()
	}
	defer f()
	panic("p6")
}

func main() {
	viaFuncValue()
	viaClosure()
	viaIface(direct{}, "iface-direct")
	viaIface(&helped{}, "iface-helped")
	viaIface(outer{}, "iface-promoted")
	viaIface(&outer{}, "iface-promoted-ptr")
	viaMethodValue(direct{}, "mv-direct")
	viaMethodValue(&helped{}, "mv-helped")
	viaConcreteMethodValue()
	viaMethodExpr()
	viaHelperValue()
	nested()
	var f func()
	defer func() { fmt.Println("nil func recover:", recover()) }()
	defer f()
	fmt.Println("end")
}
