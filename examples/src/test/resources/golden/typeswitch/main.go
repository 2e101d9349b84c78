package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X int
	Y int
}

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string {
	return fmt.Sprintf("%.1fC", float64(c))
}

type Oops string

func (o Oops) Error() string {
	return "oops: " + string(o)
}

func (o Oops) String() string {
	return "Oops(" + string(o) + ")"
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d, doubled %d", x, x*2)
	case int8, int16, int64:
		return fmt.Sprintf("sized int %v of type %T", x, x)
	case string:
		return fmt.Sprintf("string %q of %d bytes", x, len(x))
	case bool:
		if x {
			return "true"
		} else {
			return "false"
		}
	case float64:
		return fmt.Sprintf("float %g", x)
	case Point:
		return fmt.Sprintf("point at %d,%d", x.X, x.Y)
	case *Point:
		if x == nil {
			return "nil *Point"
		}
		return fmt.Sprintf("pointer to %v", *x)
	case []int:
		return fmt.Sprintf("%d ints %v", len(x), x)
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case func(int) int:
		return fmt.Sprintf("func giving %d", x(20))
	case error:
		return "error: " + x.Error()
	case Stringer:
		return "stringer: " + x.String()
	default:
		return fmt.Sprintf("something else: %T", x)
	}
}

func kind(v any) string {
	switch v.(type) {
	case int, int8, int16, int64, uint:
		return "integer"
	case float64:
		return "float"
	case string, []byte:
		return "text"
	case nil, error:
		return "nil or error"
	}
	return "other"
}

func main() {
	values := []any{nil, 42, int8(-8), int64(1) << 40, "héllo", true, false, 0.0025, Point{1, 2}, &Point{3, 4}, (*Point)(nil), []int{1, 2, 3}, map[string]int{"a": 1}, func(n int) int {
		return n + 1
	}, errors.New("disk full"), Celsius(21.5), Oops("late"), struct{}{}, uint(7), []string{"x"}, []byte("hi")}
	for i, v := range values {
		fmt.Printf("%2d %-12s %s\n", i, kind(v), classify(v))
	}
	x := any("text")
	s := x.(string)
	n, ok := x.(int)
	fmt.Println(s, n, ok)
	st, isStringer := any(Celsius(0)).(Stringer)
	fmt.Println(st, isStringer, st.String())
	e, isErr := x.(error)
	fmt.Println(e, isErr, e == nil)
	var err error = Oops("again")
	o, isOops := err.(Oops)
	str, isStr := err.(Stringer)
	fmt.Println(o, isOops, string(o), str.String(), isStr)
	counts := make(map[string]int)
	for _, v := range values {
		counts[kind(v)]++
	}
	fmt.Println(counts)
}
