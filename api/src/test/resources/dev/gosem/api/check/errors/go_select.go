package main

func f() int { return 1 }

func main() {
	x := []int{1}
	var c chan int
	go len(x)
	go int(3)
	go f()
	go println("a")
	go close(c)
	go copy(x, x)
	go append(x, 1)
	select {
	case v := <-c:
		var q int
		_ = v
	case c <- "s":
	default:
	}
	_ = make(chan int, "a")
	_ = make(chan int, -1)
	_ = make(chan int, 1, 2)
	var d chan<- chan (<-chan int) = nil
	d = 1
}
/* go build (Go 1.19):
8:5: go discards result of len(x) (value of type int)
9:5: go requires function call, not conversion int(3) (constant 3 of type int)
14:5: go discards result of append(x, 1) (value of type []int)
17:7: declared and not used: q
19:12: cannot use "s" (untyped string constant) as int value in send
22:21: cannot convert "a" (untyped string constant) to int
23:21: invalid argument: index -1 (constant of type int) must not be negative
24:6: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3
26:6: cannot use 1 (untyped int constant) as chan<- chan (<-chan int) value in assignment
*/
