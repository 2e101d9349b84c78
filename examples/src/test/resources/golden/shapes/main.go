package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface {
	Scale(float64)
}

type Circle struct {
	R float64
}

type Rect struct {
	W float64
	H float64
}

type Square struct {
	Rect
}

type Triangle struct {
	A float64
	B float64
	C float64
}

func (c Circle) Area() float64 {
	return math.Pi * c.R * c.R
}

func (c Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}

func (c *Circle) Scale(k float64) {
	c.R *= k
}

func (r Rect) Area() float64 {
	return r.W * r.H
}

func (r Rect) Perimeter() float64 {
	return 2 * (r.W + r.H)
}

func (r *Rect) Scale(k float64) {
	r.W *= k
	r.H *= k
}

func newSquare(side float64) Square {
	return Square{Rect{side, side}}
}

func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func describe(s Shape) string {
	return fmt.Sprintf("%-15T area %8.3f  perimeter %7.3f", s, s.Area(), s.Perimeter())
}

func largest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, newSquare(2), Triangle{3, 4, 5}, &Circle{0.5}, &Rect{10, 0.1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	fmt.Println("largest:", describe(largest(shapes)))
	fmt.Println("largest of none:", largest(nil))
	sort.Slice(shapes, func(i int, j int) bool {
		return shapes[i].Area() < shapes[j].Area()
	})
	total := 0.0
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d %v %.2f\n", i, s, s.Area())
	}
	fmt.Printf("total area %.4f\n", total)
	for _, s := range shapes {
		if c, ok := s.(Circle); ok {
			fmt.Println("a circle of radius", c.R)
		}
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
			fmt.Printf("scaled %T to %v\n", s, s)
		}
	}
	sq := newSquare(3)
	sq.Scale(2)
	fmt.Println(sq, sq.Area(), sq.W, sq.Rect.Perimeter())
	fmt.Println(Shape(Circle{1}) == Shape(Circle{1}), Shape(Circle{1}) == Shape(Circle{2}), Shape(Rect{1, 1}) == Shape(newSquare(1)), Shape(Rect{2, 2}) == Rect{2, 2})
	p1 := &Rect{1, 2}
	s1 := Shape(p1)
	s2 := Shape(p1)
	fmt.Println("same pointer:", s1 == s2, s1 == Shape(&Rect{1, 2}), s1 != nil)
}
