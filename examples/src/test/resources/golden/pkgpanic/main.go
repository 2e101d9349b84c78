package main

import (
	"example/table"
	"fmt"
)

func main() {
	for i_ := 0; i_ < 5; i_++ {
		i := i_
		fmt.Println("row", i, "=", table.Row(i))
	}
}
