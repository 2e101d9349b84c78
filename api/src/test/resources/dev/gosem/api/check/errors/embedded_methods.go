package main

type Logger struct{ prefix string }

func (l *Logger) Log(s string) {}

type Service struct {
	Logger
	name string
}

type Loggable interface{ Log(string) }

func main() {
	var s Service
	s.Log("x")
	var l Loggable = s
	var lp Loggable = &s
	_, _ = l, lp
}
/* go build (Go 1.19):
17:19: cannot use s (variable of type Service) as type Loggable in variable declaration:
	Service does not implement Loggable (Log method has pointer receiver)
*/
