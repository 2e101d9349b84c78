package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
	return "unreachable"
}

func grade(score int) string {
	g := "?"
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	default:
		g = "F"
	case 7:
		g = "C"
	case 6:
		g = "D"
	}
	return g
}

func countdown(n int) {
	fmt.Printf("%d:", n)
	switch n {
	case 3:
		fmt.Print(" three")
		fallthrough
	case 2:
		fmt.Print(" two")
		fallthrough
	case 1:
		fmt.Print(" one")
	case 0:
		fmt.Print(" zero")
		fallthrough
	default:
		fmt.Print(" liftoff")
	}
	fmt.Println()
}

func probe(v int) int {
	fmt.Printf("probe(%d) ", v)
	return v
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 81, 75, 64, 12} {
		fmt.Print(s, "=", grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{3, 2, 1, 0, 9} {
		countdown(n)
	}
	word := "go"
	switch word {
	case "java":
		fmt.Println("not this")
	case "rust":
		fmt.Println("nor this")
	}
	fmt.Println("no case matched and there is no default")
	switch sq := 7 * 7; {
	case sq > 100:
		fmt.Println("big")
	case sq > 40:
		fmt.Println("medium", sq)
	default:
		fmt.Println("small")
	}
	switch r := 17 % 5; r {
	case 0, 1:
		fmt.Println("low", r)
	case 2:
		fmt.Println("two", r)
	default:
		fmt.Println("other", r)
	}
	switch probe(2) {
	case probe(1), probe(3):
		fmt.Println("first")
	case probe(2), probe(4):
		fmt.Println("second")
	case probe(5):
		fmt.Println("third")
	}
	flag := false
	switch true {
	case flag:
		fmt.Println("flag")
	case !flag:
		fmt.Println("not flag")
	}
	switch 5 > 3 {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
		fallthrough
	default:
		fmt.Println("default after fallthrough")
	}
	evens := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 1:
			break
		case i == 6:
			fmt.Print("[six] ")
			break
			fmt.Print("never")
		}
		if i%2 == 0 {
			evens++
		}
		fmt.Print(i, " ")
	}
	fmt.Println("| evens:", evens)
	found := -1
search:
	for r, row := range [][]int{{1, 2}, {3, 42, 5}, {42}} {
		for c, v := range row {
			switch v {
			case 42:
				found = r*10 + c
				break search
			default:
				fmt.Print(v, " ")
			}
		}
	}
	fmt.Println("found at", found)
	var done bool
	n := 0
loop:
	for {
		n++
		switch {
		case n > 4:
			done = true
			break loop
		case n == 2:
			continue loop
		}
		fmt.Print("n=", n, " ")
	}
	fmt.Println(done, n)
}
