// Generates lib-table.txt, which LibTablesFromGoTest reads; run with Go 1.19 from this directory:
//
//	go run gen_lib.go >lib-table.txt
//
// Each line is a function name, its arguments and its result, tab-separated; strings are written
// as 'x' followed by their bytes in hex. Covered: strconv's FormatFloat, Quote, QuoteToASCII,
// QuoteRune, Atoi, ParseInt, ParseUint, FormatInt; strings' Split, SplitN, Fields, TrimSpace,
// ToUpper, ToLower, Replace, Index, Count, Trim*, Repeat; sort.Slice, sort.SliceStable and
// sort.Float64s on inputs with many equal keys (which expose the exact algorithm).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
)

func hx(s string) string { return fmt.Sprintf("x%x", s) }

func errText(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func floats(r *rand.Rand) []uint64 {
	var out []uint64
	for _, f := range []float64{0, 1, -1, 0.5, 1.5, 2.5, 0.1, 0.25, 1e23, 1e21, 1e20, 123456789,
		1.0 / 3, 2.0 / 3, 100, 1e-5, 1e-4, 9.999999e5, 999999.5, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64 * 3, 0.000123456, 1234.5678, 9.5, 0.05, 0.15, 0.35, 1e100} {
		out = append(out, math.Float64bits(f))
	}
	out = append(out, math.Float64bits(math.Copysign(0, -1)), math.Float64bits(math.Inf(1)),
		math.Float64bits(math.Inf(-1)), math.Float64bits(math.NaN()))
	for i := 0; i < 90; i++ {
		switch i % 3 {
		case 0:
			out = append(out, r.Uint64())
		case 1:
			out = append(out, math.Float64bits(float64(r.Intn(1000000))*math.Pow(10, float64(r.Intn(30)-15))))
		case 2:
			out = append(out, math.Float64bits(float64(float32(r.NormFloat64()*1000))))
		}
	}
	return out
}

func main() {
	r := rand.New(rand.NewSource(7))
	for _, bits := range floats(r) {
		f := math.Float64frombits(bits)
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 1, 3, 6, 17} {
				for _, size := range []int{64, 32} {
					fmt.Printf("FormatFloat\t%x\t%c\t%d\t%d\t%s\n", bits, fm, prec, size,
						strconv.FormatFloat(f, fm, prec, size))
				}
			}
		}
	}

	quoted := []string{"", "hello", "tab\there", "nl\n", "\x00\x01\x7f", "\xff", "a\xffb", "é", "世界",
		"\u00ad", "\u200b", "\ufeff", "\ue000", "\U0010ffff", "😀", "\u2028", "\"quoted\"", `back\slash`,
		"`", "'", "\a\b\f\r\v", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\x80", "\u0378", "\u0300",
		"\U0001F9FF", "\U000E0001", "\u061c", "\u3000", "\u00a0", "~"}
	for i := 0; i < 40; i++ {
		b := make([]byte, r.Intn(8))
		for j := range b {
			b[j] = byte(r.Intn(256))
		}
		quoted = append(quoted, string(b))
	}
	for _, s := range quoted {
		fmt.Printf("Quote\t%s\t%s\n", hx(s), hx(strconv.Quote(s)))
		fmt.Printf("QuoteToASCII\t%s\t%s\n", hx(s), hx(strconv.QuoteToASCII(s)))
		fmt.Printf("CanBackquote\t%s\t%v\n", hx(s), strconv.CanBackquote(s))
	}
	runes := []rune{0, 7, 'a', '\'', '"', '\\', 0x7f, 0x80, 0xa0, 0xad, 0xe9, 0x378, 0x2028, 0xd800,
		0xdfff, 0xfffd, 0xfeff, 0x10ffff, 0x110000, -1, 0x1f600, 0xe0001}
	for _, c := range runes {
		fmt.Printf("QuoteRune\t%d\t%s\n", c, hx(strconv.QuoteRune(c)))
		fmt.Printf("QuoteRuneToASCII\t%d\t%s\n", c, hx(strconv.QuoteRuneToASCII(c)))
	}

	numbers := []string{"", "0", "-0", "+5", "12a", "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "0x1f", "0X1F", "0b101", "0o17", "017", "1_000",
		"_1", "1__0", "0x_1f", "abc", "ZZ", "zz", "18446744073709551615", "18446744073709551616", "+",
		"-", " 1", "1 ", "127", "128", "-128", "-129", "255", "256", "32767", "65535", "2147483648",
		"4294967295", "4294967296", "99999999999999999999", "123456789012345678", "-12", "1e3",
		"0x", "0b", "08", "1_", "٣"}
	for _, s := range numbers {
		v, err := strconv.Atoi(s)
		fmt.Printf("Atoi\t%s\t%d\t%s\n", hx(s), v, hx(errText(err)))
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, size := range []int{0, 8, 16, 32, 64, 65, -1} {
				i, err := strconv.ParseInt(s, base, size)
				fmt.Printf("ParseInt\t%s\t%d\t%d\t%d\t%s\n", hx(s), base, size, i, hx(errText(err)))
				u, err := strconv.ParseUint(s, base, size)
				fmt.Printf("ParseUint\t%s\t%d\t%d\t%d\t%s\n", hx(s), base, size, u, hx(errText(err)))
			}
		}
	}
	for _, i := range []int64{0, 1, -1, 255, -255, math.MaxInt64, math.MinInt64, 1234567890} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			fmt.Printf("FormatInt\t%d\t%d\t%s\n", i, base, strconv.FormatInt(i, base))
		}
	}

	texts := []string{"", " ", "a", "a b  c", "  lead and trail  ", "\t\n\v\f\r x \u0085\u00a0",
		"a,b,,c,", ",", "héllo wörld", "ß ǅ ǈ Ǳ ǆ", "ΑΒΓ αβγ", "İı", "\xffab\xfe", "x\u3000y\u2000z",
		"aaa", "abcabcabc", "Hello, World!", "ﬁ", "ǰ", "ẞ", "Ⓐⓑ", "\u2028x\u2029", "a\u200bb"}
	seps := []string{",", "", "a", "abc", " ", "b", "é", "\xff"}
	for _, s := range texts {
		fmt.Printf("Fields\t%s\t%s\n", hx(s), hx(fmt.Sprintf("%q", strings.Fields(s))))
		fmt.Printf("TrimSpace\t%s\t%s\n", hx(s), hx(strings.TrimSpace(s)))
		fmt.Printf("ToUpper\t%s\t%s\n", hx(s), hx(strings.ToUpper(s)))
		fmt.Printf("ToLower\t%s\t%s\n", hx(s), hx(strings.ToLower(s)))
		for _, sep := range seps {
			fmt.Printf("Split\t%s\t%s\t%s\n", hx(s), hx(sep), hx(fmt.Sprintf("%q %d", strings.Split(s, sep), cap(strings.Split(s, sep)))))
			for _, n := range []int{-1, 0, 1, 2, 3} {
				fmt.Printf("SplitN\t%s\t%s\t%d\t%s\n", hx(s), hx(sep), n, hx(fmt.Sprintf("%q", strings.SplitN(s, sep, n))))
				fmt.Printf("Replace\t%s\t%s\t%d\t%s\n", hx(s), hx(sep), n, hx(strings.Replace(s, sep, "<>", n)))
			}
			fmt.Printf("Index\t%s\t%s\t%d\n", hx(s), hx(sep), strings.Index(s, sep))
			fmt.Printf("Count\t%s\t%s\t%d\n", hx(s), hx(sep), strings.Count(s, sep))
			fmt.Printf("Trim\t%s\t%s\t%s\n", hx(s), hx(sep), hx(strings.Trim(s, sep)))
			fmt.Printf("TrimLeft\t%s\t%s\t%s\n", hx(s), hx(sep), hx(strings.TrimLeft(s, sep)))
			fmt.Printf("TrimRight\t%s\t%s\t%s\n", hx(s), hx(sep), hx(strings.TrimRight(s, sep)))
			fmt.Printf("Join\t%s\t%s\t%s\n", hx(s), hx(sep), hx(strings.Join(strings.Fields(s), sep)))
		}
		fmt.Printf("Repeat\t%s\t%s\n", hx(s), hx(strings.Repeat(s, 3)))
	}

	// math: results as float64 bits.
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 2.5, -2.5, 10, 1e-3,
		1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(), 0.1, 7.25, 1 << 53, 1<<53 + 2, -7,
		1.0000001, 0.9999999}
	for _, x := range specials {
		for _, y := range specials {
			fmt.Printf("Pow\t%x\t%x\t%x\n", math.Float64bits(x), math.Float64bits(y), math.Float64bits(math.Pow(x, y)))
			fmt.Printf("Max\t%x\t%x\t%x\n", math.Float64bits(x), math.Float64bits(y), math.Float64bits(math.Max(x, y)))
			fmt.Printf("Min\t%x\t%x\t%x\n", math.Float64bits(x), math.Float64bits(y), math.Float64bits(math.Min(x, y)))
			fmt.Printf("Mod\t%x\t%x\t%x\n", math.Float64bits(x), math.Float64bits(y), math.Float64bits(math.Mod(x, y)))
		}
		for _, fn := range []struct {
			name string
			f    func(float64) float64
		}{{"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
			{"Round", math.Round}, {"Abs", math.Abs}, {"Log2", math.Log2}, {"Log10", math.Log10}} {
			fmt.Printf("%s\t%x\t%x\n", fn.name, math.Float64bits(x), math.Float64bits(fn.f(x)))
		}
	}
	for i := 0; i < 200; i++ {
		x := float64(r.Intn(2000)-1000) / float64(r.Intn(100)+1)
		y := float64(r.Intn(40) - 20)
		fmt.Printf("Pow\t%x\t%x\t%x\n", math.Float64bits(x), math.Float64bits(y), math.Float64bits(math.Pow(x, y)))
	}

	// Sorting: keys with many duplicates; the output is the order of the ids.
	type pair struct{ key, id int }
	patterns := []string{"random", "sorted", "reversed", "equal", "sawtooth", "few", "organpipe"}
	for _, n := range []int{0, 1, 2, 5, 8, 12, 13, 20, 49, 50, 51, 100, 300, 1000, 2000} {
		for _, p := range patterns {
			keys := make([]int, n)
			for i := range keys {
				switch p {
				case "random":
					keys[i] = r.Intn(n + 1)
				case "sorted":
					keys[i] = i / 3
				case "reversed":
					keys[i] = (n - i) / 3
				case "equal":
					keys[i] = 7
				case "sawtooth":
					keys[i] = i % 17
				case "few":
					keys[i] = r.Intn(4)
				case "organpipe":
					if i < n/2 {
						keys[i] = i / 2
					} else {
						keys[i] = (n - i) / 2
					}
				}
			}
			in := fmt.Sprint(keys)
			a := make([]pair, n)
			for i, k := range keys {
				a[i] = pair{k, i}
			}
			sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
			ids := make([]int, n)
			for i := range a {
				ids[i] = a[i].id
			}
			fmt.Printf("SortSlice\t%s\t%s\n", in, fmt.Sprint(ids))
			for i, k := range keys {
				a[i] = pair{k, i}
			}
			sort.SliceStable(a, func(i, j int) bool { return a[i].key/2 < a[j].key/2 })
			for i := range a {
				ids[i] = a[i].id
			}
			fmt.Printf("SortSliceStable\t%s\t%s\n", in, fmt.Sprint(ids))
			fs := make([]float64, n)
			for i, k := range keys {
				switch k % 4 {
				case 0:
					fs[i] = math.Copysign(0, -1)
				case 1:
					fs[i] = 0
				case 2:
					fs[i] = math.NaN()
				default:
					fs[i] = float64(k)
				}
			}
			sort.Float64s(fs)
			fmt.Printf("Float64s\t%s\t%s\n", in, fmt.Sprint(fs))
		}
	}
}
