package main

import (
	"fmt"
	"os"
)

func check(i int) {
	if i == 3 {
		println("giving up at", i)
		os.Exit(3)
	}
	fmt.Println("step", i)
}

func main() {
	fmt.Println("starting")
	println("to stderr")
	for i := 0; ; i++ {
		check(i)
	}
}
