package main

type Acc struct{ n int }

func (a *Acc) Add(x, y int) { a.n += x + y }

func main() {
	var a Acc
	a.Add(1)
	a.Add(1, 2, 3)
	a.Add("x", 2)
	f := a.Add
	f(1)
}
/* go build (Go 1.19):
9:8: not enough arguments in call to a.Add
	have (number)
	want (int, int)
10:14: too many arguments in call to a.Add
	have (number, number, number)
	want (int, int)
11:8: cannot use "x" (untyped string constant) as int value in argument to a.Add
13:4: not enough arguments in call to f
	have (number)
	want (int, int)
*/
