package main

import "fmt"

type MyErr struct {
	msg string
}

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func wrong(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"boom"}
	}
	return p
}

func right(fail bool) error {
	if fail {
		return &MyErr{"boom"}
	}
	return nil
}

func isNil(v any) bool {
	return v == nil
}

func main() {
	var e error
	fmt.Printf("%v %T %t\n", e, e, e == nil)
	for _, fail := range []bool{false, true} {
		w := wrong(fail)
		r := right(fail)
		fmt.Printf("fail=%t wrong: nil=%t %T %v | right: nil=%t %T %v\n", fail, w == nil, w, w, r == nil, r, r)
	}
	var p *MyErr
	i := any(p)
	back, ok := i.(*MyErr)
	fmt.Println(p == nil, i == nil, i != nil, back == nil, ok, isNil(p), isNil(nil))
	var s []int
	var m map[string]int
	var fnv func()
	fmt.Println("nil slice, map, func in any:", isNil(s), isNil(m), isNil(fnv), s == nil, m == nil, fnv == nil)
	fmt.Printf("%v %v %T %T\n", any(s), any(m), any(s), any(m))
	fmt.Println("compare:", any(1) == any(1), any(1) == any(int64(1)), any("a") == "a", any(MyErr{"x"}) == any(MyErr{"x"}), any(1.0) == any(1), any(nil) == nil)
	e1 := &MyErr{"same"}
	e2 := &MyErr{"same"}
	errs := []error{e1, e2, e1, nil, (*MyErr)(nil)}
	for i, x := range errs {
		fmt.Printf("%d nil=%-5t same-as-e1=%-5t %v\n", i, x == nil, x == e1, x)
	}
	var any1 any
	fmt.Println(any1, any1 == nil, any(any1) == nil)
	any1 = e
	fmt.Println("a nil error assigned to any is still nil:", any1 == nil)
	any1 = wrong(false)
	fmt.Println("but a nil *MyErr is not:", any1 == nil, any1)
}
