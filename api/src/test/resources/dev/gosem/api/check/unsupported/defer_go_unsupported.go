package main

func work() {}

func main() {
	defer work()
}

/* gosem:
6:2: unsupported: defer
*/
