package main

import "fmt"

var total = trace("total", first+second)

var first = trace("first", 10)

var second = trace("second", first*2)

var viaFunc = trace("viaFunc", readLate())

var late int = trace("late", 7)

var counter int

var label = "count"

var ratio float64 = 0.5

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func readLate() int {
	return late * 100
}

func bump() {
	counter++
	total += counter
}

func rename(suffix string) {
	label = label + suffix
	ratio = ratio * 3
}

func report() {
	fmt.Println(label, counter, total, ratio)
}

func main() {
	fmt.Println("main starts", first, second, total, viaFunc, late)
	report()
	for i_ := 0; i_ < 3; i_++ {
		bump()
	}
	rename("er")
	report()
	{
		counter := 100
		counter++
		fmt.Println("shadow", counter)
	}
	bump()
	rename("!")
	report()
}
