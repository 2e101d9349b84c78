package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

type pair struct {
	a, b int
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	sum := 0
	for v := range ch {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)

	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	fmt.Println(<-buf, len(buf))
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	v, ok = <-buf
	fmt.Printf("%q %v\n", v, ok)

	done := make(chan bool)
	ps := make(chan pair, 1)
	go func() {
		p := <-ps
		fmt.Println("pair", p.a+p.b, p)
		done <- true
	}()
	ps <- pair{3, 4}
	<-done

	var nilch chan int
	fmt.Println(nilch == nil, len(nilch), cap(nilch))
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(k int) { results <- k * 2 }(i)
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += <-results
	}
	fmt.Println("total", total)
	fmt.Printf("%T %T %T\n", ch, (<-chan int)(ch), (chan<- int)(ch))
}
