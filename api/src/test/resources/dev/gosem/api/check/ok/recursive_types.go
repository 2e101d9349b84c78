package main

import "fmt"

// Types that refer to each other through pointers, method signatures and names of types still
// being declared: all valid Go.

type List struct {
	Head *Node
}

type Node struct {
	Val  int
	Next *Node
	Up   *List
}

type Alias Node

type T1 struct{ Next *T2 }
type T2 T1
type T3 T2

type Visitor interface {
	Visit(n Expr) Visitor
}

type Expr interface {
	Accept(v Visitor)
	Walker
}

type Walker interface {
	Walk(f func(Expr) bool)
}

type Lit int

func (l Lit) Accept(v Visitor)         { v.Visit(l) }
func (l Lit) Walk(f func(Expr) bool)   { f(l) }
func (t *T3) Len() int                 { return 0 }

type printer struct{ n int }

func (p *printer) Visit(e Expr) Visitor {
	p.n++
	return p
}

func main() {
	l := &List{Head: &Node{Val: 1}}
	l.Head.Next = &Node{Val: 2, Up: l}
	a := Alias(*l.Head)
	var t T3
	t.Next = &T2{}
	var e Expr = Lit(3)
	p := &printer{}
	e.Accept(p)
	e.Walk(func(x Expr) bool { return x != nil })
	fmt.Println(a.Val, t.Len(), p.n)
}
