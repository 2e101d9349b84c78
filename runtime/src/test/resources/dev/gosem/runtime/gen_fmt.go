// Generates fmt-table.txt, which FmtTableFromGoTest reads; run with Go 1.19 from this directory:
//
//	go run gen_fmt.go >fmt-table.txt
//
// Each line is "case<TAB>hex(format)<TAB>hex(output)": every value below printed with every
// format, then the Printf/Print/Errorf cases of oddities (missing and extra operands, argument
// indexes, '*' widths). FmtTableFromGoTest builds the same values with the runtime's
// representation, by case name. Outputs that contain machine addresses are skipped there.
package main

import (
	"errors"
	"fmt"
	"math"
)

type T struct {
	A int
	B string
}

type Inner struct {
	X, Y int
}

type Outer struct {
	Name string
	In   Inner
	P    *Inner
	L    []int
	M    map[string]int
}

type U struct {
	a int
	b string
}

type E struct {
	T
	X int
}

type W struct {
	V interface{}
	E error
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ST struct{ N int }

func (s ST) String() string { return fmt.Sprintf("ST(%d)", s.N) }

type PT struct{ N int }

func (p *PT) String() string { return fmt.Sprintf("PT(%d)", p.N) }

type Bad int

func (b Bad) String() string { panic("boom") }

type SF struct {
	C Celsius
	c Celsius
}

type MyInt int
type MyStr string
type MySlice []int
type MyMap map[string]int

type value struct {
	name string
	v    interface{}
}

func values() []value {
	negZero := math.Copysign(0, -1)
	return []value{
		{"i0", 0}, {"i42", 42}, {"ineg", -42}, {"imax", math.MaxInt64}, {"imin", math.MinInt64},
		{"i8", int8(-8)}, {"u8", uint8(200)}, {"u16", uint16(65535)}, {"i32", int32(-1)},
		{"u", uint(7)}, {"u64max", uint64(math.MaxUint64)}, {"uptr", uintptr(255)},
		{"rune", 'é'}, {"runebig", rune(0x1F600)},
		{"f0", 0.0}, {"f1", 1.0}, {"fpi", 3.14159}, {"fbig", 1e21}, {"fsmall", 1e-7},
		{"fneg", -2.5}, {"fnan", math.NaN()}, {"finf", math.Inf(1)}, {"fninf", math.Inf(-1)},
		{"fnegz", negZero}, {"f32", float32(0.1)}, {"f123", 123456789.0}, {"fhalf", 0.5},
		{"f2_5", 2.5}, {"f1e6", 1e6}, {"f100", 100.0},
		{"btrue", true}, {"bfalse", false},
		{"s_empty", ""}, {"s_hi", "hi"}, {"s_uni", "héllo, 世界"}, {"s_quote", `a"b\c`},
		{"s_ctrl", "tab\tnl\n\x00\x7f"}, {"s_invalid", "\xff\xfe"}, {"s_long", "hello world"},
		{"s_bq", "back`quote"},
		{"bytes", []byte("hi\x00")}, {"bytes_nil", []byte(nil)}, {"bytearr", [3]byte{1, 2, 255}},
		{"ints", []int{1, 2, 3}}, {"ints_empty", []int{}}, {"ints_nil", []int(nil)},
		{"strs", []string{"a", "b c"}}, {"floats", []float64{1.5, negZero, math.Inf(1)}},
		{"bools", []bool{true, false}}, {"i8s", []int8{-1, 2}}, {"u16s", []uint16{1, 65535}},
		{"arr", [3]int{1, 2, 3}}, {"arr2", [2][2]int{{1, 2}, {3, 4}}},
		{"map_si", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"map_is", map[int]string{3: "c", 1: "a", -2: "z"}},
		{"map_nil", map[string]int(nil)}, {"map_empty", map[string]int{}},
		{"map_bool", map[bool]int{true: 1, false: 0}},
		{"map_f", map[float64]string{2.5: "x", math.Inf(-1): "y", 0: "z"}},
		{"map_sl", map[string][]int{"k": {1, 2}}},
		{"t", T{1, "x"}}, {"tp", &T{2, "y"}}, {"tnil", (*T)(nil)},
		{"outer", Outer{"o", Inner{1, 2}, nil, []int{3}, map[string]int{"m": 4}}},
		{"outerp", &Outer{Name: "p"}},
		{"u_struct", U{5, "q"}}, {"e_struct", E{T{1, "e"}, 9}},
		{"w1", W{1, nil}}, {"w2", W{nil, errors.New("boom")}}, {"w3", W{"s", nil}},
		{"celsius", Celsius(21.5)}, {"cels", []Celsius{1, 2}}, {"st", ST{3}}, {"stp", &ST{4}},
		{"sts", []ST{{1}, {2}}}, {"st_map", map[string]ST{"a": {5}}},
		{"pt", PT{6}}, {"ptp", &PT{7}}, {"bad", Bad(1)}, {"stnil", (*ST)(nil)},
		{"sf", SF{1, 2}},
		{"err", errors.New("oops")}, {"werr", fmt.Errorf("wrap: %w", errors.New("inner"))},
		{"ifaces", []interface{}{1, "a", nil, 2.5, true}},
		{"errs", []error{errors.New("e1"), nil}},
		{"myint", MyInt(5)}, {"mystr", MyStr("ms")}, {"myslice", MySlice{1}},
		{"mymap", MyMap{"a": 1}},
		{"empty_struct", struct{}{}}, {"anon", struct {
			A int
			B []string
		}{1, []string{"z"}}},
		{"nil", nil},
	}
}

var formats = []string{
	"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U",
	"%#U", "%t", "%f", "%e", "%E", "%g", "%G", "%F", "%5v", "%-5v|", "%05d", "%+d", "% d",
	"%#x", "%# x", "% X", "%.2f", "%8.3f", "%-10.2e|", "%.3s", "%.0d", "%6.2v", "%+q", "%#q",
	"%010.3f", "%+.3g", "%#g", "%#.3x", "%08b", "%#o", "%.1f", "%x %X", "%#v|%+v", "%-8q|",
	"%.3g", "%10.4v", "%#.0f", "%#e", "%#8.2x", "%z", "%!", "%w", "%p",
}

func line(name, format, out string) {
	fmt.Printf("%s\tx%x\tx%x\n", name, format, out)
}

func main() {
	for _, v := range values() {
		for _, f := range formats {
			var out string
			switch f {
			case "%x %X", "%#v|%+v":
				out = fmt.Sprintf(f, v.v, v.v)
			default:
				out = fmt.Sprintf(f, v.v)
			}
			line(v.name, f, out)
		}
		line(v.name, "Sprint", fmt.Sprint(v.v))
		line(v.name, "Sprintln", fmt.Sprintln(v.v))
		line(v.name, "Sprint2", fmt.Sprint(v.v, v.v))
	}
	// Printf oddities: the arguments are 1, "a", 2.5 (or fewer, as the case name says).
	odd := []string{
		"%d %d", "%d", "%[2]d %[1]d", "%[3]d", "%[2]*[1]d", "%*d", "%-*d|", "%.*f", "%",
		"%!", "%d %s %v %v", "%[1]d %[1]q", "%[0]d", "%[x]d", "%[2]", "%*.*f", "100%%",
		"%3c|%-3c|", "%v %v %v %v", "%[1]*d", "%.[2]d",
	}
	for _, f := range odd {
		line("odd3", f, fmt.Sprintf(f, 1, "a", 2.5))
		line("odd1", f, fmt.Sprintf(f, 5))
		line("odd0", f, fmt.Sprintf(f))
	}
	line("sprint_mix", "Sprint", fmt.Sprint("a", 1, 2, "b", 3.5, nil, "c", MyStr("d"), 4))
	line("sprintln_mix", "Sprintln", fmt.Sprintln("a", 1, 2, "b", 3.5, nil))
	e1 := errors.New("inner")
	line("errorf_w", "Errorf", fmt.Errorf("outer: %w", e1).Error())
	line("errorf_ww", "Errorf", fmt.Errorf("%w and %w", e1, e1).Error())
	line("errorf_wint", "Errorf", fmt.Errorf("bad %w", 3).Error())
	line("errorf_wnil", "Errorf", fmt.Errorf("nil %w", nil).Error())
	line("errorf_v", "Errorf", fmt.Errorf("plain %v %d", e1, 7).Error())
	line("errorf_T", "Errorf", fmt.Sprintf("%T %T %T", fmt.Errorf("x %w", e1), fmt.Errorf("x"), errors.Unwrap(fmt.Errorf("x %w", e1)) == e1))
}
