package main

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		a <- 1
	}()
	<-a
	select {
	case <-a:
	case b <- "x":
	}
}
