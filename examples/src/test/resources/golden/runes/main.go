package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	s := "héllo, 世界! 🎉"
	fmt.Println(s, "bytes:", len(s), "runes:", runeCount(s), len([]rune(s)))
	prev := -1
	for i, r := range s {
		if prev >= 0 {
			fmt.Printf(" (%d bytes)\n", i-prev)
		}
		fmt.Printf("%2d %c %U %6d %#x %q", i, r, r, r, r, r)
		prev = i
	}
	fmt.Printf(" (%d bytes)\n", len(s)-prev)
	runes := []rune(s)
	fmt.Println(runes[:5], string(runes[7:9]), string(runes[1]), runes[len(runes)-1])
	fmt.Println(reverse(s), reverse("abc"), reverse(""), reverse(reverse(s)) == s)
	fmt.Printf("%q %+q %x % x\n", "世界", "世界", "世界", "世界")
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println(len(bad), runeCount(bad), len([]rune(bad)))
	fmt.Printf("%q %v\n", string([]rune(bad)), []byte(string([]rune(bad))))
	fmt.Printf("%q %q %q\n", string('\U0010ffff'), string(rune(-1)), string(rune(55296)))
	r := 'A'
	fmt.Println(r, r+2, string(r+2), 'z'-r, '\n', '\'', '\\')
	fmt.Printf("%c%c%c %T %T\n", r, 'é', '😀', r, s[0])
	secret := ""
	for _, c := range "Hello, Gopher! Ünïcödé stays." {
		secret += string(rot13(c))
	}
	fmt.Println(secret)
	plain := ""
	for _, c := range secret {
		plain += string(rot13(c))
	}
	fmt.Println(plain)
	var letters []rune
	for c := 'α'; c <= 'ω'; c += 3 {
		letters = append(letters, c)
	}
	fmt.Println(string(letters), len(string(letters)), len(letters))
	fmt.Printf("%c|%5c|%-5c|%U|%#U\n", 'x', 'y', 'z', '⌘', '⌘')
}
