package main

import "fmt"

type I interface{ M() int }

func main() {
	var i I
	if len(fmt.Sprint(1)) > 5 {
		i = nil
	}
	fmt.Println(i.M())
}
