package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string)
	go func() {
		results <- "quick job"
	}()
	timeout := time.NewTimer(time.Second)
	select {
	case r := <-results:
		fmt.Println(r, "done; timer stopped:", timeout.Stop())
	case <-timeout.C:
		fmt.Println("quick job timed out")
	}
	fmt.Println("reset after stop:", timeout.Reset(time.Millisecond*10))
	select {
	case r := <-results:
		fmt.Println(r)
	case <-timeout.C:
		fmt.Println("nobody answered in 10ms")
	}
	fmt.Println("stop after firing:", timeout.Stop())
	beat := time.NewTicker(time.Millisecond * 3)
	beats := 0
beating:
	for {
		select {
		case <-beat.C:
			beats++
			fmt.Println("beat", beats)
			if beats == 3 {
				beat.Stop()
				break beating
			}
		}
	}
	select {
	case <-beat.C:
		fmt.Println("a stopped ticker ticked")
	case <-time.After(time.Millisecond * 20):
		fmt.Println("the stopped ticker stays quiet")
	}
}
