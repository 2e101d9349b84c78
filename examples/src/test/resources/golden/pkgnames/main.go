package main

import (
	"example/geom"
	_ "example/logger"
	u "example/util"
	"fmt"
)

func main() {
	fmt.Println("area:", geometry.Area(3, 4), "twice:", u.Twice(21))
	s := geometry.Square{5}
	fmt.Printf("%v %+v %T %d\n", s, s, s, s.Area())
}
