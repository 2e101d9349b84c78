package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.counts[key]++
	c.mu.Unlock()
}

func (c *Counter) Get(key string) int {
	c.mu.Lock()
	v := c.counts[key]
	c.mu.Unlock()
	return v
}

func main() {
	c := &Counter{counts: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(k int) {
			c.Inc("all")
			if k%3 == 0 {
				c.Inc("third")
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("all:", c.Get("all"), "every third:", c.Get("third"))
	plain := 0
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	wg2.Add(1000)
	for i := 0; i < 1000; i++ {
		go func() {
			mu.Lock()
			plain++
			mu.Unlock()
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("plain counter:", plain)
}
