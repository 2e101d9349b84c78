package main

import "fmt"

type Named struct{ N string }

func (n Named) String() string { return "<" + n.N + ">" }

type T struct{ V int }

func main() {
	a := struct {
		Named
		X int
	}{Named{"anon"}, 1}
	fmt.Println(a, a.String())
	var s fmt_Stringer = a
	fmt.Println(s.String())
	t := &T{1}
	pt := &t
	(*pt).V = 5
	*pt = &T{7}
	fmt.Println(t.V, (**pt).V)
	var ifs [3]interface{}
	ifs[0] = 1
	ifs[2] = "x"
	fmt.Println(ifs, len(ifs))
	fs := [2]func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(fs[0]() + fs[1]())
	sm := []map[string]int{{"a": 1}, nil}
	fmt.Println(sm, sm[1]["z"])
	var x interface{} = []string{"p", "q"}
	fmt.Println(x, len(x.([]string)))
	var m interface{} = map[string][]int{"k": {1}}
	fmt.Println(m)
	type kv struct {
		k string
		v *int
	}
	one := 1
	k1 := kv{"a", &one}
	k2 := kv{"a", &one}
	fmt.Println(k1 == k2, *k1.v)
	ch := []struct{ A, B int }{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v\n", ch, ch[1])
	var np *Named
	fmt.Println(np == nil)
	var ip interface{} = np
	fmt.Println(ip == nil, ip)
}

type fmt_Stringer interface{ String() string }
