package main

import "fmt"

func main() {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		msg := <-ch
		fmt.Println("received", msg)
		done <- true
	}()
	ch <- "ping"
	<-done
	buf := make(chan int, 3)
	fmt.Println("empty:", len(buf), cap(buf))
	buf <- 10
	buf <- 20
	fmt.Println("two queued:", len(buf), cap(buf))
	fmt.Println("first out:", <-buf)
	buf <- 30
	close(buf)
	v, ok := <-buf
	fmt.Println("after close:", v, ok, len(buf))
	for x := range buf {
		fmt.Println("drained", x)
	}
	v, ok = <-buf
	fmt.Println("closed and empty:", v, ok)
	var nilch chan int
	fmt.Println("nil channel:", nilch == nil, len(nilch), cap(nilch))
	squares := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			squares <- i * i
		}
		close(squares)
	}()
	var all []int
	for s := range squares {
		all = append(all, s)
	}
	fmt.Println("squares:", all)
	fmt.Printf("%T %T %T %v\n", ch, (<-chan int)(buf), chan<- int(buf), buf == buf)
}
