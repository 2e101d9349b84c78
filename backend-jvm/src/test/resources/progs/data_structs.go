package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func area(r Rect) int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q)
	p.Scale(3)
	fmt.Println(p)
	r := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "r"}
	fmt.Println(area(r), r)
	pp := &r.Max
	pp.X = 10
	fmt.Println(r.Max, *pp, area(r))
	fmt.Println(p.Add(q), p == q, p != q, p == Point{3, 6})
	var z Rect
	fmt.Println(z, z.Name == "")
	fmt.Printf("%v %+v %T\n", r, r, r)
	ptr := &Point{7, 8}
	fmt.Println(ptr, *ptr)
	n := new(int)
	*n = 5
	fmt.Println(*n)
}
