package main

type Reader interface{ Read() string }

type File struct{}

func (f *File) Read() string { return "" }

func main() {
	var r Reader = &File{}
	_ = r.(File)
	_ = r.(string)
	n := 3
	_ = n.(int)
}
/* go build (Go 1.19):
11:6: impossible type assertion: r.(File)
	File does not implement Reader (Read method has pointer receiver)
12:6: impossible type assertion: r.(string)
	string does not implement Reader (missing Read method)
14:6: invalid operation: n (variable of type int) is not an interface
*/
