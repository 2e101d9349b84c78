package main

import "fmt"

type T struct{ X int }

func get(b bool) *T {
	if b {
		return &T{1}
	}
	return nil
}

func main() {
	p := get(true)
	fmt.Println(p.X)
	q := get(false)
	fmt.Println(q.X)
}
