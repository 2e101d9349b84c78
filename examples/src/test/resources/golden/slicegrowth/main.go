package main

import "fmt"

type triple struct {
	a int
	b int
	c int
}

func growInts(n int) {
	var s []int
	last := -1
	fmt.Println("growInts", len(s), cap(s), s == nil)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		s = append(s, 0)
		if cap(s) != last {
			fmt.Println(" ", len(s), cap(s))
			last = cap(s)
		}
	}
}

func growBytes(n int) {
	var s []byte
	last := -1
	fmt.Println("growBytes", len(s), cap(s), s == nil)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		s = append(s, 0)
		if cap(s) != last {
			fmt.Println(" ", len(s), cap(s))
			last = cap(s)
		}
	}
}

func growRunes(n int) {
	var s []int32
	last := -1
	fmt.Println("growRunes", len(s), cap(s), s == nil)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		s = append(s, 0)
		if cap(s) != last {
			fmt.Println(" ", len(s), cap(s))
			last = cap(s)
		}
	}
}

func growStrings(n int) {
	var s []string
	last := -1
	fmt.Println("growStrings", len(s), cap(s), s == nil)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		s = append(s, "")
		if cap(s) != last {
			fmt.Println(" ", len(s), cap(s))
			last = cap(s)
		}
	}
}

func growTriples(n int) {
	var s []triple
	last := -1
	fmt.Println("growTriples", len(s), cap(s), s == nil)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		s = append(s, triple{})
		if cap(s) != last {
			fmt.Println(" ", len(s), cap(s))
			last = cap(s)
		}
	}
}

func main() {
	growInts(3000)
	growBytes(5000)
	growRunes(2000)
	growStrings(1500)
	growTriples(1000)
	s := append([]int{}, 1, 2, 3, 4, 5)
	fmt.Println("five at once", len(s), cap(s), s)
	s = append(s, 6, 7, 8, 9, 10, 11, 12, 13)
	fmt.Println("eight more", len(s), cap(s), s)
	m := make([]int, 0, 5)
	m = append(m, 1, 2, 3, 4, 5)
	fmt.Println("made with room", len(m), cap(m))
	m = append(m, 6)
	fmt.Println("one past", len(m), cap(m), m)
	bs := append([]byte{}, "hello, world"...)
	fmt.Println("bytes of a string", len(bs), cap(bs), string(bs))
	big := make([]int, 700)
	big = append(big, big...)
	fmt.Println("doubled itself", len(big), cap(big))
	odd := make([]int, 3, 3)
	odd = append(odd, make([]int, 10)...)
	fmt.Println("needs more than double", len(odd), cap(odd))
	var strs []string
	for i_ := 0; i_ < 20; i_++ {
		i := i_
		strs = append(strs, fmt.Sprint(i))
	}
	fmt.Println("strings", len(strs), cap(strs), strs)
	fmt.Println("counted", countGrowths(100000))
}

func countGrowths(n int) int {
	var s []int
	grows := 0
	last := cap(s)
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		s = append(s, i)
		if cap(s) != last {
			grows++
			last = cap(s)
		}
	}
	return grows
}
