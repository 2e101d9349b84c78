package main

import (
	"fmt"
	"math"
	"strings"
)

func main() {
	_ = strings.Title("a")
	fmt.Fprintln(nil)
	_ = math.Sin(1)
	_ = math.Nope
	var b strings.Builder
	_, _ = b.Write(nil)
}

/* gosem:
10:14: unsupported: strings.Title (gosem supports only part of package strings)
11:6: unsupported: fmt.Fprintln (gosem supports only part of package fmt)
12:11: unsupported: math.Sin (gosem supports only part of package math)
13:11: undefined: math.Nope
15:11: unsupported: (*strings.Builder).Write
*/
