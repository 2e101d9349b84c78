package main

import "fmt"

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string      { return b.name }
func (b *Base) Rename(n string)  { b.name = n }

type Dog struct {
	Base
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Loud struct {
	*Dog
	Volume int
}

func (l Loud) Sound() string { return "WOOF" }

type Stringer interface{ String() string }

type Named struct{ N string }

func (n Named) String() string { return "<" + n.N + ">" }

type Wrapper struct {
	Named
	X int
}

type ErrWrap struct {
	error
	ctx string
}

var global = Dog{Base{"rex"}, "lab"}
var gptr = &global

func main() {
	d := Dog{Base{"fido"}, "pug"}
	fmt.Println(d.Name(), d.name, d.Sound())
	d.Rename("max")
	fmt.Println(d.Name())
	var a Animal = d
	fmt.Println(a.Name(), a.Sound())
	l := Loud{&d, 11}
	a = l
	fmt.Println(a.Name(), a.Sound(), l.Breed)
	l.Rename("big")
	fmt.Println(d.name)
	w := Wrapper{Named{"w"}, 1}
	fmt.Println(w, w.String())
	var s Stringer = w
	fmt.Println(s.String())
	fmt.Printf("%v %+v\n", w, d)
	ew := ErrWrap{fmt.Errorf("inner %d", 5), "ctx"}
	var err error = ew
	fmt.Println(err.Error(), err)
	gptr.Rename("global")
	fmt.Println(global.Name(), global)
	arr := [2]Dog{}
	arr[1].Rename("second")
	fmt.Println(arr)
	ps := []Dog{d}
	ps[0].Rename("inslice")
	fmt.Println(ps[0].Name(), d.Name())
	fmt.Printf("%T %T %T\n", d, &d, a)
}
