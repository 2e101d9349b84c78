package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	select {
	case v := <-a:
		fmt.Println("a", v)
	default:
		fmt.Println("nothing ready: default")
	}
	counts := [2]int{}
	for i := 0; i < 4000; i++ {
		a <- i
		b <- i
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("both chosen often:", counts[0] > 1600, counts[1] > 1600, "total:", counts[0]+counts[1])
	full := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case full <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("buffer full, dropped", i)
		}
	}
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	case nilch <- 1:
		fmt.Println("impossible")
	case v := <-full:
		fmt.Println("only the buffered channel is ready:", v)
	}
}
