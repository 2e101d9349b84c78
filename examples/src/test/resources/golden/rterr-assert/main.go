package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name + ": no panic")
			return
		}
		err, isErr := r.(error)
		fmt.Printf("%s: %v\n", name, r)
		if isErr {
			fmt.Printf("  an error; Error(): %q\n", err.Error())
		}
	}()
	f()
}

type Stringer interface {
	String() string
}

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string {
	return fmt.Sprint("code ", e.Code)
}

type Celsius float64

func main() {
	var x any = "text"
	var c any = Celsius(21.5)
	try("string as int", func() {
		fmt.Println(x.(int))
	})
	try("Celsius as float64", func() {
		fmt.Println(c.(float64))
	})
	try("missing method", func() {
		fmt.Println(x.(Stringer))
	})
	try("nil interface", func() {
		var n any
		fmt.Println(n.(string))
	})
	try("error as *MyErr", func() {
		var e error = errors.New("plain")
		fmt.Println(e.(*MyErr))
	})
	try("nil error as *MyErr", func() {
		var e error
		fmt.Println(e.(*MyErr))
	})
	try("comma-ok does not panic", func() {
		v, ok := x.(int)
		fmt.Println("  v, ok =", v, ok)
	})
}
