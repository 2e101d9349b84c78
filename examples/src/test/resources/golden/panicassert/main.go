package main

import "fmt"

func main() {
	var x any = "hello"
	s := x.(string)
	n, ok := x.(int)
	fmt.Println(s, len(s), n, ok)
	vals := []any{1, "two", 3.0}
	for _, v := range vals {
		i, isInt := v.(int)
		fmt.Println(v, i, isInt)
	}
	fmt.Println(vals[0].(int) + 1)
	fmt.Println(vals[1].(int))
	fmt.Println("unreachable")
}
