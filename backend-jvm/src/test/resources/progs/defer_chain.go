package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

type Point struct{ X, Y int }

type MyErr struct{ op string }

func (e *MyErr) Error() string { return "myerr: " + e.op }

func show(label string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", label, r, r)
	}()
	f()
}

// repanic recovers, then panics again with a new value: the report would show both.
func repanic() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

func chainRecovered() (out string) {
	defer func() { out = fmt.Sprint("finally recovered: ", recover()) }()
	defer func() { panic("third") }()
	defer func() { panic("second") }()
	panic("first")
}

func recoverTwice() {
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("second recover:", recover())
	}()
	panic("once")
}

func notPanicking() {
	defer func() { fmt.Println("no panic, recover gives:", recover()) }()
}

func deferredCallsRecoverFn() {
	// recover called directly by the deferred function (recover itself deferred does not count)
	defer func() { fmt.Println("after defer recover():", recover()) }()
	defer recover()
	panic("not stopped by defer recover()")
}

func panicInDeferAfterReturn() (n int) {
	defer func() {
		if r := recover(); r != nil {
			n = -1
		}
	}()
	defer func() { panic("late") }()
	return 10
}

func level3() { panic(Point{1, 2}) }
func level2() { defer fmt.Println("level2 defer"); level3() }
func level1() (p Point) {
	defer func() {
		if r := recover(); r != nil {
			p = r.(Point)
			p.X *= 10
		}
	}()
	level2()
	return Point{}
}

func main() {
	show("string", func() { panic("s") })
	show("int", func() { panic(42) })
	show("named int", func() { panic(Code(7)) })
	show("stringer", func() { panic(Celsius(21.5)) })
	show("error", func() { panic(&MyErr{"read"}) })
	show("struct", func() { panic(Point{3, 4}) })
	show("repanic", repanic)
	fmt.Println(chainRecovered())
	recoverTwice()
	notPanicking()
	deferredCallsRecoverFn()
	fmt.Println(panicInDeferAfterReturn())
	fmt.Println(level1())
	defer func() {
		r := recover()
		fmt.Println("main recovered", r, "and panics again")
		defer func() { panic("from a nested defer") }()
		panic(fmt.Sprint(r, " (re-raised)"))
	}()
	panic(Code(3))
}
