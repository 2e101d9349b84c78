package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNegative = errors.New("negative")

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("parse %q: %w", s, err)
		}
	}()
	n, err = strconv.Atoi(s)
	if err != nil {
		return
	}
	if n < 0 {
		return 0, ErrNegative
	}
	return n, nil
}

func sum(items []string) (total int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("sum of %d items: %w", len(items), err)
			total = -1
		}
	}()
	for _, it := range items {
		v, err := parse(it)
		if err != nil {
			return 0, err
		}
		total += v
	}
	return
}

func main() {
	{
		total, err := sum([]string{"1", "2", "3"})
		fmt.Println(total, err)
		if err != nil {
			fmt.Println("  is ErrNegative:", errors.Is(err, ErrNegative), "| unwrapped once:", errors.Unwrap(err))
		}
	}
	{
		total, err := sum([]string{"4", "x5"})
		fmt.Println(total, err)
		if err != nil {
			fmt.Println("  is ErrNegative:", errors.Is(err, ErrNegative), "| unwrapped once:", errors.Unwrap(err))
		}
	}
	{
		total, err := sum([]string{"6", "-7"})
		fmt.Println(total, err)
		if err != nil {
			fmt.Println("  is ErrNegative:", errors.Is(err, ErrNegative), "| unwrapped once:", errors.Unwrap(err))
		}
	}
	{
		total, err := sum([]string{})
		fmt.Println(total, err)
		if err != nil {
			fmt.Println("  is ErrNegative:", errors.Is(err, ErrNegative), "| unwrapped once:", errors.Unwrap(err))
		}
	}
}
