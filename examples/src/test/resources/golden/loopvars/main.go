package main

import "fmt"

func main() {
	var ranged []func() string
	var copied []func() string
	for _, w := range []string{"a", "b", "c"} {
		ranged = append(ranged, func() string {
			return w
		})
		w := w
		copied = append(copied, func() string {
			return w
		})
	}
	for _, g := range ranged {
		fmt.Print(g(), " ")
	}
	for _, g := range copied {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var counted []func() int
	for i := 0; i < 3; i++ {
		counted = append(counted, func() int {
			return i
		})
	}
	for _, g := range counted {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for _, v := range []int{10, 20, 30} {
		ptrs = append(ptrs, &v)
	}
	fmt.Println(ptrs[0] == ptrs[2], *ptrs[0], *ptrs[1], *ptrs[2])
}
