package main

import "fmt"

type Point struct {
	X int
	Y int
}

type Item struct {
	Name  string
	Tags  []string
	At    *Point
	price float64
	Meta  map[string]int
}

func main() {
	n := 42
	neg := -42
	fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%+d|% d|% d|\n", n, n, n, n, n, neg, n, neg)
	fmt.Printf("|%x|%X|%#x|%#X|%o|%#o|%b|%08b|%x|\n", 255, 255, 255, 255, 8, 8, 5, 5, neg)
	fmt.Printf("|%6.3d|%-8x|%#-8x|%+05d|%-05d|\n", 7, 3054, 3054, 12, 12)
	fmt.Printf("|%c|%c|%c|%U|%#U|%q|%q|%d|\n", 65, 'é', 128512, '⌘', '⌘', 'x', '\n', 'A')
	fmt.Printf("|%d|%d|%x|\n", int8(-128), uint16(65535), uint16(65535))
	pi := 3.14159265358979
	fmt.Printf("|%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|%.0f|\n", pi, pi, pi, pi, pi, pi, pi)
	fmt.Printf("|%e|%.3e|%E|%g|%.3g|%g|%g|%G|\n", pi, 123456.789, 1.23e-4, pi, pi, 1e21, 1e-7, 1e-7)
	fmt.Printf("|%v|%v|%v|%.1f|%.0f|%.0f|%5.1f%%|\n", 1.0, 1e8, 0.1, 0.05, 0.5, 1.5, 99.5)
	fmt.Printf("|%g|%g|%v|%.2g|%6.2g|\n", 2.0, 1000000.0, 1e20, 123.0, 4.56e-4)
	s := "gopher"
	fmt.Printf("|%s|%10s|%-10s|%.3s|%q|%x|%X|% x|%5.1s|\n", s, s, s, s, s, s, s, s, s)
	fmt.Printf("|%q|%+q|%#q|%q|\n", "tab\there", "héllo", "back`tick", "quote\"d")
	fmt.Printf("|%t|%v|%5t|%-6t|\n", true, false, true, false)
	p := Point{1, -2}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	it := Item{Name: "pen", Tags: []string{"a", "b"}, price: 1.5, Meta: map[string]int{"z": 26, "a": 1}}
	fmt.Printf("%v\n%+v\n", it, it)
	fmt.Printf("%T\n", it)
	fmt.Printf("%v %+v %#v\n", Item{}, Item{}.At, Item{}.Tags)
	grid := [][]int{{1, 2}, {3}, nil}
	fmt.Printf("%v %d %#v %T\n", grid, grid, grid, grid)
	m := map[string][]Point{"b": []Point{{1, 2}}, "a": nil}
	fmt.Printf("%v %+v %T\n", m, m, m)
	fmt.Printf("%#v\n", map[int]string{2: "two", 1: "one"})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "s", 1.0, true, []any{1, "a", nil})
	fmt.Printf("%v %d %s %x\n", []int{10, 11}, []int{10, 11}, []string{"x", "y"}, []int{10, 11})
	fmt.Printf("%6.2f|%-4d|%q\n", []float64{1, 2.5}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%T %T %T %T %T %T\n", n, pi, s, 'x', nil, []any{})
	fmt.Printf("100%% sure, %d%%\n", 50)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%z %!\n", 1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, pi)
	str := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(str, len(str))
	fmt.Printf("[%s]\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, "d"))
	fmt.Printf("[%s]\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("[%s]\n", fmt.Sprint("x", 1, "y"))
	fmt.Printf("[%s]\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("[%s]\n", fmt.Sprint(p, pp, nil, []int{1}))
	fmt.Printf("[%s]\n", fmt.Sprint())
	fmt.Print(bool(true), 1, 2.0, "z", -1, "\n")
}
