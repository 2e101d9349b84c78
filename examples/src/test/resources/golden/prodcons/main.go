package main

import (
	"fmt"
	"sort"
)

func producer(id int, out chan<- int, done chan<- string) {
	for i := 0; i < 5; i++ {
		out <- id*100 + i
	}
	done <- fmt.Sprint("producer ", id, " done")
}

func main() {
	buf := make(chan int, 2)
	done := make(chan string)
	for i := 1; i <= 3; i++ {
		go producer(i, buf, done)
	}
	finished := make(chan []int)
	go func() {
		perProducer := make([]int, 4)
		for v := range buf {
			perProducer[v/100]++
		}
		finished <- perProducer
	}()
	var msgs []string
	for i := 0; i < 3; i++ {
		msgs = append(msgs, <-done)
	}
	sort.Strings(msgs)
	fmt.Println(msgs)
	close(buf)
	fmt.Println("items per producer:", <-finished)
}
