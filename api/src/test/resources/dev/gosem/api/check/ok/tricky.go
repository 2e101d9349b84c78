package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface {
	Sound() string
}

type Walker interface {
	Animal
	Walk(steps int) int
}

type Dog struct{ name string }

func (d Dog) Sound() string       { return d.name + ": woof" }
func (d *Dog) Walk(steps int) int { return steps * 4 }

type Logged struct {
	Animal
	log []string
}

func (l *Logged) Record(s string) { l.log = append(l.log, s) }

type Matrix [2][2]float64

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := range m {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

type IntStack struct{ items []int }

func (s *IntStack) Push(v int) { s.items = append(s.items, v) }
func (s *IntStack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Visitor func(depth int, name string) error

var errStop = errors.New("stop")

func walk(names []string, visit Visitor) error {
	for i, n := range names {
		if err := visit(i, n); err != nil {
			if errors.Is(err, errStop) {
				return nil
			}
			return err
		}
	}
	return nil
}

func main() {
	d := &Dog{"rex"}
	var w Walker = d
	l := Logged{Animal: w}
	l.Record(l.Sound())
	fmt.Println(w.Walk(2), l.log, len(l.log))
	var a Animal = Dog{"fido"}
	if _, ok := a.(Walker); !ok {
		fmt.Println("a Dog value is not a Walker")
	}
	switch x := a.(type) {
	case nil:
		fmt.Println("nil")
	case Walker:
		fmt.Println("walker", x.Walk(1))
	case Dog:
		fmt.Println("dog", x.name)
	}
	id := Matrix{{1, 0}, {0, 1}}
	m := Matrix{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(id) == m, id.Mul(m)[0][1])
	var s IntStack
	for i := 0; i < 3; i++ {
		s.Push(i)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	count := 0
	err := walk([]string{"a", "b", "stop", "c"}, func(depth int, name string) error {
		count++
		if name == "stop" {
			return fmt.Errorf("at %d: %w", depth, errStop)
		}
		return nil
	})
	fmt.Println(count, err)
	groups := map[bool][]string{}
	for _, w := range strings.Fields("go is fun and fast") {
		groups[len(w) > 2] = append(groups[len(w) > 2], w)
	}
	fmt.Println(groups[true], len(groups[false]))
	x := 1
	{
		x := x + 1
		x++
		_ = x
	}
	var ptrs []*int
	for i := 0; i < 2; i++ {
		v := i
		ptrs = append(ptrs, &v)
	}
	fmt.Println(x, *ptrs[0]+*ptrs[1])
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 1}, {"b", 2}}
	total := 0
	for i := range ps {
		ps[i].v *= 10
		total += ps[i].v
	}
	var sb strings.Builder
	sb.WriteByte('[')
	sb.WriteRune('é')
	sb.WriteString(fmt.Sprint(total))
	fmt.Println(sb.String())
}
