package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), []rune(s)[1], string([]rune(s)[7:]), s[1:3] == "é")
	for i, r := range "aé世" {
		fmt.Println(i, r, string(r))
	}
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteString(",")
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Split("a,b,c", ","), strings.Join([]string{"x", "y"}, "-"))
	fmt.Println(strings.ToUpper("gopher"), strings.Repeat("ab", 3), strings.Contains("seafood", "foo"))
	fmt.Println(strings.Fields("  a b   c "), strings.TrimSpace("  t  "), strings.Index("chicken", "ken"))
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	n, err = strconv.Atoi("123")
	fmt.Println(n+1, err)
	fmt.Println(strconv.Quote("hi\n"), strconv.FormatInt(255, 16))
	fmt.Printf("%5d|%-5s|%05.2f|%x|%q|%T\n", 42, "ab", 3.14159, "hi", 'x', s)
}
