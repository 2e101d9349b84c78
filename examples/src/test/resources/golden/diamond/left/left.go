package left

import (
	"example/base"
	"fmt"
)

var Order int = base.Register("left")

func init() {
	fmt.Println("left: init, registered as", Order, "base inits:", base.Inits)
}
