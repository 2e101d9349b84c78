package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	f := Counter.Inc
	g := (*Counter).Get
	h := Counter.Nope
	Counter{}.Inc()
	_, _, _ = f, g, h
}
/* go build (Go 1.19):
9:15: cannot call pointer method Inc on Counter
11:15: Counter.Nope undefined (type Counter has no field or method Nope)
12:12: cannot call pointer method Inc on Counter
*/
