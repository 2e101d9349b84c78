package main

import (
	"example/registry"
	"fmt"
)

var snapshot []string = registry.Names()

var next func() int = registry.Counter()

func main() {
	fmt.Println("snapshot:", snapshot, len(snapshot))
	registry.Add("fourth")
	fmt.Println("now:", registry.Names())
	fmt.Println("counter:", next(), next())
	add := registry.Add
	add("fifth")
	registry.Hook = func(s string) string {
		return s
	}
	add("sixth")
	fmt.Println("last:", registry.Names())
}
