package main

import "fmt"

func countdown(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("deferred in iteration", i)
	}
	fmt.Println("loop over,", n, "calls deferred")
}

func shared() {
	for i := 0; i < 3; i++ {
		defer func() {
			fmt.Println("closure sees the loop variable at exit:", i)
		}()
	}
}

func words() {
	for _, w := range []string{"alpha", "beta", "gamma"} {
		defer fmt.Print(w, " ")
	}
	fmt.Print("reversed: ")
}

func main() {
	countdown(4)
	countdown(0)
	shared()
	words()
	fmt.Println()
}
