package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Shape is implemented by value receivers (Circle) and pointer receivers (*Rect).
type Shape interface {
	Area() float64
	Name() string
}

type Named interface {
	Name() string
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string   { return "circle" }

type Rect struct {
	W, H float64
	tags []string
}

func (r *Rect) Area() float64 { return r.W * r.H }
func (r *Rect) Name() string   { return "rect" }
func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

type ByArea []Shape

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%.1f", v.R)
	case *Rect:
		return fmt.Sprintf("rect %vx%v", v.W, v.H)
	case nil:
		return "nil"
	default:
		return v.Name()
	}
}

var ErrEmpty = errors.New("empty")

func largest(shapes []Shape) (Shape, error) {
	if len(shapes) == 0 {
		return nil, ErrEmpty
	}
	sorted := make(ByArea, len(shapes))
	copy(sorted, shapes)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Area() > sorted[j].Area() })
	return sorted[0], nil
}

func main() {
	r := Rect{W: 2, H: 3}
	r.Scale(2)
	shapes := []Shape{Circle{1}, &r, &Rect{1, 1, nil}}
	var n Named = shapes[0]
	if s, ok := n.(Shape); ok {
		fmt.Println(describe(s), s.Area())
	}
	big, err := largest(shapes)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(describe(big))
	if _, err := largest(nil); errors.Is(err, ErrEmpty) {
		fmt.Println("no shapes:", err)
	}
	var b strings.Builder
	for i, s := range shapes {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s.Name())
	}
	fmt.Println(b.String(), b.Len())
	area := (*Rect).Area
	scale := r.Scale
	scale(0.5)
	fmt.Println(area(&r), Circle.Area(Circle{2}) > 12)
}
