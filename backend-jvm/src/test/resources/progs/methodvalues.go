package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Add(k int) int {
	c.n += k
	return c.n
}

func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }

func main() {
	c := &Counter{}
	add := c.Add
	add(2)
	add(3)
	get := c.Get
	c.Add(10)
	fmt.Println(c.n, get(), c.Get())
	var g Getter = Counter{7}
	gv := g.Get
	fmt.Println(gv())
	f := (*Counter).Add
	fmt.Println(f(c, 1))
	h := Counter.Get
	fmt.Println(h(*c))
	fs := []func(int) int{c.Add, func(x int) int { return -x }}
	for _, fn := range fs {
		fmt.Println(fn(4))
	}
}
