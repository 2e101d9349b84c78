package main

import (
	"fmt"
	"time"
)

func main() {
	// A timer fires once; Stop after it fired reports false.
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired; stop after firing:", t.Stop())

	// A stopped timer never fires: the select's timeout wins.
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stopped timer fired")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped timer stayed quiet")
	}

	// Reset rearms: false for a stopped timer, true for an active one.
	fmt.Println("reset stopped:", t2.Reset(5*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired after reset")

	// A zero or negative duration fires at once.
	<-time.NewTimer(0).C
	<-time.NewTimer(-time.Second).C
	fmt.Println("immediate timers fired")

	// A ticker ticks until stopped.
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	tk.Reset(time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset ticked")

	// A timeout pattern: work that finishes first, then work that does not.
	done := make(chan string)
	go func() { done <- "work" }()
	timeout := time.NewTimer(time.Second)
	select {
	case w := <-done:
		fmt.Println("got", w, "stop:", timeout.Stop())
	case <-timeout.C:
		fmt.Println("timed out")
	}
	slow := make(chan string)
	timeout.Reset(5 * time.Millisecond)
	select {
	case w := <-slow:
		fmt.Println("got", w)
	case <-timeout.C:
		fmt.Println("timed out waiting for slow")
	}

	// Timers and tickers are values of their types.
	var p *time.Timer = time.NewTimer(time.Minute)
	fmt.Printf("%T %T %v\n", p, tk, p.Stop())
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
