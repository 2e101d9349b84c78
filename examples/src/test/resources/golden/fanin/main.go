package main

import (
	"fmt"
	"time"
)

func source(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", name, i)
		}
		close(out)
	}()
	return out
}

func main() {
	a := source("a", 3)
	b := source("b", 4)
	counts := make(map[string]int)
	got := 0
	for a != nil || b != nil {
		select {
		case _, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts["a"]++
			got++
		case _, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts["b"]++
			got++
		case <-time.After(time.Second):
			fmt.Println("stalled")
			return
		}
	}
	fmt.Println("both sources closed; from a:", counts["a"], "from b:", counts["b"], "total:", got)
	quiet := make(chan string)
	start := time.Now()
	select {
	case m := <-quiet:
		fmt.Println("message", m)
	case <-time.After(time.Millisecond * 30):
		fmt.Println("timeout after 30ms")
	}
	fmt.Println("waited at least 30ms:", time.Since(start) >= time.Millisecond*30)
}
