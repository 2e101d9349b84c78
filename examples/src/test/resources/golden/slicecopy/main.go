package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i int, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func evens(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println("copied", n, dst)
	wide := make([]int, 8)
	n = copy(wide, src)
	fmt.Println("copied", n, wide)
	fmt.Println("copy into nothing", copy(make([]int, 0), src), copy(dst, []int(nil)))
	src[0] = 100
	fmt.Println("copies are independent", src, dst, wide[:5])
	buf := []int{0, 1, 2, 3, 4, 5, 6, 7}
	fmt.Println("shift right", copy(buf[2:], buf), buf)
	buf = []int{0, 1, 2, 3, 4, 5, 6, 7}
	fmt.Println("shift left", copy(buf, buf[3:]), buf)
	bytes := make([]byte, 5)
	fmt.Println("from a string", copy(bytes, "héllo"), bytes, string(bytes))
	clone := append([]int(nil), src...)
	clone[1] = -1
	fmt.Println("clone", src, clone, len(clone), cap(clone))
	empty := append([]int(nil), src[0:0]...)
	fmt.Println("clone of empty is nil", empty == nil, len(empty))
	s := []int{10, 20, 30, 40, 50}
	s = remove(s, 1)
	fmt.Println("removed", s, len(s), cap(s))
	s = insert(s, 2, 25)
	fmt.Println("inserted", s, len(s), cap(s))
	s = insert(s, 0, 5)
	fmt.Println("inserted", s, len(s), cap(s))
	s = insert(s, len(s), 60)
	fmt.Println("inserted", s, len(s), cap(s))
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	ev := evens(nums)
	fmt.Println("filtered in place", ev, "and the original", nums)
	reverse(ev)
	fmt.Println("reversed", ev, nums)
	reverse(nums[:0])
	one := []int{7}
	reverse(one)
	fmt.Println(one)
}
