package main

import "fmt"

func find(xs []int, min int) []int {
	var out []int
	for _, x := range xs {
		if x >= min {
			out = append(out, x)
		}
	}
	return out
}

func bytesOf(s string) []byte {
	var out []byte
	n_ := len(s)
	for i_ := n_ - n_; i_ < n_; i_++ {
		i := i_
		out = append(out, s[i])
	}
	return out
}

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println("nil:", nilS, len(nilS), cap(nilS), nilS == nil)
	fmt.Println("empty:", empty, len(empty), cap(empty), empty == nil)
	fmt.Println("made:", made, len(made), cap(made), made == nil)
	fmt.Printf("%%v %v %v %v\n", nilS, empty, made)
	fmt.Printf("%%#v %#v %#v %#v\n", nilS, empty, made)
	fmt.Printf("%%d %d %d, %%q %q\n", nilS, []int{1, 2}, []string{"a", "b"})
	count := 0
	for range nilS {
		count++
	}
	fmt.Println("ranged", count, "times")
	fmt.Println("sliced nil", nilS[0:0] == nil, len(nilS[:]), nilS[:0])
	nilS = append(nilS, 1)
	fmt.Println("after append", nilS, len(nilS), cap(nilS), nilS == nil)
	nilS = nil
	fmt.Println("reset", nilS, nilS == nil)
	found := find([]int{3, 8, 1, 9}, 5)
	none := find([]int{3, 8, 1, 9}, 50)
	fmt.Println("found", found, found == nil, "none", none, none == nil)
	fmt.Println("find in nil", find(nil, 0), len(find(nil, 0)))
	var nilM map[string]int
	emptyM := map[string]int{}
	fmt.Println("maps:", nilM, emptyM, len(nilM), len(emptyM), nilM == nil, emptyM == nil)
	fmt.Printf("%#v %#v\n", nilM, emptyM)
	v, ok := nilM["missing"]
	fmt.Println("nil map read:", nilM["x"], v, ok)
	delete(nilM, "x")
	for k, v := range nilM {
		fmt.Println("never", k, v)
	}
	fmt.Println("delete and range on a nil map do nothing")
	nested := make([][]string, 3)
	nested[1] = append(nested[1], "x", "y")
	fmt.Printf("%v %d %#v\n", nested, len(nested), nested)
	for i, row := range nested {
		fmt.Println(i, row == nil, len(row))
	}
	var strs []string
	fmt.Printf("[%v] [%s] %d %T\n", strs, strs, len(strs), strs)
	bs := bytesOf("")
	fmt.Println("bytes", bs, bs == nil, string(bs) == "", len(string(bs)), []byte("") == nil)
}
