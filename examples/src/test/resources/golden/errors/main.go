package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

var ErrPermission = errors.New("permission denied")

var ErrTimeout = errors.New("timeout")

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string {
	return "query " + strconv.Quote(e.Query) + ": " + e.Err.Error()
}

func (e *QueryError) Unwrap() error {
	return e.Err
}

type NetError struct {
	Op   string
	Secs int
}

func (e NetError) Error() string {
	return fmt.Sprintf("%s timed out after %ds", e.Op, e.Secs)
}

func (e NetError) Is(target error) bool {
	return target == ErrTimeout
}

var db = map[string]int{"ann": 31, "bob": -4}

func lookup(name string) (int, error) {
	age, ok := db[name]
	if !ok {
		return 0, fmt.Errorf("lookup %q: %w", name, ErrNotFound)
	}
	if age < 0 {
		return 0, &ValidationError{"age", age}
	}
	return age, nil
}

func handler(name string) error {
	switch name {
	case "root":
		return &QueryError{Query: "SELECT * FROM root", Err: ErrPermission}
	case "slow":
		return fmt.Errorf("handler: %w", NetError{"read", 30})
	}
	age, err := lookup(name)
	if err != nil {
		return fmt.Errorf("handler(%s): %w", name, err)
	}
	fmt.Println("  handled", name, "aged", age)
	return nil
}

func main() {
	for _, name := range []string{"ann", "carl", "bob", "root", "slow"} {
		err := handler(name)
		if err == nil {
			continue
		}
		fmt.Printf("%s: %v\n", name, err)
		fmt.Printf("  is NotFound=%t Permission=%t Timeout=%t\n", errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission), errors.Is(err, ErrTimeout))
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("  validation error on field %s (value %d)\n", ve.Field, ve.Value)
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("  query %q failed\n", qe.Query)
		}
		var ne NetError
		if errors.As(err, &ne) {
			fmt.Printf("  network op %s, %d seconds\n", ne.Op, ne.Secs)
		}
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  %d: %T\n", depth, e)
			depth++
		}
	}
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	fmt.Println(fmt.Errorf("nil: %w", nil), errors.Is(nil, nil), errors.Is(ErrNotFound, nil), errors.Is(nil, ErrNotFound))
	fmt.Println(errors.New("x") == errors.New("x"), ErrNotFound == ErrNotFound, errors.New("x").Error() == "x")
	twice := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrTimeout))
	fmt.Println(twice, errors.Is(twice, ErrTimeout), errors.Unwrap(errors.Unwrap(twice)) == ErrTimeout)
	fmt.Printf("%v | %s | %q | %T\n", twice, twice, twice, twice)
}
