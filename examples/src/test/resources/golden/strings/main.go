package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	n_ := n
	for i_ := n_ - n_; i_ < n_; i_++ {
		out += s
	}
	return out
}

func count(s string, c uint8) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func digits(n int) string {
	if n == 0 {
		return "zero"
	}
	out := ""
	for n > 0 {
		d := n % 10
		word := "nine"
		if d == 0 {
			word = "zero"
		} else if d == 1 {
			word = "one"
		} else if d == 2 {
			word = "two"
		} else if d < 9 {
			word = "some"
		}
		if out != "" {
			out = "-" + out
		}
		out = word + out
		n /= 10
	}
	return out
}

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s = s + "ab"
		fmt.Println(s, len(s))
	}
	r := repeat("go", 4)
	fmt.Println(r, len(r), repeat("x", 0) == "", len(repeat("", 3)))
	a := "apple"
	bn := "banana"
	fmt.Println("compare", a == bn, a != bn, a < bn, a > bn, a <= "apple", a >= "apples")
	fmt.Println("compare", "" < "a", "abc" < "abd", "ab" < "abc", "Z" < "a", a+"s" > a)
	part := "app"
	fmt.Println("runtime concat equal", part+"le" == a, part+"le" < a)
	fmt.Println("index", a[0], a[len(a)-1], bn[1] == 'a', 'a', a[0]-bn[0])
	h := "héllo, 世界"
	fmt.Println("utf8", h, len(h), h[1], h[2], h[len(h)-1], len("é"))
	fmt.Println("count", count(bn, 'a'), count(h, 'l'), count("", 'x'))
	fmt.Println(digits(2021), digits(0), digits(10))
	fmt.Print(a, bn, "\n")
	fmt.Print(1, 2, "x", 3, 4, a, 5, "\n")
	fmt.Print("len ", len(a), len(bn), "\n")
	println(s, r, "", a < bn, h)
	print(a, bn, "\n")
}
