package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.next.Len()
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	for p := list; p != nil; p = p.next {
		fmt.Println(p.val, p.next == nil)
	}
	tail := list.next.next.next
	fmt.Println("lengths:", list.Len(), tail.Len(), tail == nil)
	fmt.Println("the value after the tail:", tail.val)
	fmt.Println("unreachable")
}
