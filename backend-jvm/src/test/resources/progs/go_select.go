package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan string, 1)
	select {
	case v := <-a:
		fmt.Println("a", v)
	default:
		fmt.Println("nothing ready")
	}
	a <- 1
	select {
	case v := <-a:
		fmt.Println("a", v)
	case s := <-b:
		fmt.Println("b", s)
	}
	b <- "x"
	select {
	case v, ok := <-a:
		fmt.Println("a", v, ok)
	case s, ok := <-b:
		fmt.Println("b", s, ok)
	}
	// Both ready: each must be chosen sometimes.
	counts := map[string]int{}
	for i := 0; i < 1000; i++ {
		a <- i
		b <- "y"
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println(counts["a"] > 100, counts["b"] > 100, counts["a"]+counts["b"])
	out := make(chan int, 1)
	select {
	case out <- 42:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case out <- 43:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	close(a)
	var x int
	var ok bool
	select {
	case x, ok = <-a:
		fmt.Println("closed", x, ok)
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
	done := make(chan struct{})
	res := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case res <- i:
			case <-done:
				fmt.Println("stopped")
				close(res)
				return
			}
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-res)
	}
	close(done)
	for range res {
	}
loop:
	for {
		select {
		case v, ok := <-out:
			if !ok {
				break loop
			}
			fmt.Println("drain", v)
			close(out)
		}
	}
	fmt.Println("end")
}
