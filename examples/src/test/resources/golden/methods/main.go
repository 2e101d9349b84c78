package main

import "fmt"

type Celsius float64

type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func (f Fahrenheit) ToC() Celsius {
	return Celsius((f - 32) * 5 / 9)
}

func (c Celsius) String() string {
	return fmt.Sprintf("%.1f°C", float64(c))
}

func (f Fahrenheit) String() string {
	return fmt.Sprintf("%.1f°F", float64(f))
}

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int {
	return c.n
}

func (c *Counter) Inc() {
	c.n++
}

func (c Counter) IncCopy() int {
	c.n++
	return c.n
}

func (c *Counter) Reset() {
	*c = Counter{name: c.name}
}

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Add(vs ...int) {
	*l = append(*l, vs...)
}

func (l IntList) Double() {
	for i := range l {
		l[i] *= 2
	}
}

type Set map[string]bool

func (s Set) Add(k string) {
	s[k] = true
}

func (s Set) Has(k string) bool {
	return s[k]
}

type Op func(int, int) int

func (o Op) Apply(a int, b int) string {
	return fmt.Sprintf("op(%d, %d) = %d", a, b, o(a, b))
}

type Board [3][3]byte

func (b *Board) Play(r int, c int, m byte) {
	b[r][c] = m
}

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				s += "."
			} else {
				s += string(c)
			}
		}
		s += "/"
	}
	return s
}

func main() {
	boiling := Celsius(100)
	fmt.Println(boiling, boiling.ToF(), boiling.ToF().ToC(), Celsius(-40).ToF())
	fmt.Printf("%v %s %.2f %5.1f %T\n", boiling, boiling, boiling, boiling.ToF(), boiling)
	fmt.Println([]Celsius{0, 37, -273.15}, map[string]Fahrenheit{"body": 98.6})
	c := Counter{name: "hits"}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.IncCopy(), c.IncCopy(), c.Get())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n, pc.IncCopy(), c)
	pc.Reset()
	fmt.Printf("%+v\n", c)
	l := IntList{1, 2, 3}
	l.Add(4, 5)
	l.Double()
	fmt.Println(l, l.Sum(), len(l), IntList{}.Sum())
	nums := []int{10, 20}
	l.Add(nums...)
	fmt.Println(l, IntList(nums).Sum())
	seen := make(Set)
	for _, w := range []string{"go", "java", "go"} {
		seen.Add(w)
	}
	fmt.Println(seen, len(seen), seen.Has("go"), seen.Has("rust"))
	add := Op(func(x int, y int) int {
		return x + y
	})
	fmt.Println(add.Apply(2, 3), Op(func(x int, y int) int {
		return x * y
	}).Apply(6, 7))
	var game Board
	game.Play(1, 1, 'X')
	game.Play(0, 2, 'O')
	copyOf := game
	copyOf.Play(2, 0, 'X')
	fmt.Println(game, copyOf, game == copyOf)
	fmt.Printf("%v %s %d\n", game, game, game[1])
}
