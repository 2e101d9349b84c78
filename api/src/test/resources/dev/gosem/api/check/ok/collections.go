package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Grid [3][3]int

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	p := &a
	for i, v := range p {
		p[i] = v + 1
	}
	s := a[1:4]
	s = append(s, 10, 11)
	s = append(s, []int{12, 13}...)
	t := s[1:3:4]
	fmt.Println(len(s), cap(t), sum(s...), sum(), sum(1, 2))
	var nilSlice []string
	if nilSlice == nil {
		nilSlice = append(nilSlice, "x")
	}
	bs := []byte("héllo")
	bs = append(bs, " world"...)
	rs := []rune(string(bs))
	n := copy(bs, "HE")
	fmt.Println(string(bs), len(rs), n, string(rune(0x263A)), string(rs[1]))
	for i, c := range "héllo" {
		fmt.Println(i, c, string(c))
	}
	str := "abcdef"
	fmt.Println(str[1], str[2:4], str[:2]+str[4:])

	counts := map[string]int{"a": 1, "b": 2}
	counts["c"]++
	counts["d"] = len(counts)
	if v, ok := counts["a"]; ok {
		fmt.Println("a is", v)
	}
	delete(counts, "b")
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ","), len(counts))
	nested := map[string][]int{"x": {1, 2}, "y": nil}
	nested["x"] = append(nested["x"], 3)
	points := []struct{ X, Y int }{{1, 2}, {X: 3}}
	ptrs := []*struct{ X int }{{1}, {X: 2}}
	grid := Grid{{1, 2, 3}, {4, 5, 6}}
	grid[2][2] = 9
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(nested, points, ptrs[1].X, grid, len(arr))
	ints := []int{3, 1, 2}
	sort.Ints(ints)
	num, err := strconv.Atoi("42")
	big, _ := strconv.ParseInt("-7", 10, 64)
	fmt.Println(ints, num, err, big, strconv.Itoa(num)+"!", strconv.FormatInt(big, 2), strconv.Quote("q"))
	fields := strings.Fields("  a b  c ")
	fmt.Println(len(fields), strings.Split("a,b", ","), strings.Contains("abc", "b"), strings.HasPrefix("abc", "a"),
		strings.HasSuffix("abc", "c"), strings.Index("abc", "c"), strings.Repeat("ab", 2),
		strings.Replace("aaa", "a", "b", 2), strings.ReplaceAll("aaa", "a", "b"), strings.ToUpper("x"),
		strings.ToLower("Y"), strings.TrimSpace(" t "))
}
