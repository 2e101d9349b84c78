package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{}

func (b *Buf) Read() string { return "" }

func main() {
	var rw ReadWriter = &Buf{}
	_ = rw
}
/* go build (Go 1.19):
15:22: cannot use &Buf{} (value of type *Buf) as type ReadWriter in variable declaration:
	*Buf does not implement ReadWriter (missing Write method)
*/
