package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

func name(c int) string {
	switch c {
	case Red:
		return "red"
	case Green, Blue:
		return "cool"
	}
	return "unknown"
}

func main() {
	for i := 0; i < 4; i++ {
		fmt.Println(i, name(i))
	}
	x := 5
	switch {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("huge?")
	case x > 1:
		fmt.Println("not reached")
	default:
		fmt.Println("small")
	}
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("yes")
	default:
		fmt.Println("no")
	}
}
