package main

import (
	"errors"
	"fmt"
)

// A named result spelled _ still has a cell: a bare return and a recovery return it.
func parse(s string) (_ int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
		}
	}()
	if s == "" {
		err = errors.New("empty")
		return
	}
	if s == "boom" {
		panic("bad input")
	}
	return len(s), nil
}

func main() {
	fmt.Println(parse(""))
	fmt.Println(parse("boom"))
	fmt.Println(parse("gopher"))
}
