package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Key struct {
	Dept string
	Year int
}

func main() {
	stock := map[string]Item{"apple": {"apple", 10, 0.5}, "pear": {Name: "pear", Price: 0.75}}
	it := stock["apple"]
	it.Qty += 5
	fmt.Println("copy changed, map not yet:", it.Qty, stock["apple"].Qty)
	stock["apple"] = it
	fmt.Println("stored back:", stock["apple"].Qty)
	fmt.Printf("%v\n%+v\n", stock, stock["pear"])
	fmt.Printf("missing: %+v\n", stock["plum"])
	refs := make(map[string]*Item)
	for name, v := range stock {
		c := v
		refs[name] = &c
	}
	refs["pear"].Qty += 3
	refs["apple"].Price *= 2
	fmt.Println("through pointers:", *refs["pear"], *refs["apple"], "originals:", stock["pear"].Qty)
	fmt.Println(refs["pear"], refs["plum"] == nil)
	sales := []Key{{"toys", 2021}, {"books", 2022}, {"toys", 2021}, {"toys", 2022}, {"books", 2022}, {"toys", 2021}}
	tally := make(map[Key]int)
	for _, s := range sales {
		tally[s]++
	}
	fmt.Println(tally, len(tally))
	fmt.Println("toys 2021:", tally[Key{"toys", 2021}], "books 2021:", tally[Key{Dept: "books", Year: 2021}])
	groups := make(map[string][]string)
	for _, w := range []string{"ant", "bee", "asp", "cat", "bat", "cow", "ape"} {
		first := w[:1]
		groups[first] = append(groups[first], w)
	}
	fmt.Println(groups)
	graph := make(map[string]map[string]int)
	edges := []struct {
		from string
		to   string
		w    int
	}{{"a", "b", 4}, {"a", "c", 1}, {"c", "b", 2}, {"b", "d", 5}, {"c", "d", 8}}
	for _, e := range edges {
		if graph[e.from] == nil {
			graph[e.from] = make(map[string]int)
		}
		graph[e.from][e.to] = e.w
	}
	fmt.Println(graph)
	fmt.Println("a->c", graph["a"]["c"], "d->a", graph["d"]["a"], len(graph["d"]))
	var froms []string
	for k := range graph {
		froms = append(froms, k)
	}
	sort.Strings(froms)
	for _, from := range froms {
		var tos []string
		for to := range graph[from] {
			tos = append(tos, to)
		}
		sort.Strings(tos)
		for _, to := range tos {
			fmt.Printf("%s -> %s (%d)\n", from, to, graph[from][to])
		}
	}
}
