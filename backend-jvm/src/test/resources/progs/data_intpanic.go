package main

type MyInt int

func main() {
	panic(MyInt(42))
}
