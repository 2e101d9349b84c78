package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var funcs []func()
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() {
			fmt.Println("closure sees", i)
		})
	}
	for _, g := range funcs {
		g()
	}
	start := make(chan struct{})
	got := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			<-start
			got <- i
			wg.Done()
		}()
	}
	close(start)
	wg.Wait()
	close(got)
	var seen []int
	for v := range got {
		seen = append(seen, v)
	}
	sort.Ints(seen)
	fmt.Println("goroutines saw", seen)
	start2 := make(chan struct{})
	words := make(chan string, 3)
	for _, w := range []string{"go", "chan", "select"} {
		wg.Add(1)
		go func() {
			<-start2
			words <- w
			wg.Done()
		}()
	}
	close(start2)
	wg.Wait()
	close(words)
	var ws []string
	for w := range words {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	fmt.Println("range goroutines saw", ws)
}
