package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(time.Millisecond * 15)
	fmt.Println("slept at least 15ms:", time.Since(start) >= time.Millisecond*15)
	result := make(chan string)
	go func() {
		time.Sleep(time.Millisecond * 200)
		result <- "slow answer"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(time.Millisecond * 20):
		fmt.Println("gave up waiting")
	}
	fast := make(chan string, 1)
	go func() {
		fast <- "fast answer"
	}()
	select {
	case r := <-fast:
		fmt.Println(r)
	case <-time.After(time.Second * 5):
		fmt.Println("timeout")
	}
	tick := time.Tick(time.Millisecond * 5)
	deadline := time.After(time.Second * 10)
	ticks := 0
loop:
	for {
		select {
		case <-tick:
			ticks++
			if ticks == 4 {
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks:", ticks, "at least 20ms:", time.Since(start) >= time.Millisecond*35)
}
