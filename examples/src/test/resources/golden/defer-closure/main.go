package main

import "fmt"

func main() {
	total := 0
	var log []string
	defer func() {
		fmt.Println("log at exit:", log, "total", total)
	}()
	defer func() {
		log = append(log, "second defer ran")
		total += 100
	}()
	for i_ := 0; i_ < 5; i_++ {
		i := i_
		total += i
		log = append(log, fmt.Sprint("add ", i))
	}
	add := func(n int) {
		defer func() {
			fmt.Println("  add's deferred closure: total is", total)
		}()
		total += n
	}
	add(1000)
	fmt.Println("end of main: total", total, "log length", len(log))
}
