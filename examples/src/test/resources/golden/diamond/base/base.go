package base

import "fmt"

var Inits int

var log []string

func init() {
	Inits++
	fmt.Println("base: init number", Inits)
}

func Register(who string) int {
	log = append(log, who)
	return len(log)
}

func Log() []string {
	return log
}
