package registry

import "fmt"

var names []string

var Hook func(string) string = func(s string) string {
	return "<" + s + ">"
}

func Add(n string) {
	names = append(names, Hook(n))
}

func Names() []string {
	fmt.Println("registry.Names called with", len(names), "names")
	return names
}

func Counter() func() int {
	n := len(names)
	return func() int {
		n++
		return n
	}
}

func init() {
	fmt.Println("registry: init in registry.go")
}

func init() {
	Add("first")
}
