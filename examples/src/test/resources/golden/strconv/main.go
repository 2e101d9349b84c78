package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func sum(fields []string) (int, int) {
	total := 0
	bad := 0
	for _, s := range fields {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("  skip:", err)
			bad++
			continue
		}
		total += n
	}
	return total, bad
}

func main() {
	fmt.Printf("%q %q %q %q\n", strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Printf("base %2d: %s %s %s\n", base, strconv.FormatInt(255, base), strconv.FormatInt(-1000, base), strconv.FormatInt(math.MaxInt64, base))
	}
	for _, s := range []string{"123", "-0", "+7", "  8", "12a", "", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	v, err := strconv.Atoi("x1")
	fmt.Printf("%T %T %v %d\n", err, v, err != nil, v)
	fmt.Println("ParseInt cases:")
	cases := []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"300", 10, 8}, {"-129", 10, 8}, {"0x1f", 0, 64}, {"0b101", 0, 16}, {"0o17", 0, 32}, {"017", 0, 32}, {"zz", 36, 64}, {"1_000", 0, 64}, {"12", 1, 64}, {"12", 37, 64}, {"99999999999", 10, 32}, {"-", 10, 64}, {"7fffffffffffffff", 16, 64}}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		if err != nil {
			fmt.Printf("  %-13q base %2d bits %2d: %d, error %q\n", c.s, c.base, c.bits, v, err.Error())
		} else {
			fmt.Printf("  %-13q base %2d bits %2d: %d\n", c.s, c.base, c.bits, v)
		}
	}
	for _, s := range []string{"plain", "tab\there", "quote\"s", "back\\slash", "new\nline", "bell\a", "nul\x00", "é世🎉", " nbsp", " sep"} {
		fmt.Println(strconv.Quote(s))
	}
	fmt.Println(strconv.Quote("\xff\xfe ok"))
	total, bad := sum(strings.Fields("10 20 x 30 4.5 -5 1e3 99999999999999999999 7"))
	fmt.Println("total", total, "bad", bad)
	n64 := int64(1) << 40
	fmt.Println(strconv.FormatInt(n64, 2), strconv.FormatInt(-n64, 32), strconv.Itoa(int(n64)))
	back, err2 := strconv.ParseInt(strconv.FormatInt(n64, 7), 7, 64)
	fmt.Println(back, back == n64, err2)
}
