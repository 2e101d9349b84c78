package main

import (
	"fmt"
	"sort"
)

type Key struct {
	A int
	B string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	fmt.Println(m, len(m))
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok, m["z"])
	delete(m, "a")
	fmt.Println(m)
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap), nilmap == nil)
	sk := map[Key][]int{}
	sk[Key{1, "x"}] = append(sk[Key{1, "x"}], 5)
	sk[Key{1, "x"}] = append(sk[Key{1, "x"}], 6)
	fmt.Println(sk)
	im := make(map[int]Key)
	im[3] = Key{3, "c"}
	k := im[3]
	k.A = 4
	fmt.Println(im, k, im[5])
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts)
	mm := map[string]map[string]bool{}
	mm["x"] = map[string]bool{"y": true}
	fmt.Println(mm["x"]["y"], mm["q"]["y"])
	ifm := map[interface{}]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(ifm[1], ifm["a"], ifm[2.5], len(ifm))
	nilmap["boom"] = 1
}
