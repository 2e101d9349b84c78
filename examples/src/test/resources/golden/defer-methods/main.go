package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() {
	fmt.Println("value receiver:", c.name, c.n)
}

func (c *Counter) ShowPtr() {
	fmt.Println("pointer receiver:", c.name, c.n)
}

func (c *Counter) Add(k int) {
	c.n += k
	fmt.Println("Add", k, "to", c.name, "->", c.n)
}

func main() {
	c := Counter{"c", 1}
	defer c.Show()
	defer c.ShowPtr()
	defer c.Add(c.n * 10)
	c.n = 3
	p := &Counter{"p", 1}
	defer p.Show()
	defer p.ShowPtr()
	p.n = 2
	p = &Counter{"q", 9}
	fmt.Println("end of main: c.n =", c.n, "p.name =", p.name)
}
