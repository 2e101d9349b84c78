package main

import (
	"fmt"
	"sync"
)

func parse(s string) int {
	if s == "" {
		panic("parse: empty input")
	}
	return len(s)
}

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 1)
	wg.Add(1)
	go func() {
		results <- parse("gosem")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("first worker:", <-results)
	wg.Add(1)
	go func() {
		results <- parse("")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("never printed")
}
