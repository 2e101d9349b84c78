package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) Push(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	n := l.head
	for n != nil {
		next := n.Next
		n.Next = prev
		prev = n
		n = next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Middle() int {
	slow, fast := l.head, l.head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow.Val
}

func (l *List) String() string {
	var parts []string
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, strconv.Itoa(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "] size " + strconv.Itoa(l.size)
}

func hasCycle(head *Node) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	l := &List{}
	fmt.Println(l)
	for i_ := 0; i_ < 5; i_++ {
		i := i_
		l.Push(i)
	}
	fmt.Println(l)
	for _, v := range []int{10, 20, 30} {
		l.Append(v)
	}
	fmt.Println(l, "middle", l.Middle())
	l.Reverse()
	fmt.Println("reversed", l)
	for _, v := range []int{30, 0, 2, 99, 4, 10} {
		fmt.Println("remove", v, l.Remove(v), l)
	}
	fmt.Println("middle", l.Middle(), "cycle", hasCycle(l.head))
	var empty List
	empty.Reverse()
	fmt.Println(&empty, empty.Remove(1))
	last := l.head
	for last.Next != nil {
		last = last.Next
	}
	last.Next = l.head
	fmt.Println("after linking the tail to the head, cycle:", hasCycle(l.head), last.Next.Val)
	single := &Node{Val: 7}
	fmt.Println(*single, single.Next == nil, hasCycle(single), hasCycle(nil))
}
