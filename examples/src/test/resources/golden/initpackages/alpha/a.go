package alpha

import "fmt"

var A int = trace("alpha.A", B+1)

func init() {
	fmt.Println("alpha: init in a.go, A =", A)
}

func trace(name string, v int) int {
	fmt.Println("  init var", name, "=", v)
	return v
}
