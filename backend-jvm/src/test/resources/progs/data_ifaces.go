package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(i int) error {
	if i < 0 {
		return &MyErr{i}
	}
	if i == 0 {
		return errors.New("zero")
	}
	return nil
}

type Counter int

func (c *Counter) Inc() { *c++ }

type Incer interface{ Inc() }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	var c Celsius = 21.5
	fmt.Println(c)
	fmt.Printf("%v %s %d\n", c, c, 3)
	temps := []Celsius{1, 2}
	fmt.Println(temps)
	for i := -1; i <= 1; i++ {
		err := find(i)
		if err != nil {
			fmt.Println("err:", err)
		} else {
			fmt.Println("ok")
		}
	}
	err := find(-5)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as", me.Code)
	}
	var cnt Counter
	var inc Incer = &cnt
	inc.Inc()
	inc.Inc()
	fmt.Println(cnt)
	fmt.Println(describe(nil), describe(1), describe("s"), describe(Rect{1, 1}), describe(err), describe([]int{1}), describe(2.5))
	var s Shape = Rect{1, 2}
	r, ok := s.(Rect)
	fmt.Println(r, ok)
	_, ok = s.(*Circle)
	fmt.Println(ok)
	var e1, e2 interface{} = 1, 1
	fmt.Println(e1 == e2, e1 != nil)
	cp := (*Circle)(nil)
	if len(shapes) > 5 {
		cp = &Circle{}
	}
	var sh Shape = cp
	fmt.Println(sh == nil, sh != nil)
	var any1 interface{} = Rect{1, 2}
	var any2 interface{} = Rect{1, 2}
	fmt.Println(any1 == any2)
	fmt.Println(s.(*Circle))
}
