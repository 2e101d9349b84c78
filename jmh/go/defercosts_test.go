// Package defercosts is Go's side of gosem's DeferCosts JMH benchmark (jmh/src/main/java/dev/
// gosem/jmh/DeferCosts.java): the same functions, measured with go test -bench on the same
// machine. Go chooses a defer's strategy itself; the shapes below select each one, as
// `go test -gcflags=-d=defer` reports:
//
//	oneOpen:  one defer, one return          -> open-coded
//	oneStack: one defer, sixteen returns     -> stack-allocated (defers x returns > 15)
//	oneHeap:  one defer in a one-trip loop   -> heap-allocated (a defer in a loop)
//
// Run: cd jmh/go && go test -bench . -benchmem -count 5
package defercosts

import "testing"

var sink int

//go:noinline
func bump() { sink++ }

//go:noinline
func none(x int) int {
	bump()
	return x + 1
}

//go:noinline
func oneOpen(x int) int {
	defer bump()
	return x + 1
}

//go:noinline
func oneStack(x int) int {
	defer bump()
	switch x & 15 {
	case 0:
		return x + 1
	case 1:
		return x + 1
	case 2:
		return x + 1
	case 3:
		return x + 1
	case 4:
		return x + 1
	case 5:
		return x + 1
	case 6:
		return x + 1
	case 7:
		return x + 1
	case 8:
		return x + 1
	case 9:
		return x + 1
	case 10:
		return x + 1
	case 11:
		return x + 1
	case 12:
		return x + 1
	case 13:
		return x + 1
	case 14:
		return x + 1
	}
	return x + 1
}

//go:noinline
func oneHeap(x int) int {
	for i := 0; i < 1; i++ {
		defer bump()
	}
	return x + 1
}

//go:noinline
func twoOpen(x int) int {
	if x&1 == 0 {
		defer bump()
	}
	if x&2 == 0 {
		defer bump()
	}
	return x + 1
}

//go:noinline
func loop(x int) int {
	for i := 0; i < 4; i++ {
		defer bump()
	}
	return x + 1
}

//go:noinline
func recovers(x int) (r int) {
	defer func() {
		if recover() != nil {
			r = -x
		}
	}()
	panic("boom")
}

var result int

func BenchmarkNoDefer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = none(i)
	}
}

func BenchmarkOneDeferOpen(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = oneOpen(i)
	}
}

func BenchmarkOneDeferStack(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = oneStack(i)
	}
}

func BenchmarkOneDeferHeap(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = oneHeap(i)
	}
}

func BenchmarkTwoCondDefersOpen(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = twoOpen(i)
	}
}

func BenchmarkLoopOf4DefersHeap(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = loop(i)
	}
}

func BenchmarkPanicRecover(b *testing.B) {
	for i := 0; i < b.N; i++ {
		result = recovers(i)
	}
}
