package main

import "fmt"

func main() {
	var m map[string]int
	v, ok := m["a"]
	fmt.Println(m, len(m), m == nil, m["missing"], v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "a")
	made := make(map[string]int)
	made["a"] = 1
	fmt.Println("a made map takes entries:", made)
	m = made
	m["b"] = 2
	fmt.Println("m now shares it:", made)
	m = nil
	fmt.Println("m is nil again:", m == nil, len(made))
	m["c"] = 3
	fmt.Println("unreachable")
}
