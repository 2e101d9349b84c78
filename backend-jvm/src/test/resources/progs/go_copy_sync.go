package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type guarded struct {
	mu   sync.Mutex
	n    int
	once sync.Once
	wg   sync.WaitGroup
	hits atomic.Int64
	sb   strings.Builder
}

func main() {
	var a guarded
	a.mu.Lock()
	a.n = 1
	a.hits.Add(5)
	a.wg.Add(2)
	b := a // copies the locked mutex, the counters, the builder
	fmt.Println("b locked:", !b.mu.TryLock())
	b.mu.Unlock()
	fmt.Println("b relocked:", b.mu.TryLock())
	fmt.Println("a still locked:", !a.mu.TryLock())
	a.mu.Unlock()
	a.hits.Add(1)
	fmt.Println("hits:", a.hits.Load(), b.hits.Load())
	a.once.Do(func() { fmt.Println("a's once") })
	c := a
	c.once.Do(func() { fmt.Println("c's once: not printed") })
	b.once.Do(func() { fmt.Println("b's once: printed (copied before a's Do)") })
	b.wg.Done()
	b.wg.Done()
	b.wg.Wait()
	fmt.Println("b's wait group reached zero; a's still waits for 2")
	a.wg.Done()
	a.wg.Done()
	a.wg.Wait()
	var z guarded
	w := z
	w.sb.WriteString("zero builders may be copied")
	fmt.Println(w.sb.String())
	a.sb.WriteString("x")
	d := a
	fmt.Println(d.sb.String(), d.sb.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	d.sb.WriteString("y")
}
