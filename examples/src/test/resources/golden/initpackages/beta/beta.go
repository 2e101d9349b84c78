package beta

import (
	"example/alpha"
	"fmt"
)

var Sum int = add(alpha.A, alpha.B)

func add(x int, y int) int {
	fmt.Println("  init var beta.Sum =", x+y)
	return x + y
}

func init() {
	fmt.Println("beta: init, Sum =", Sum)
}
