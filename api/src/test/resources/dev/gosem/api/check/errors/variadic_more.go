package main

import "fmt"

func sum(xs ...int) int { return len(xs) }

func main() {
	_ = sum(nil...)
	_ = sum([]int{1}...)
	var s []int
	_ = sum(1, s)
	fmt.Println(s...)
	args := []interface{}{1}
	fmt.Println(args...)
}
/* go build (Go 1.19):
11:13: cannot use s (variable of type []int) as type int in argument to sum
12:14: cannot use s (variable of type []int) as type []any in argument to fmt.Println
*/
