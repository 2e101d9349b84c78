package main

import "fmt"

type Point struct {
	X int
	Y int
}

type Rect struct {
	Min   Point
	Max   Point
	Label string
}

type Person struct {
	Name   string
	Age    int
	Tags   []string
	Boss   *Person
	Score  float64
	Active bool
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect, d int) Rect {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
	return r
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var z Point
	fmt.Println(p, q, z, p == q, p == Point{1, 2}, z == Point{})
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	c := p
	c.X = 100
	fmt.Println("copy", p, c)
	r := Rect{Point{0, 0}, Point{4, 3}, "box"}
	big := grow(r, 2)
	fmt.Println(r, big, area(r), area(big))
	fmt.Printf("%+v\n%#v\n", big, r)
	r.Max = Point{10, 10}
	fmt.Println(r.Max.X, area(r), r == big, r.Min == Point{})
	ann := Person{Name: "Ann", Age: 40, Tags: []string{"lead"}, Score: 9.5, Active: true}
	bob := Person{Name: "Bob", Age: 25, Boss: &ann}
	fmt.Printf("%v\n%+v\n", ann, ann)
	fmt.Printf("%#v\n", ann)
	fmt.Println(bob.Boss.Name, bob.Boss.Tags, bob.Tags == nil, bob.Score)
	bob.Boss.Age = 41
	fmt.Println("through the pointer:", ann.Age)
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Printf("%v %+v %#v\n", cfg, cfg, cfg)
	cfg.Port = cfg.Port + 1
	fmt.Println(cfg.Host, cfg.Port)
	set := make(map[string]struct{})
	for _, k := range []string{"a", "b", "a", "c", "b"} {
		set[k] = struct{}{}
	}
	v, ok := set["b"]
	fmt.Println(len(set), set, v, ok)
	visits := make(map[Point]int)
	for _, pt := range []Point{{1, 1}, {2, 3}, {1, 1}, 3: {X: 2, Y: 3}} {
		visits[pt]++
	}
	fmt.Println(visits, visits[Point{2, 3}])
	pts := []Point{{1, 2}, {3, 4}, {5, 6}}
	for _, pt := range pts {
		pt.X += 10
	}
	fmt.Println("range copies:", pts)
	for i := range pts {
		pts[i].X += 10
	}
	fmt.Println("index updates:", pts)
	first := &pts[0]
	first.Y = -1
	fmt.Println(pts[0], first, *first == pts[0])
	var arr [2]Rect
	arr[1].Label = "second"
	fmt.Printf("%v %+v\n", arr, arr[1])
	matrix := struct {
		Rows int
		Data [4]float64
	}{Rows: 2, Data: [4]float64{1.5, 2, 0, -1}}
	m2 := matrix
	m2.Data[2] = 3
	fmt.Println(matrix, m2, matrix == m2, matrix.Data[0] == m2.Data[0])
	fmt.Printf("%T\n%T\n", cfg, set)
}
