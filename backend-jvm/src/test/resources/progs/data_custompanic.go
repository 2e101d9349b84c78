package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	fmt.Println("start")
	if len(fmt.Sprint(1)) > 5 {
		panic(errors.New("x"))
	}
	panic(E{"bad"})
}
