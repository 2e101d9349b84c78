package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var active atomic.Int64
	var peak atomic.Int64
	var wg sync.WaitGroup
	done := make(chan int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(id int) {
			sem <- struct{}{}
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond * 2)
			active.Add(-1)
			<-sem
			done <- id
			wg.Done()
		}(i)
	}
	wg.Wait()
	close(done)
	sum := 0
	for id := range done {
		sum += id
	}
	fmt.Println("finished:", sum, "peak within limit:", peak.Load() <= 3, "peak reached:", peak.Load() >= 1, "active now:", active.Load())
}
