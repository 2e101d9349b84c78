package main

import "fmt"

func main() {
	var g func()
	defer fmt.Println("deferred first: still runs during the panic")
	defer g()
	fmt.Println("end of main")
}
