package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }
func (a Acc) Get() int   { return a.total }

type Getter interface{ Get() int }

type Doubler struct{ Getter }

func (d Doubler) Get() int { return 2 * d.Getter.Get() }

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	a := &Acc{}
	apply(a.Add, 1, 2, 3)
	get := a.Get
	a.Add(10)
	fmt.Println(a.total, get())
	var g Getter = *a
	gf := g.Get
	fmt.Println(gf())
	add := (*Acc).Add
	add(a, 5)
	fmt.Println(Acc.Get(*a))
	d := Doubler{a}
	var g2 Getter = d
	fmt.Println(g2.Get(), Doubler{Doubler{a}}.Get())
	fmt.Println(strings.ToUpper("x"))
}
