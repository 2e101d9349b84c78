package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " -> pong"
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "ping")
	pong(pings, pongs)
	fmt.Println(<-pongs)
	var r <-chan string = pongs
	var s chan<- string = pongs
	s <- "via send-only"
	fmt.Println(<-r)
	fmt.Printf("%T | %T | %T | %T\n", pongs, r, s, make(chan (<-chan int)))
	chans := make(chan chan int, 1)
	inner := make(chan int, 1)
	chans <- inner
	<-chans <- 7
	fmt.Println("through a channel of channels:", <-inner)
}
