package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ Side float64 }

type Circle struct{ R float64 }

func (s Square) Area() float64 { return s.Side * s.Side }
func (s Square) Name() string   { return "square" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case Shape:
		return "shape " + x.Name()
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	shapes := []Shape{Square{2}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	var t Celsius = 21.5
	fmt.Println(t)
	var st Stringer = t
	fmt.Println(st.String())
	err := find(42)
	fmt.Println(err, err != nil)
	if e, ok := err.(*MyErr); ok {
		fmt.Println("code", e.Code)
	}
	fmt.Println(find(0) == nil)
	var target *MyErr
	fmt.Println(errors.As(err, &target), target.Code)
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	fmt.Println(classify(nil), classify(3), classify(int64(4)), classify("s"), classify(Square{1}), classify(err), classify(2.5))
	var a, b any = 1, 1
	fmt.Println(a == b, a != any("1"))
}
