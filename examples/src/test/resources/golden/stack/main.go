package main

import "fmt"

type Stack []rune

func (s *Stack) Push(r rune) {
	*s = append(*s, r)
}

func (s *Stack) Pop() (rune, bool) {
	if len(*s) == 0 {
		return 0, false
	}
	top := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return top, true
}

func (s Stack) Peek() rune {
	if len(s) == 0 {
		return 0
	}
	return s[len(s)-1]
}

type Queue []int

func (q *Queue) Put(v ...int) {
	*q = append(*q, v...)
}

func (q *Queue) Take() int {
	v := (*q)[0]
	*q = (*q)[1:]
	return v
}

func (q Queue) Empty() bool {
	return len(q) == 0
}

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{', '>': '<'}

func balanced(text string) (bool, string) {
	var s Stack
	for i, r := range text {
		switch r {
		case '(', '[', '{', '<':
			s.Push(r)
		case ')', ']', '}', '>':
			top, ok := s.Pop()
			if !ok {
				return false, fmt.Sprintf("unexpected %q at %d", r, i)
			}
			if top != pairs[r] {
				return false, fmt.Sprintf("%q at %d closes %q", r, i, top)
			}
		}
	}
	if len(s) > 0 {
		return false, fmt.Sprintf("%d unclosed, innermost %q", len(s), s.Peek())
	}
	return true, "ok"
}

func main() {
	var s Stack
	for _, r := range "abc" {
		s.Push(r)
	}
	fmt.Println(s, len(s), string(s), string(s.Peek()))
	for {
		r, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Printf("pop %c, left %q\n", r, string(s))
	}
	r, ok := s.Pop()
	fmt.Println("empty pop:", r, ok, s.Peek(), s == nil)
	for _, t := range []string{"(a[b]{c})", "f(x) = [g(y), {h}]", "((", "(]", "a)b", "<{[()]}>", "", "{[}]"} {
		ok, msg := balanced(t)
		fmt.Printf("%-22q %-5t %s\n", t, ok, msg)
	}
	var history Stack
	text := ""
	for _, r := range "hello" {
		history.Push(r)
		text += string(r)
	}
	for i_ := 0; i_ < 2; i_++ {
		history.Pop()
		text = string(history)
		fmt.Println("undo ->", text)
	}
	children := map[int][]int{1: []int{2, 3, 4}, 2: []int{5, 6}, 4: []int{7}, 6: []int{8, 9}}
	var q Queue
	q.Put(1)
	var order []int
	for !q.Empty() {
		n := q.Take()
		order = append(order, n)
		q.Put(children[n]...)
		fmt.Println("visit", n, "queue", q, len(q), cap(q))
	}
	fmt.Println("breadth first:", order, 'x')
}
