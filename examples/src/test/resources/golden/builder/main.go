package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func pad(sb *strings.Builder, s string, width int) {
	sb.WriteString(s)
	for i := len(s); i < width; i++ {
		sb.WriteByte(' ')
	}
}

func table(rows []row) string {
	var sb strings.Builder
	w := len("name")
	for _, r := range rows {
		if len(r.name) > w {
			w = len(r.name)
		}
	}
	pad(&sb, "name", w+2)
	sb.WriteString("  qty     price\n")
	sb.WriteString(strings.Repeat("-", w+17))
	sb.WriteByte('\n')
	total := 0.0
	for _, r := range rows {
		pad(&sb, r.name, w+2)
		sb.WriteString(fmt.Sprintf("%5d %9.2f\n", r.qty, r.price))
		total += float64(r.qty) * r.price
	}
	pad(&sb, "total", w+8)
	sb.WriteString(fmt.Sprintf("%9.2f", total))
	return sb.String()
}

func box(lines []string) string {
	width := 0
	for _, l := range lines {
		n := len([]rune(l))
		if n > width {
			width = n
		}
	}
	sb := &strings.Builder{}
	sb.WriteRune('┌')
	sb.WriteString(strings.Repeat("─", width+2))
	sb.WriteString("┐\n")
	for _, l := range lines {
		sb.WriteString("│ ")
		sb.WriteString(l)
		sb.WriteString(strings.Repeat(" ", width-len([]rune(l))))
		sb.WriteString(" │\n")
	}
	sb.WriteRune('└')
	sb.WriteString(strings.Repeat("─", width+2))
	sb.WriteRune('┘')
	return sb.String()
}

func thousands(n int) string {
	digits := fmt.Sprintf("%d", n)
	var sb strings.Builder
	if n < 0 {
		sb.WriteByte('-')
		digits = digits[1:]
	}
	n_ := len(digits)
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		if i > 0 && (len(digits)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte(digits[i])
	}
	return sb.String()
}

func main() {
	var sb strings.Builder
	fmt.Println("empty:", sb.Len(), sb.String() == "")
	sb.WriteString("abc")
	sb.WriteByte('!')
	n, err := sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len(), n, err)
	for i_ := 0; i_ < 5; i_++ {
		i := i_
		sb.WriteString(fmt.Sprintf(" %d", i))
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(table([]row{{"apples", 12, 0.5}, {"blueberries", 3, 4.25}, {"kiwi", 100, 0.2}}))
	fmt.Println(box([]string{"strings.Builder", "draws boxes", "with runes: ✓"}))
	for _, n := range []int{0, 7, 999, 1000, 65536, -1234567, 9876543210} {
		fmt.Println(thousands(n))
	}
	var words strings.Builder
	for i, w := range strings.Fields(" the  builder grows\tas needed ") {
		if i > 0 {
			words.WriteRune('·')
		}
		words.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(words.String(), words.Len())
}
