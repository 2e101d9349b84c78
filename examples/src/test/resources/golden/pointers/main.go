package main

import "fmt"

type Vertex struct {
	X int
	Y int
}

func counter(start int) *int {
	c := start
	return &c
}

func swap(a *int, b *int) {
	*a, *b = *b, *a
}

func scale(v *Vertex, k int) {
	v.X = v.X * k
	(*v).Y = (*v).Y * k
}

func scaled(v Vertex, k int) Vertex {
	scale(&v, k)
	return v
}

func newVertex(x int, y int) *Vertex {
	return &Vertex{x, y}
}

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x, p != nil)
	pp := &p
	**pp = 9
	*p++
	fmt.Println(x, **pp, *pp == p)
	c1 := counter(10)
	c2 := counter(10)
	*c1++
	*c1++
	*c2--
	fmt.Println("counters", *c1, *c2, c1 == c2, *c1 == *c2+3)
	a := 1
	bb := 2
	swap(&a, &bb)
	fmt.Println("swapped", a, bb)
	n := new(int)
	m := new(int)
	fmt.Println("new", *n, *m, n == m, *n == *m)
	*n = 42
	m = n
	*m++
	fmt.Println("aliased", *n, *m, n == m)
	v := Vertex{1, 2}
	scale(&v, 3)
	fmt.Println(v, scaled(v, 10), v)
	vp := newVertex(7, 8)
	vp.X = 70
	fmt.Println(vp, *vp, vp.X, (*vp).Y)
	fmt.Printf("%v %+v %T %T\n", vp, vp, vp, *vp)
	fx := &v.X
	*fx = -1
	fmt.Println("field pointer", v)
	nv := new(Vertex)
	nv.Y = 4
	fmt.Println(nv, *nv == Vertex{Y: 4})
	arr := [3]int{10, 20, 30}
	e := &arr[1]
	*e = 21
	ap := &arr
	ap[2] = 31
	fmt.Println(arr, ap, ap[0], len(ap))
	s := make([]int, 1, 1)
	first := &s[0]
	*first = 1
	s = append(s, 2)
	*first = 100
	fmt.Println("after append reallocated:", s, *first)
	sp := &s
	*sp = append(*sp, 3)
	(*sp)[0] = 7
	fmt.Println(s, sp, len(*sp))
	counts := map[string]int{"k": 1}
	mp := &counts
	(*mp)["k"]++
	fmt.Println(mp, (*mp)["k"])
	var ptrs []*Vertex
	for i_ := 0; i_ < 3; i_++ {
		i := i_
		ptrs = append(ptrs, newVertex(i, i*i))
	}
	for _, q := range ptrs {
		q.X += 100
	}
	for i, q := range ptrs {
		fmt.Println(i, *q, q)
	}
	var np *Vertex
	fmt.Println("nil pointer:", np, np == nil, np == ptrs[0])
}
