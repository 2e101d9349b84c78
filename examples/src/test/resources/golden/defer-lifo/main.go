package main

import "fmt"

func count(who string) {
	defer fmt.Println(who, "deferred 1")
	defer fmt.Println(who, "deferred 2")
	defer fmt.Println(who, "deferred 3")
	fmt.Println(who, "body done")
}

func main() {
	defer fmt.Println("main: first deferred, runs last")
	count("a")
	defer fmt.Println("main: second deferred")
	count("b")
	defer fmt.Println("main: third deferred, runs first")
	fmt.Println("main: end of body")
}
