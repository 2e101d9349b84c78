package main

import (
	"example/config"
	"fmt"
)

var doubled int = show("doubled", total*2)

var total int = show("total", config.Total+config.Span)

func show(name string, v int) int {
	fmt.Println("  main var", name, "=", v)
	return v
}

func main() {
	fmt.Println("main:", config.Base, config.Extra, config.Total, config.Span, total, doubled)
}
