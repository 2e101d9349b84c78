package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	c := Counter{n: map[string]int{}}
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			c.Inc("k")
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("count", c.n["k"])

	var total int64
	var hits atomic.Int64
	var wg2 sync.WaitGroup
	wg2.Add(100)
	for i := 0; i < 100; i++ {
		go func(k int) {
			atomic.AddInt64(&total, int64(k))
			hits.Add(1)
			wg2.Done()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", atomic.LoadInt64(&total), hits.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&total, 4950, 1), total, atomic.CompareAndSwapInt64(&total, 4950, 2))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(2)
		go func() {
			rw.Lock()
			shared++
			rw.Unlock()
			wg3.Done()
		}()
		go func() {
			rw.RLock()
			_ = shared
			rw.RUnlock()
			wg3.Done()
		}()
	}
	wg3.Wait()
	fmt.Println("shared", shared)

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, 1500 * time.Millisecond, 90 * time.Second, 2 * time.Hour, 3723*time.Second + 5*time.Millisecond, -1500 * time.Millisecond, time.Duration(1<<63 - 1), time.Duration(-1 << 63)} {
		fmt.Println(d, d.String(), int64(d))
	}
	fmt.Printf("%v %s %d %.3f %d\n", time.Second, time.Minute, time.Millisecond, (1500 * time.Millisecond).Seconds(), (2 * time.Second).Milliseconds())

	timeout := time.After(30 * time.Millisecond)
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("never")
	case <-timeout:
		fmt.Println("timed out")
	}
	tick := time.Tick(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
	}
	fmt.Println("ticked 3 times")
	runtime.Gosched()
	fmt.Println("goroutines", runtime.NumGoroutine() >= 1)
}
