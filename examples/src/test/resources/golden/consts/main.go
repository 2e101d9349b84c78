package main

import "fmt"

const greeting = "hello"

const big = 1 << 100

const third = 1.0 / 3

const typed int16 = 300

const answer int64 = 42

const half float64 = 0.5

const letter = 'a'

const truth = 1 < 2

const greetingLen = len(greeting)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	Sunday = iota
	Monday
	Tuesday
	skipped = iota * 10
	Thursday
)

func main() {
	fmt.Println(greeting+", world", greetingLen, len("héllo"))
	fmt.Println("big", big>>98, big/(1<<97), big%7, big-big+1)
	fmt.Println("third", third, third*3, third*3 == 1, 0.1*3 == 0.3)
	fmt.Println("typed", typed*100, typed/7, answer/5, answer%5, half*3)
	fmt.Println("division", 7/2, 7/2.0, -7/2, -7%3, 7.0/2, 1/3*3)
	fmt.Println("runes", letter, letter+1, 'z'-'a', 'é')
	fmt.Println("bools", truth, !truth, truth && 3 > 4)
	fmt.Println("sizes", KB, MB, GB, TB, TB/GB)
	fmt.Println("days", Sunday, Monday, Tuesday, skipped, Thursday)
	fmt.Println("complement", ^0, ^uint8(0), ^uint16(1), ^int8(5))
	fmt.Println("huge", 1e300*1e300/1e300, "a"+"b"+"c", 1<<62, 1<<63-1)
	const local uint8 = 200
	x := 10
	var u uint8 = local
	fmt.Println("conversions", x/3*3.0, x+'0', u+55, float64(x)/4, local/3)
}
