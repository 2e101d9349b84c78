package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("counter back to zero; one more Done")
	wg.Done()
}
