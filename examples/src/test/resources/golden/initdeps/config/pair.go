package config

import "fmt"

type limits struct {
	lo int
	hi int
}

func (l limits) span() int {
	return l.hi - l.lo
}

var Span int = trace("Span", bounds.span())

var bounds limits = limits{Lo, Hi}

var Lo, Hi = pair()

func pair() (int, int) {
	fmt.Println("  pair() gives Lo and Hi")
	return trace("Lo", 1), trace("Hi", Total*2)
}
