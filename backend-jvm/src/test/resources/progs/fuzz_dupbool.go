// Fuzzer finding F2 (docs/fuzzing.md): Go checks switch cases for duplicate integer, float and
// string constants only, so duplicate bool constants are legal.
package main

import "fmt"

func main() {
	x := 3
	switch x > 2 {
	case true:
		fmt.Println("a")
	case true, false:
		fmt.Println("b")
	}
	switch {
	case x > 5, true:
		fmt.Println("c")
	case true:
		fmt.Println("d")
	}
	switch false {
	case x < 0, false:
		fmt.Println("e")
	}
}
