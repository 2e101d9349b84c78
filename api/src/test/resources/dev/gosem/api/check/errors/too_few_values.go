package main

type Point struct{ X, Y, Z int }

func main() {
	_ = Point{1, 2}
	_ = []Point{{1}, {1, 2, 3}}
	_ = Point{
		1,
	}
}
/* go build (Go 1.19):
6:16: too few values in Point{…}
7:16: too few values in struct{X int; Y int; Z int}{…}
10:2: too few values in Point{…}
*/
