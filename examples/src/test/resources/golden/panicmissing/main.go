package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct {
	side float64
}

type Rect struct {
	w float64
	h float64
}

func (s Square) Area() float64 {
	return s.side * s.side
}

func (r Rect) Area() float64 {
	return r.w * r.h
}

func (r Rect) Perimeter() float64 {
	return (r.w + r.h) * 2
}

func main() {
	things := []any{Rect{2, 3}, Square{2}}
	for _, t := range things {
		s, ok := t.(Shape)
		a := t.(interface{ Area() float64 })
		fmt.Println(t, "area", a.Area(), "is a Shape:", ok, s == nil)
	}
	s := things[1].(Shape)
	fmt.Println(s.Perimeter())
	fmt.Println("unreachable", any(s))
}
