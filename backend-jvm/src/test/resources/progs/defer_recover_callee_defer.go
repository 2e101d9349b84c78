package main

import (
	"errors"
	"fmt"
)

// Fuzzing finding F5 (seed 604639): a method called by a deferred interface call (or func value)
// has a deferred literal of its own with recover(). That literal runs at the method's normal
// return, not for the panic, so its recover() returns nil; the outer deferred literal recovers.

type S struct{ A float64 }

type I interface{ Get() int16 }

func (s S) Get() int16 {
	defer func() {
		fmt.Println("Get's own deferred recover:", recover())
	}()
	return 0
}

func viaInterface() {
	defer func() { fmt.Println("viaInterface recovered:", recover()) }()
	defer fmt.Println("deferred print")
	var i I = S{A: 0.5}
	defer i.Get()
	panic(errors.New("négatif"))
}

func viaFuncValue() {
	defer func() { fmt.Println("viaFuncValue recovered:", recover()) }()
	f := S{}.Get
	defer f()
	var g func() int16 = func() int16 { return S{}.Get() }
	defer g()
	panic("again")
}

func main() {
	viaInterface()
	viaFuncValue()
}
