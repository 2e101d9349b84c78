package main

import (
	"fmt"
	"sort"
)

func lookup(m map[string]int, k string) {
	if v, ok := m[k]; ok {
		fmt.Printf("%q is %d\n", k, v)
	} else {
		fmt.Printf("%q is missing (reads as %d)\n", k, m[k])
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 27, "carol": 45}
	fmt.Println(ages, len(ages))
	lookup(ages, "bob")
	lookup(ages, "dave")
	ages["dave"] = 0
	lookup(ages, "dave")
	ages["alice"]++
	ages["bob"] += 10
	ages["carol"] /= 5
	ages["erin"]++
	fmt.Println(ages, len(ages))
	delete(ages, "dave")
	delete(ages, "nobody")
	fmt.Println("after delete", ages, len(ages))
	for i, k := range sortedKeys(ages) {
		fmt.Printf("%d: %-6s %3d\n", i, k, ages[k])
	}
	squares := make(map[int]int)
	for i_ := 0; i_ < 12; i_++ {
		i := i_
		squares[i-5] = (i - 5) * (i - 5)
	}
	fmt.Println(squares)
	total := 0
	for k, v := range squares {
		total += k + v
	}
	fmt.Println("sum of keys and values", total)
	flags := map[bool]string{true: "yes", false: "no"}
	prices := map[float64]string{2.5: "b", -1.0: "a", 10.0: "c"}
	fmt.Println(flags, prices, flags[1 < 2])
	byLen := make(map[int][]string)
	for _, w := range []string{"go", "map", "key", "value", "hash", "a", "range"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	v, ok := byLen[4]
	fmt.Println(v, ok, len(byLen[9]), byLen[9] == nil)
	m := make(map[int]bool)
	for i_1 := 0; i_1 < 10; i_1++ {
		i := i_1
		m[i] = i%3 == 0
	}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	fmt.Println("multiples of 3", m, len(m))
	copyOf := make(map[int]bool, len(m))
	for k, v := range m {
		copyOf[k] = v
	}
	delete(copyOf, 0)
	alias := m
	alias[100] = false
	fmt.Println("a map value is a reference:", len(m), len(copyOf), m[100])
	fmt.Printf("%v %d %#v\n", map[string]float64{"pi": 3.14159, "e": 2.71828}, map[string]int{"z": 26, "a": 1}, map[string]bool{"on": true})
}
