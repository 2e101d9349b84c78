package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, &NotFound{k}
	}
	return v, nil
}

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return n, nil
}

func main() {
	m := map[string]int{"a": 1}
	_, err := lookup(m, "b")
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("missing", nf.Key)
	}
	var e error = err
	if e != nil {
		fmt.Println(e.Error(), errors.Unwrap(e) == nil)
	}
	if _, err := parse("x"); err != nil {
		fmt.Printf("%v %T\n", err, err)
	}
	n, err := fmt.Println("hi")
	fmt.Print(n, err == nil, "\n")
	s := fmt.Sprint(1, "a") + fmt.Sprintln("b")
	fmt.Printf("%d %s %5.2f\n", len(s), s, 3.14159)
	if n > 100 {
		os.Exit(3)
	}
}
