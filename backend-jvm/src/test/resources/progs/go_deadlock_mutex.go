package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		mu.Lock()
		fmt.Println("worker holds the lock and leaves")
		wg.Done()
	}()
	wg.Wait()
	mu.Lock()
}
