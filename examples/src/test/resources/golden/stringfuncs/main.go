package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "go gopher, go!"
	fmt.Println("Contains", strings.Contains(text, "gopher"), strings.Contains(text, "Gopher"), strings.Contains(text, ""), strings.Contains("", ""))
	fmt.Println("HasPrefix", strings.HasPrefix(text, "go "), strings.HasPrefix(text, "gopher"), strings.HasPrefix(text, ""), strings.HasPrefix("go", "go!"))
	fmt.Println("HasSuffix", strings.HasSuffix(text, "go!"), strings.HasSuffix(text, "!!"), strings.HasSuffix("", ""))
	fmt.Println("Index", strings.Index(text, "go"), strings.Index(text, "pher"), strings.Index(text, "cat"), strings.Index(text, ""), strings.Index("héllo", "l"), strings.Index("", "a"))
	for _, in := range []string{"a,b,c", ",a,,b,", "", "abc", ","} {
		parts := strings.Split(in, ",")
		fmt.Printf("Split(%q, \",\") = %q len %d\n", in, parts, len(parts))
	}
	fmt.Printf("%q\n", strings.Split("añb", ""))
	fmt.Printf("%q\n", strings.Split("a--b----c", "--"))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("Join %q %q %q %q\n", strings.Join([]string{"x", "y", "z"}, ", "), strings.Join([]string{"solo"}, "-"), strings.Join(nil, "-"), strings.Join([]string{"", ""}, "+"))
	fmt.Printf("Repeat %q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("x", 0), strings.Repeat("", 5))
	line := "oink oink oink"
	fmt.Printf("Replace %q\n", strings.Replace(line, "k", "ky", 2))
	fmt.Printf("Replace %q\n", strings.Replace(line, "oink", "moo", -1))
	fmt.Printf("Replace %q\n", strings.Replace(line, "", "|", 3))
	fmt.Printf("Replace %q\n", strings.Replace("héllo", "", "_", -1))
	fmt.Printf("ReplaceAll %q %q\n", strings.ReplaceAll(line, "o", "0"), strings.ReplaceAll("aaaa", "aa", "b"))
	for _, w := range []string{"Hello, World", "straße", "ÉCOLE ǅ", "ﬀ İstanbul", "123 _-+"} {
		fmt.Printf("%-14q upper %-16q lower %q\n", w, strings.ToUpper(w), strings.ToLower(w))
	}
	messy := "  \t one  two\nthree four five \r\n "
	fmt.Printf("Fields %q\n", strings.Fields(messy))
	fmt.Printf("Fields %q %d\n", strings.Fields("   "), len(strings.Fields("")))
	fmt.Printf("TrimSpace %q %q %q\n", strings.TrimSpace(messy), strings.TrimSpace(" \t\n "), strings.TrimSpace("x"))
	csv := "name=ann; age=31 ;city = Oslo;;"
	for _, pair := range strings.Split(csv, ";") {
		p := strings.TrimSpace(pair)
		if p == "" {
			continue
		}
		i := strings.Index(p, "=")
		fmt.Printf("key=%q value=%q\n", strings.TrimSpace(p[:i]), strings.TrimSpace(p[i+1:]))
	}
	title := strings.Join(strings.Fields(strings.ToLower("  THE quick   BROWN fox ")), "_")
	fmt.Println(title, strings.ToUpper(title), strings.Contains(title, "quick_brown"), strings.Index(title, "_fox"))
}
