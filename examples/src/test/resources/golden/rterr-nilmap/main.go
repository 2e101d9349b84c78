package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name + ": no panic")
			return
		}
		err, isErr := r.(error)
		fmt.Printf("%s: %v\n", name, r)
		if isErr {
			fmt.Printf("  an error; Error(): %q\n", err.Error())
		}
	}()
	f()
}

func main() {
	var m map[string]int
	try("read", func() {
		fmt.Println("  m[\"a\"] =", m["a"], "len", len(m))
	})
	try("delete", func() {
		delete(m, "a")
	})
	try("range", func() {
		for k := range m {
			fmt.Println(k)
		}
	})
	try("write", func() {
		m["a"] = 1
	})
	try("increment", func() {
		m["b"]++
	})
	try("field of a struct", func() {
		var c struct{ counts map[string]int }
		c.counts["x"] += 2
	})
	try("nested map", func() {
		mm := make(map[string]map[string]int)
		mm["outer"]["inner"] = 3
	})
}
