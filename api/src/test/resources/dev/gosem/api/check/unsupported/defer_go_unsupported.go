package main

func work() {}

func main() {
	defer work()
	go work()
}

/* gosem:
7:2: unsupported: go statement
*/
