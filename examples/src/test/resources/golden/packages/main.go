package main

import (
	"example/geom"
	"fmt"
)

func main() {
	a := geom.New(1, 2)
	c := geom.New(4, -2)
	fmt.Println("a =", a, "c =", c, "sum =", a.Add(c))
	fmt.Println("origin:", geom.Origin, "dimensions:", geom.Dimensions)
	a.Scale(3)
	fmt.Println("scaled:", a, "X:", a.X)
	fmt.Println("distance:", geom.Manhattan(a, c))
	pts := []geom.Point{geom.Point{1, 1}, geom.Origin, a}
	fmt.Printf("%v %d %T\n", pts, len(pts), pts[0])
	geom.Origin = geom.Point{9, 9}
	fmt.Println("origin moved:", geom.Origin)
	q := &geom.Origin
	q.Scale(2)
	fmt.Println("through a pointer:", geom.Origin, "made:", geom.Created())
	var dims int = geom.Dimensions * 10
	fmt.Println(dims)
}
