package main

func none() {
	return 1
}

func one() int {
	return
}

func two() (int, string) {
	return 1
}

func named() (n int, err error) {
	{
		n := 2
		_ = n
		return
	}
}

func main() {}
/* go build (Go 1.19):
4:9: too many return values
	have (number)
	want ()
8:2: not enough return values
	have ()
	want (int)
12:9: not enough return values
	have (number)
	want (int, string)
19:3: result parameter n not in scope at return
	main.go:17:3: inner declaration of var n int
*/
