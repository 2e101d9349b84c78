package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[:2], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), string(r[1]), string(r[7:]))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45), strconv.Quote("a\"b"), strconv.FormatInt(255, 16))
	v, err := strconv.ParseInt("-101", 2, 64)
	fmt.Println(v, err)
	fmt.Println(strings.Index("chicken", "ken"), strings.HasPrefix("go", "g"), strings.Replace("aaa", "a", "b", 2), strings.TrimSpace("  x "))
	x := 'a'
	fmt.Println(x, string(x+1))
	var by byte = 200
	fmt.Println(by, by+100)
	fmt.Printf("%c %U %x %X %o %b %q %5d|%-5d|%05.2f\n", 'G', 'G', 255, 255, 8, 5, 'x', 42, 42, 3.14159)
	fmt.Printf("%s %10s %-10s| %t %v %e %g\n", "s", "right", "left", true, nil, 1234.5678, 0.000001)
	words := strings.Fields("the quick brown fox the lazy dog the end")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println(freq)
	fmt.Println(fmt.Sprintln("a", 1), fmt.Sprint("a", 1, 2, "b"))
	e := fmt.Errorf("wrap: %w", fmt.Errorf("inner"))
	fmt.Println(e)
	fmt.Printf("%v|%d|%s\n", []string{"a"}, []int{1, 2}, []byte("hi"))
	fmt.Printf("%#v %#v\n", []int{1}, map[string]int{"a": 1})
}
