package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

func main() {
	fmt.Println(math.Abs(-2.5), math.Ceil(1.2), math.Floor(-1.2), math.Sqrt(2), math.Max(3, 4), math.Min(3, 4), math.Pow(2, 10))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	n, err := fmt.Printf("%d-%s\n", 5, "x")
	fmt.Println(n, err)
	fmt.Println(strings.HasSuffix("abc", "bc"), strings.ToLower("ABC"), strings.ReplaceAll("a-b-c", "-", "+"))
	ints := []int{3, 1, 2}
	sort.Ints(ints)
	fmt.Println(ints)
	var sb strings.Builder
	sb.WriteByte('x')
	k, e := sb.WriteRune('é')
	fmt.Println(k, e, sb.String(), sb.Len())
	k, e = sb.WriteString("yz")
	fmt.Println(k, e, sb.String())
	err = errors.New("base")
	w := fmt.Errorf("ctx: %w", err)
	fmt.Println(errors.Is(w, err), errors.Unwrap(w) == err, errors.Unwrap(err) == nil)
	var target error
	fmt.Println(errors.As(w, &target), target)
	i, perr := strconv.ParseInt("zz", 36, 64)
	fmt.Println(i, perr)
	_, perr = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(perr)
	fmt.Println(strconv.Quote("héllo\n"), strconv.FormatInt(-255, 2))
	fmt.Println(fmt.Sprint(), fmt.Sprintln(), fmt.Sprintf("%5.2f|%-4s|%x", math.Pi, "ab", "hi"))
}
