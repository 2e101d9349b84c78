package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t T) show(tag string) { fmt.Println("value method", t.name, tag) }

func (t *T) ptr(tag string) { fmt.Println("pointer method", t.name, tag) }

type Shower interface{ show(tag string) }

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer fmt.Println("first registered")
	fmt.Println("body of order")
}

func args() {
	x := 1
	defer fmt.Println("evaluated at defer:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
	t := T{"a"}
	defer t.show("value receiver copied")
	defer t.ptr("pointer receiver shared")
	var s Shower = t
	defer s.show("through interface")
	t.name = "b"
	f := func(n int) { fmt.Println("func value", n) }
	defer f(x)
	f = func(n int) { fmt.Println("replaced", n) }
	defer print("print builtin\n")
	defer println("println builtin", x, true)
	m := map[string]int{"k": 1}
	defer delete(m, "k")
	defer func() { fmt.Println("map before delete runs:", len(m)) }()
}

func named() (n int, err error) {
	defer func() {
		n *= 2
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return 21, errors.New("inner")
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func helper() any { return recover() }

func indirect() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("direct recover got: ", r)
	}()
	defer func() { fmt.Println("helper recover got:", helper()) }()
	defer recover()
	panic("boom")
}

func nested() {
	defer func() { fmt.Println("nested outer recovers:", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner recovers:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func nilFunc() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	var f func()
	defer f()
	fmt.Println("nil func deferred, not yet called")
	return "unreached"
}

func deep(n int) {
	defer fmt.Println("deep unwinding", n)
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	deep(n - 1)
}

func catchDeep() {
	defer func() { fmt.Println("caught:", recover()) }()
	deep(3)
}

func runtimeErrors() {
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(name, ok, err)
		}()
		f()
	}
	var m map[string]int
	var p *T
	var a []int
	var i any = "str"
	zero := 0
	try("index", func() { _ = a[5] })
	try("slice", func() { _ = a[1:zero] })
	try("nilmap", func() { m["x"] = 1 })
	try("nilptr", func() { fmt.Println(p.name) })
	try("divide", func() { fmt.Println(1 / zero) })
	try("assert", func() { fmt.Println(i.(int)) })
}

func main() {
	order()
	args()
	fmt.Println(named())
	fmt.Println(unnamed())
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(indirect())
	nested()
	fmt.Println(nilFunc())
	catchDeep()
	runtimeErrors()
	defer fmt.Println("main's defer runs before the crash")
	var e error = errors.New("final")
	panic(e)
}
