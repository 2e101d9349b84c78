// Package goroutinecosts is Go's side of gosem's GoroutineCosts JMH benchmark
// (jmh/src/main/java/dev/gosem/jmh/GoroutineCosts.java): the same functions, measured with
// go test -bench on the same machine. Each benchmark reports the time of one operation.
//
// Run: cd jmh/go/goroutines && go test -bench . -count 3
package goroutinecosts

import (
	"sync"
	"testing"
)

func spawnJoin(n int) {
	done := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() { done <- struct{}{} }()
		<-done
	}
}

func pingPong(n int) int {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	s := 0
	for i := 0; i < n; i++ {
		ping <- i
		s += <-pong
	}
	close(ping)
	return s
}

func buffered(n int) int {
	c := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	s := 0
	for v := range c {
		s += v
	}
	return s
}

func select4(n int) int {
	c0, c1, c2, c3 := make(chan int, 16), make(chan int, 16), make(chan int, 16), make(chan int, 16)
	stop := make(chan struct{})
	for _, c := range []chan int{c0, c1, c2, c3} {
		go func(c chan int) {
			for {
				select {
				case c <- 1:
				case <-stop:
					return
				}
			}
		}(c)
	}
	s := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-c0:
			s += v
		case v := <-c1:
			s += v
		case v := <-c2:
			s += v
		case v := <-c3:
			s += v
		}
	}
	close(stop)
	return s
}

func mutex1000(n int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	per := n / 1000
	wg.Add(1000)
	for i := 0; i < 1000; i++ {
		go func() {
			for j := 0; j < per; j++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	return count
}

var sink int

func BenchmarkSpawnJoin(b *testing.B) { spawnJoin(b.N) }

func BenchmarkPingPongRoundTrip(b *testing.B) { sink += pingPong(b.N) }

func BenchmarkBufferedThroughput(b *testing.B) { sink += buffered(b.N) }

func BenchmarkSelectOver4(b *testing.B) { sink += select4(b.N) }

func BenchmarkMutex1000Goroutines(b *testing.B) {
	// b.N operations in all, at least 1,000 (one per goroutine)
	n := b.N
	if n < 1000 {
		n = 1000
	}
	sink += mutex1000(n)
}
