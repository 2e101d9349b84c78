package main

func f() int { return 1 }

func main() {
	var r <-chan int
	var s chan<- int
	var c chan int
	_ = cap(r)
	var q chan int
	q = r
	_ = q
	var z chan int = s
	_ = z
	for a, b := range c {
		_, _ = a, b
	}
	var n int = c
	_ = n
	len(c)
	close(c, c)
	close()
}
/* go build (Go 1.19):
11:6: cannot use r (variable of type <-chan int) as type chan int in assignment
13:19: cannot use s (variable of type chan<- int) as type chan int in variable declaration
15:9: range over c (variable of type chan int) permits only one iteration variable
18:14: cannot use c (variable of type chan int) as type int in variable declaration
20:2: len(c) (value of type int) is not used
21:2: invalid operation: too many arguments for close(c, c) (expected 1, found 2)
22:2: invalid operation: not enough arguments for close() (expected 1, found 0)
*/
