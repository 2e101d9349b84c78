package main

import "fmt"

func helper() any {
	return recover()
}

func catch() {
	fmt.Println("  catch, deferred directly: recover() =", recover())
}

type Catcher struct {
	name string
}

func (c *Catcher) Catch() {
	fmt.Println("  method", c.name, "deferred directly: recover() =", recover())
}

func guard(name string, g func()) {
	defer func() {
		fmt.Println("  guard after", name, ": recover() =", recover())
	}()
	fmt.Println(name)
	g()
	fmt.Println("  returned normally from", name)
}

func deferRecover() {
	defer recover()
	panic("panic under defer recover()")
}

func viaHelper() {
	defer func() {
		fmt.Println("  helper's recover() =", helper())
	}()
	panic("panic under a helper")
}

func viaClosure() {
	defer func() {
		func() {
			fmt.Println("  nested closure's recover() =", recover())
		}()
	}()
	panic("panic under a nested closure")
}

func named() {
	defer catch()
	panic("panic under a named function")
}

func method() {
	c := &Catcher{"c1"}
	defer c.Catch()
	panic("panic under a method")
}

func main() {
	guard("deferRecover", deferRecover)
	guard("viaHelper", viaHelper)
	guard("viaClosure", viaClosure)
	guard("named", named)
	guard("method", method)
}
