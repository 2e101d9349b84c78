package main

import "fmt"

func hello(s string) {
	fmt.Println("hello", s)
}

func bye(s string) {
	fmt.Println("bye", s)
}

func pick(name string) func(string) {
	fmt.Println("pick", name, "(evaluated at the defer)")
	if name == "hello" {
		return hello
	}
	return bye
}

func arg(s string) string {
	fmt.Println("arg", s, "(evaluated at the defer)")
	return s
}

func main() {
	g := hello
	defer g("world")
	g = bye
	defer pick("bye")(arg("moon"))
	defer pick("hello")(arg("sun"))
	fmt.Println("end of main")
}
