package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	<-s
	close(r)
	x := 1
	x <- 1
	<-x
	for range s {
	}
	var c chan int
	c <- "a"
	var y string = <-c
	close(x)
	_ = y
}
/* go build (Go 1.19):
6:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
7:4: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
8:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
10:2: invalid operation: cannot send to non-channel x (variable of type int)
11:4: invalid operation: cannot receive from non-channel x (variable of type int)
12:12: cannot range over s (variable of type chan<- int) (receive from send-only channel)
15:7: cannot use "a" (untyped string constant) as int value in send
16:17: cannot use <-c (comma, ok expression of type int) as type string in variable declaration
17:8: invalid operation: cannot close non-channel x (variable of type int)
*/
