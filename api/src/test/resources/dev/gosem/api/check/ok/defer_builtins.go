package main

import "fmt"

type T struct{ n int }

func (t *T) inc() { t.n++ }

func get() (int, error) { return 1, nil }

func main() {
	m := map[string]int{"a": 1}
	s := []int{1, 2}
	t := &T{}
	defer delete(m, "a")
	defer copy(s, s)
	defer recover()
	defer print("x")
	defer println("y", 1)
	defer panic("z")
	defer fmt.Println("done")
	defer t.inc()
	defer get()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	defer (func(x int) {})(3)
	var r any = recover()
	_ = r
}
