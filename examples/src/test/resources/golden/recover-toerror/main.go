package main

import (
	"errors"
	"fmt"
)

var ErrBadInput = errors.New("bad input")

func process(input int) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok {
			err = fmt.Errorf("process(%d): %w", input, e)
		} else {
			err = fmt.Errorf("process(%d): panic: %v", input, r)
		}
	}()
	switch input {
	case 1:
		panic(ErrBadInput)
	case 2:
		panic(fmt.Sprintf("odd value %d", input))
	case 3:
		panic([]int{3, 3, 3})
	}
	fmt.Println("processed", input)
	return nil
}

func main() {
	for i_ := 0; i_ < 4; i_++ {
		i := i_
		err := process(i)
		fmt.Println(i, "->", err, "| is ErrBadInput:", errors.Is(err, ErrBadInput))
	}
}
