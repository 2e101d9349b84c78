package alpha

import "fmt"

var B int = trace("alpha.B", 2)

func init() {
	fmt.Println("alpha: first init in b.go")
}

func init() {
	fmt.Println("alpha: second init in b.go")
}
