package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	done := make(chan byte)
	wg.Add(2)
	go func() {
		fmt.Println("worker 1 done")
		wg.Done()
		close(done)
	}()
	go func() {
		<-done
		fmt.Println("worker 2 forgets Done")
	}()
	wg.Wait()
}
