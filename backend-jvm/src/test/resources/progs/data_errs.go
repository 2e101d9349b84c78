package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return "line " + strconv.Itoa(p.Line) + ": " + p.Err.Error() }
func (p *ParseError) Unwrap() error { return p.Err }

func lookup(k string) (int, error) {
	if k == "" {
		return 0, &ParseError{3, ErrNotFound}
	}
	if k == "x" {
		return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	return len(k), nil
}

type Status int

const (
	Active Status = iota
	Inactive
	Banned
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Inactive:
		return "inactive"
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

func main() {
	for _, k := range []string{"", "x", "abc"} {
		n, err := lookup(k)
		fmt.Println(n, err, errors.Is(err, ErrNotFound))
		var pe *ParseError
		if errors.As(err, &pe) {
			fmt.Println("parse error at", pe.Line)
		}
		if u := errors.Unwrap(err); u != nil {
			fmt.Println("unwrapped:", u)
		}
	}
	fmt.Println(Active, Inactive, Banned)
	fmt.Printf("%v %d %s\n", Banned, Banned, Inactive)
	m := map[Status]int{Active: 1, Banned: 2}
	fmt.Println(m)
	x := 5
	switch {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 1:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("few")
	case 10:
		fmt.Println("ten")
	}
}
