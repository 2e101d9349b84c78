package main

import "fmt"

func check(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("rejected: ", r)
		}
	}()
	if n%3 == 0 {
		panic(fmt.Sprintf("%d is a multiple of 3", n))
	}
	if n%5 == 0 {
		panic(n)
	}
	return fmt.Sprint("accepted ", n)
}

func main() {
	rejected := 0
	for i := 1; i <= 10; i++ {
		m := check(i)
		if m[0] == 'r' {
			rejected++
		}
		fmt.Println(m)
	}
	fmt.Println(rejected, "rejected")
}
