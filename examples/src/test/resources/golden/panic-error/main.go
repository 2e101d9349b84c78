package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred call runs before the crash")
	fmt.Println("before the panic")
	err := fmt.Errorf("loading config: %w", errors.New("file not found"))
	panic(err)
}
