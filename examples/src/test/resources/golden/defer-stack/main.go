package main

import "fmt"

func nine(tag string) {
	defer fmt.Println(tag, "deferred", 1)
	defer fmt.Println(tag, "deferred", 2)
	defer fmt.Println(tag, "deferred", 3)
	defer fmt.Println(tag, "deferred", 4)
	defer fmt.Println(tag, "deferred", 5)
	defer fmt.Println(tag, "deferred", 6)
	defer fmt.Println(tag, "deferred", 7)
	defer fmt.Println(tag, "deferred", 8)
	defer fmt.Println(tag, "deferred", 9)
	fmt.Println(tag, "body")
}

func main() {
	nine("first call")
	nine("second call")
}
