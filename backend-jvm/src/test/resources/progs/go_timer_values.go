package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	fmt.Printf("%T %T\n", &mu, &wg)
	var tk time.Ticker
	tk.Stop()
	fmt.Println(tk.C == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var t time.Timer
	t.Stop()
}
