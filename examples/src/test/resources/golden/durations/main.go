package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, time.Microsecond * 1500, time.Millisecond, time.Second * 3 / 2, time.Minute + time.Second, time.Hour*2 + time.Minute*3, time.Hour * 100, -(time.Millisecond * 250), time.Duration(4611686018427387904)}
	for _, d := range ds {
		fmt.Printf("%-22v %-24s %d\n", d, d.String(), int64(d))
	}
	d := time.Second * 90
	fmt.Println(d, d.Seconds(), d.Milliseconds(), d/time.Minute, d%time.Minute)
	fmt.Println(time.Hour > time.Minute, time.Duration(42)*time.Millisecond)
	fmt.Printf("%v %d %s %T\n", time.Millisecond, time.Millisecond, time.Nanosecond, d)
}
