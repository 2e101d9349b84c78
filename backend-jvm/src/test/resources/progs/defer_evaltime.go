package main

import "fmt"

type I interface{ M() }

type T struct{ n int }

func (t *T) M() { fmt.Println("M", t.n) }
func (t T) V()  { fmt.Println("V", t.n) }

// Go evaluates i.M at the defer statement: a nil interface panics there.
func nilInterface() {
	defer func() { fmt.Println("nilInterface recovered:", recover()) }()
	var i I
	defer i.M()
	fmt.Println("not reached")
}

// A nil pointer with a value method is dereferenced at the defer statement too.
func nilPointerValueMethod() {
	defer func() { fmt.Println("nilPointerValueMethod recovered:", recover()) }()
	var p *T
	defer p.V()
	fmt.Println("not reached")
}

// A nil pointer with a pointer method is fine until the method uses it.
func nilPointerPointerMethod() {
	defer func() { fmt.Println("nilPointerPointerMethod recovered:", recover() != nil) }()
	var p *T
	defer p.M()
	fmt.Println("reached: the call panics later, inside M")
}

func receivers() {
	t := &T{1}
	var i I = t
	defer i.M()
	defer t.V()
	f := t.V
	defer f()
	t.n = 2
	t = &T{3}
	defer t.M()
}

func main() {
	nilInterface()
	nilPointerValueMethod()
	nilPointerPointerMethod()
	receivers()
}
