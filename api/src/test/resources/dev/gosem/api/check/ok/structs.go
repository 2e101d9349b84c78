package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprint(b.ID, ":", b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Employee struct {
	Base
	*Point
	Salary float64
}

type Node struct {
	Val  int
	Next *Node
}

type Describer interface{ Describe() string }

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func main() {
	p := Point{1, 2}
	q := &Point{X: 3}
	p.Move(1, 1)
	q.Move(1, 1)
	r := p.Add(*q)
	fmt.Println(p, *q, r, p == r, p != Point{})
	e := Employee{Base: Base{1, "ann"}, Point: &Point{}, Salary: 10}
	e.Rename("bob")
	e.Move(2, 3)
	fmt.Println(e.Name, e.ID, e.X, e.Describe(), e.Base.Describe())
	var d Describer = e
	var dp Describer = &e
	fmt.Println(d.Describe(), dp.Describe())
	list := &Node{1, &Node{2, nil}}
	var empty *Node
	fmt.Println(list.Len(), empty.Len(), list.Next.Val)
	pp := new(Point)
	pp.X = 5
	(*pp).Y = 6
	ppp := &pp
	(*ppp).X++
	anon := struct {
		A int
		B string
	}{1, "x"}
	arr := [2]Point{{1, 2}, {3, 4}}
	arr[0].X = 9
	fmt.Println(*pp, anon.B, arr, arr == [2]Point{{9, 2}, {3, 4}})
	type local struct{ v int }
	l := local{3}
	lp := &l
	lp.v++
	fmt.Println(l.v)
}
