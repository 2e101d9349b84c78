package main

import (
	"errors"
	"fmt"
)

func cleanup() {
	fmt.Println("cleanup runs during the first panic")
	panic(errors.New("cleanup failed"))
}

func main() {
	defer fmt.Println("main's first deferred call still runs")
	defer cleanup()
	panic("first")
}
