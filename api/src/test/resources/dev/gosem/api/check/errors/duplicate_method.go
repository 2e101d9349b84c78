package main

type T struct{ name string }

func (t T) Get() int   { return 1 }
func (t *T) Get() int  { return 2 }
func (t T) name() bool { return true }

func main() {
	_ = T{}
}
/* go build (Go 1.19):
6:13: T.Get redeclared in this block
	main.go:5:12: other declaration of Get
7:12: field and method with the same name name
	main.go:3:16: other declaration of name
*/
