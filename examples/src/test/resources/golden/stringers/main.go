package main

import (
	"fmt"
	"strconv"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, int64(m/100), int64(m%100))
}

type Temp float64

func (t *Temp) String() string {
	return fmt.Sprintf("%.1f degrees", float64(*t))
}

type Item struct {
	Name  string
	Price Money
	tint  Color
	Tint  Color
}

func main() {
	c := Green
	fmt.Println(Red, c, Blue, c+1, Color(7))
	fmt.Printf("%v|%s|%q|%x|%X|%d|%#v|%T|%5s|%-6v|\n", c, c, c, c, c, c, c, c, c, c)
	fmt.Println([]Color{Blue, Red, 9}, map[Color]int{Blue: 3, Red: 1, Green: 2})
	fmt.Println(map[string]Color{"sky": Blue, "grass": Green})
	price := Money(123456)
	fmt.Println(price, Money(-5), Money(0), price+1, price*2)
	fmt.Printf("%v %d %s %08d\n", price, price, price, price)
	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Printf("%v %v %.3f\n", t, &t, t)
	it := Item{"lamp", 1999, Blue, Blue}
	fmt.Printf("%v\n%+v\n", it, it)
	fmt.Println([]Item{it, Item{Name: "mug", Price: 450}})
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint("x", Red, 1, 2), fmt.Sprintf("%v-%v", price, c))
	fmt.Println(fmt.Errorf("cannot paint %v with %s", it.Name, Color(5)))
	var total Money
	for _, m := range []Money{250, 1999, 1} {
		total += m
	}
	fmt.Println("total", total, int64(total))
}
