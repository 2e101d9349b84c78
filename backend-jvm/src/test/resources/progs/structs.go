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

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p.Add(q))
	p.Scale(3)
	fmt.Println(p)
	r := Rect{Min: Point{0, 0}, Max: Point{4, 5}, Name: "box"}
	r2 := r
	r2.Max.X = 8
	fmt.Println(r.Area(), r2.Area(), r.Name)
	fmt.Printf("%v %+v\n", r, r2)
	pp := &r.Min
	pp.X = -1
	fmt.Println(r.Min, *pp)
	var zero Rect
	fmt.Println(zero, zero == Rect{})
	arr := [3]Point{{1, 1}, {2, 2}}
	brr := arr
	brr[0].X = 99
	fmt.Println(arr, brr, len(arr))
}
