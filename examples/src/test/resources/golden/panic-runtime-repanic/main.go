package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("while dividing: %v", r))
		}
	}()
	zero := 0
	fmt.Println(1 / zero)
}
