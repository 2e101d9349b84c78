package main

import "fmt"

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func checksum(s string) byte {
	var sum byte
	n_ := len(s)
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		sum = sum*31 + s[i]
	}
	return sum
}

func main() {
	s := "Hello, Gophers"
	fmt.Println(len(s), s[0], s[7], string(s[0]), s[7:10], s[:5], s[12:])
	fmt.Printf("%c %c %v %T\n", s[0], s[len(s)-1], s[1], s[1])
	bs := []byte(s)
	bs[0] = 'J'
	fmt.Println(s, string(bs), len(bs), bs[:5])
	fmt.Println(upper(s), upper("mixed Case 123 é"), s)
	fmt.Printf("%x\n% x\n%X\n%q\n", "Go!", "Go!", []byte("Go!"), []byte("Go!"))
	raw := []byte("é\t\"x\"\n")
	fmt.Println(raw, len(raw))
	fmt.Printf("%s|%q|%x|%q\n", raw, raw, raw, string(raw[0:1]))
	out := make([]byte, 0, 16)
	for i_ := 0; i_ < 10; i_++ {
		i := i_
		out = append(out, byte('0'+i))
	}
	out = append(out, '-', 'x')
	out = append(out, "yz"...)
	fmt.Println(string(out), len(out), cap(out))
	for _, w := range []string{"racecar", "gopher", "", "a", "abba", "abca"} {
		fmt.Printf("%-8q palindrome=%-5t checksum=%3d\n", w, isPalindrome(w), checksum(w))
	}
	var counts [256]int
	text := "the quick brown fox jumps over the lazy dog"
	n_ := len(text)
	for i_1 := n_ - n_; i_1 < n_; i_1++ {
		i := i_1
		counts[text[i]]++
	}
	for _, c := range []byte{'o', 'e', 'u', ' ', 'z', 'Q'} {
		fmt.Printf("%q:%d ", c, counts[c])
	}
	fmt.Println()
	cmp := []string{"a", "B", "ab", "", "é", "e"}
	for _, x := range cmp {
		for _, y := range cmp {
			if x < y {
				fmt.Printf("%q<%q ", x, y)
			}
		}
	}
	fmt.Println()
	joined := s[:5] + " " + s[7:]
	fmt.Println(joined, joined == "Hello Gophers", len(joined), s[3:3] == "")
}
