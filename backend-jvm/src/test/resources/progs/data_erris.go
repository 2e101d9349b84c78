package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

func (e NotFound) Is(target error) bool {
	t, ok := target.(NotFound)
	return ok && (t.Name == "" || t.Name == e.Name)
}

func main() {
	err := fmt.Errorf("open: %w", NotFound{"cfg"})
	fmt.Println(errors.Is(err, NotFound{}), errors.Is(err, NotFound{"cfg"}), errors.Is(err, NotFound{"x"}))
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)
}
