package main

import (
	"fmt"
	"strings"
	"sync"
)

func locked(m sync.Mutex) bool {
	return !m.TryLock()
}

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu2 := mu
	mu2.Unlock()
	fmt.Println("copy was locked; original still locked:", locked(mu), "copy now:", locked(mu2))
	mu = mu2
	fmt.Println("after assigning the unlocked copy:", locked(mu))
	arr := [2]sync.Mutex{}
	arr[0].Lock()
	arr2 := arr
	fmt.Println("array copy:", !arr2[0].TryLock(), arr2[1].TryLock())

	var b strings.Builder
	b.WriteString("hello")
	c := b
	fmt.Println(c.String(), c.Len())
	var z strings.Builder
	z2 := z
	z2.WriteString("zero copies are fine")
	fmt.Println(z2.String())
	b.Reset()
	b.WriteString("reset")
	fmt.Println(b.String())
	c.Reset()
	c.WriteString("a reset copy is fine too")
	fmt.Println(c.String())
	d := b
	defer func() { fmt.Println("recovered:", recover()) }()
	d.Grow(8)
}
