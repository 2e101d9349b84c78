package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Println(name + ": no panic")
			return
		}
		err, isErr := r.(error)
		fmt.Printf("%s: %v\n", name, r)
		if isErr {
			fmt.Printf("  an error; Error(): %q\n", err.Error())
		}
	}()
	f()
}

func main() {
	s := make([]int, 3)
	str := "hello"
	one := 1
	two := 2
	four := 4
	nine := 9
	try("s[1:9]", func() {
		fmt.Println(s[one:nine])
	})
	try("s[4:]", func() {
		fmt.Println(s[four:])
	})
	try("s[2:1]", func() {
		fmt.Println(s[two:one])
	})
	try("s[-1:]", func() {
		m := -1
		fmt.Println(s[m:])
	})
	try("str[:9]", func() {
		fmt.Println(str[:nine])
	})
	try("str[4:2]", func() {
		fmt.Println(str[four:two])
	})
	try("s[0:1:9]", func() {
		fmt.Println(s[0:one:nine])
	})
	try("s[0:4:2]", func() {
		fmt.Println(s[0:four:two])
	})
	try("s[2:1:3]", func() {
		fmt.Println(s[two:one:3])
	})
	try("s[:3] of len 1", func() {
		t := s[:one]
		fmt.Println("  extends to capacity:", t[:3], len(t[one:]))
	})
}
