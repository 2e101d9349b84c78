// panic(nil) is a nil panic up to Go 1.20, a *runtime.PanicNilError from 1.21:
// gosem:version go1.19
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered panic(nil):", r, r == nil)
		}()
		panic(nil)
	}()
	defer fmt.Println("deferred")
	panic(nil)
}
