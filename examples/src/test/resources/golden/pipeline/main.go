package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func odd(in <-chan int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	total := 0
	for v := range odd(square(gen(10))) {
		fmt.Println("odd square", v)
		total += v
	}
	fmt.Println("total", total)
	stages := gen(5)
	for i := 0; i < 3; i++ {
		stages = square(stages)
	}
	for v := range stages {
		fmt.Println("x^8:", v)
	}
}
