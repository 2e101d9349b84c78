package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left  *Tree
	Right *Tree
	Key   int
	Count int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func (t *Tree) Walk(visit func(int, int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key, t.Count)
	t.Right.Walk(visit)
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = remove(t.Left, k)
	case k > t.Key:
		t.Right = remove(t.Right, k)
	case t.Left == nil:
		return t.Right
	case t.Right == nil:
		return t.Left
	default:
		m := t.Right.Min()
		t.Key = m
		t.Right = remove(t.Right, m)
	}
	return t
}

func show(t *Tree, depth int) {
	if t == nil {
		return
	}
	show(t.Right, depth+1)
	fmt.Printf("%s%d\n", strings.Repeat("    ", depth), t.Key)
	show(t.Left, depth+1)
}

func keys(t *Tree) []int {
	var out []int
	t.Walk(func(k int, _ int) {
		out = append(out, k)
	})
	return out
}

func main() {
	var root *Tree
	fmt.Println("empty:", root.Height(), root.Contains(1), keys(root), keys(root) == nil)
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 70, 70} {
		root = insert(root, k)
	}
	show(root, 0)
	fmt.Println("keys", keys(root), "height", root.Height(), "min", root.Min())
	total := 0
	var dups []int
	root.Walk(func(k int, c int) {
		total += c
		if c > 1 {
			dups = append(dups, k)
		}
	})
	fmt.Println("inserted", total, "keys, repeated:", dups)
	for _, k := range []int{45, 55, 20, 90} {
		fmt.Printf("contains(%d) = %t\n", k, root.Contains(k))
	}
	for _, k := range []int{20, 30, 50, 99} {
		root = remove(root, k)
		fmt.Println("after removing", k, keys(root), "height", root.Height())
	}
	show(root, 0)
	var seq *Tree
	for i_ := 0; i_ < 10; i_++ {
		i := i_
		seq = insert(seq, i)
	}
	seed := 7
	var rnd *Tree
	for i_1 := 0; i_1 < 10; i_1++ {
		seed = (seed*31 + 11) % 101
		rnd = insert(rnd, seed)
	}
	fmt.Println("sorted input height", seq.Height(), "shuffled input height", rnd.Height(), keys(rnd))
}
