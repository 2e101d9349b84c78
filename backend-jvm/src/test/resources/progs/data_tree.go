package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}


type List struct {
	head *elem
	size int
}

type elem struct {
	v    string
	next *elem
}

func (l *List) Push(s string) {
	l.head = &elem{s, l.head}
	l.size++
}

func (l *List) String() string {
	var parts []string
	for e := l.head; e != nil; e = e.next {
		parts = append(parts, e.v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Matrix [3][3]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)
	l := &List{}
	l.Push("a")
	l.Push("b")
	fmt.Println(l, l.size)
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(m.Mul(id) == m, m.Mul(m))
	words := byLen{"ccc", "a", "bb"}
	words.Swap(0, 1)
	fmt.Println(words)
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].v < ps[j].v })
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps[0])
}
