package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var once sync.Once

var table map[int]string

var builds int64

func load() {
	atomic.AddInt64(&builds, 1)
	table = map[int]string{1: "one", 2: "two", 3: "three"}
}

type Cache struct {
	mu   sync.RWMutex
	m    map[string]int
	hits atomic.Int64
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		c.hits.Add(1)
	}
	return v, ok
}

func (c *Cache) Put(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			once.Do(load)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("table:", table, "built", atomic.LoadInt64(&builds), "time(s)")
	c := &Cache{m: make(map[string]int)}
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(2)
		go func(k int) {
			c.Put(fmt.Sprint("k", k%5), k)
			wg2.Done()
		}(i)
		go func() {
			c.Get("k0")
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("keys:", len(c.m), "hits counted:", c.hits.Load() <= 20)
	var n int64
	var wg3 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg3.Add(1)
		go func(d int64) {
			atomic.AddInt64(&n, d)
			wg3.Done()
		}(int64(i))
	}
	wg3.Wait()
	fmt.Println("atomic sum 1..100:", atomic.LoadInt64(&n))
	fmt.Println("CAS 5050->1:", atomic.CompareAndSwapInt64(&n, 5050, 1), "CAS 5050->2:", atomic.CompareAndSwapInt64(&n, 5050, 2), "now:", n)
}
