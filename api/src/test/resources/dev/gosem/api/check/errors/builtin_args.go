package main

func main() {
	_ = len(1)
	_ = cap(map[int]int{})
	m := map[string]int{}
	delete(m, 1)
	delete(m)
	var i int
	copy(i, "x")
	_ = copy([]int{}, []string{})
}
/* go build (Go 1.19):
4:10: invalid argument: 1 (untyped int constant) for len
5:10: invalid argument: map[int]int{} (value of type map[int]int) for cap
7:12: cannot use 1 (untyped int constant) as string value in argument to delete
8:2: invalid operation: not enough arguments for delete(m) (expected 2, found 1)
10:7: invalid argument: copy expects slice arguments; found i (variable of type int) and "x" (untyped string constant)
11:11: invalid argument: arguments to copy []int{} (value of type []int) and []string{} (value of type []string) have different element types int and string
*/
