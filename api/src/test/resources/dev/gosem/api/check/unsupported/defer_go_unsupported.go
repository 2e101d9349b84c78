package main

func work() {}

func main() {
	defer work()
	go work()
}

/* gosem:
6:2: unsupported: defer
7:2: unsupported: go statement
*/
