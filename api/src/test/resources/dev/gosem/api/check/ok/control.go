package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return "unknown"
}

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
}

func grade(score int) (g string) {
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	default:
		g = "F"
	}
	return
}

func typeName(x interface{}) string {
	switch x.(type) {
	case int, int64:
		return "integer"
	case string:
		return "string"
	case nil:
		return "nil"
	}
	return "other"
}

func must(ok bool) int {
	if ok {
		return 1
	}
	panic("not ok")
}

func find(grid [][]int, target int) (int, int) {
outer:
	for i, row := range grid {
		for j, v := range row {
			switch {
			case v == target:
				return i, j
			case v > target:
				break outer
			case v < 0:
				continue outer
			}
		}
	}
	return -1, -1
}

func main() {
	fmt.Println(Red, Blue, KB, MB, GB, classify(-1), classify(4), grade(85), grade(95), typeName(1), typeName(nil))
	fmt.Println(must(true))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	x := 3
	switch y := x * 2; y {
	case 6:
		fmt.Println("six")
		break
	}
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
}
