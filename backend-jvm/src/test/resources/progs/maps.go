package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] += 10
	v, ok := m["four"]
	fmt.Println(m, len(m), v, ok)
	delete(m, "two")
	fmt.Println(m)
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	var nilmap map[string]bool
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	counts := map[rune]int{}
	for _, r := range "hello, world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'])
	type key struct{ a, b int }
	grid := map[key]string{{1, 2}: "x"}
	grid[key{3, 4}] = "y"
	fmt.Println(grid[key{1, 2}], grid[key{3, 4}], len(grid))
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
}
