package main

import (
	"fmt"
	"strconv"
	"strings"
)

func rle(s string) string {
	var out strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			out.WriteString(strconv.Itoa(j - i))
		}
		out.WriteRune(rs[i])
		i = j
	}
	return out.String()
}

func unrle(s string) (string, error) {
	var out strings.Builder
	digits := ""
	for _, r := range s {
		if r >= '0' && r <= '9' {
			digits += string(r)
			continue
		}
		n := 1
		if digits != "" {
			v, err := strconv.Atoi(digits)
			if err != nil {
				return "", err
			}
			n = v
			digits = ""
		}
		out.WriteString(strings.Repeat(string(r), n))
	}
	if digits != "" {
		return out.String(), fmt.Errorf("dangling count %q", digits)
	}
	return out.String(), nil
}

type numeral struct {
	value  int
	symbol string
}

var numerals = []numeral{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

var symbols = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func toRoman(n int) string {
	var sb strings.Builder
	for _, num := range numerals {
		for n >= num.value {
			sb.WriteString(num.symbol)
			n -= num.value
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	total := 0
	n_ := len(s)
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		v := symbols[s[i]]
		if i+1 < len(s) && symbols[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func caesar(s string, shift int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = byte('a' + ((int(c-'a')+shift)%26+26)%26)
		case c >= 'A' && c <= 'Z':
			b[i] = byte('A' + ((int(c-'A')+shift)%26+26)%26)
		}
	}
	return string(b)
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "", "x", "ééé世世!", "zzzzzzzzzzzz"} {
		enc := rle(s)
		dec, err := unrle(enc)
		fmt.Printf("%q -> %q (round trip %t, err %v)\n", s, enc, dec == s, err)
	}
	for _, s := range []string{"3a2", "99999999999999999999x", "2x3y"} {
		dec, err := unrle(s)
		fmt.Printf("unrle(%q) = %q, %v\n", s, dec, err)
	}
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, fromRoman(r))
	}
	msg := "The Quick Brown Fox, 1 Jumps!"
	for _, k := range []int{3, 13, -1, 52, -27} {
		c := caesar(msg, k)
		fmt.Printf("%3d %s | %s\n", k, c, caesar(c, -k))
	}
}
