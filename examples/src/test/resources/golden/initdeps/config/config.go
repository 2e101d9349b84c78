package config

import "fmt"

var Total int = sum()

var Base int = trace("Base", Extra*2)

var Extra int = trace("Extra", 5)

func sum() int {
	fmt.Println("  sum reads Base and Extra")
	return Base + Extra
}

func trace(name string, v int) int {
	fmt.Println("  init var", name, "=", v)
	return v
}
