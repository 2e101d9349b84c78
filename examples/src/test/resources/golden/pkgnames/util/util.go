package util

func Twice(x int) int {
	return x * 2
}
