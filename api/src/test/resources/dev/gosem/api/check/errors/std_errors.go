package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	n := strconv.Itoa("1")
	_ = strings.Repeat("a")
	err := errors.New(1)
	var b strings.Builder
	b.WriteString(1)
	_ = fmt.Sprintf(1)
	_, _ = n, err
	x, err := strconv.Atoi("1")
	_ = x
}
/* go build (Go 1.19):
11:20: cannot use "1" (untyped string constant) as int value in argument to strconv.Itoa
12:21: not enough arguments in call to strings.Repeat
	have (string)
	want (string, int)
13:20: cannot use 1 (untyped int constant) as string value in argument to errors.New
15:16: cannot use 1 (untyped int constant) as string value in argument to b.WriteString
16:18: cannot use 1 (untyped int constant) as string value in argument to fmt.Sprintf
*/
