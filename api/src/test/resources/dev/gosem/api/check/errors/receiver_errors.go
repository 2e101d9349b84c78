package main

type P *int
type I interface{ M() }

func (i int) Double() int { return i * 2 }
func (p P) Get() int      { return 0 }
func (x I) N()            {}
func (u Undefined) M()    {}

func main() {}
/* go build (Go 1.19):
6:7: cannot define new methods on non-local type int
7:7: invalid receiver type P (pointer or interface type)
8:7: invalid receiver type I (pointer or interface type)
9:9: undefined: Undefined
*/
