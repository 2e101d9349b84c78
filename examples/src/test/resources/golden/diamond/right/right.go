package right

import (
	"example/base"
	"fmt"
)

var Order int = base.Register("right")

func init() {
	fmt.Println("right: init, registered as", Order, "base inits:", base.Inits)
}
