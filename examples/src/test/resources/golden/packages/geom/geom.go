package geom

import "fmt"

type Point struct {
	X int
	Y int
}

const Dimensions = 2

const unit = 1

var Origin Point = Point{0, 0}

var created int

func New(x int, y int) Point {
	created++
	return Point{x, y}
}

func Created() int {
	return created
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func (p *Point) Scale(k int) {
	p.X = p.X * k
	p.Y = p.Y * k
}

func (p Point) String() string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

func (p Point) manhattan() int {
	return (abs(p.X) + abs(p.Y)) * unit
}

func Manhattan(a Point, b Point) int {
	return Point{a.X - b.X, a.Y - b.Y}.manhattan()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
