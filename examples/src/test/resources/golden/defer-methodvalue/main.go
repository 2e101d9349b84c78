package main

import "fmt"

type Speaker interface {
	Speak()
}

type Dog struct {
	name string
}

func (d Dog) Speak() {
	fmt.Println(d.name, "says woof")
}

type Cat struct {
	name  string
	lives int
}

func (c *Cat) Speak() {
	fmt.Println(c.name, "says meow with", c.lives, "lives")
}

func main() {
	d := Dog{"rex"}
	speak := d.Speak
	defer speak()
	defer Dog.Speak(d)
	var s Speaker = d
	defer s.Speak()
	c := &Cat{"tom", 9}
	defer c.Speak()
	s = c
	defer s.Speak()
	d.name = "fido"
	c.lives = 8
	s = Dog{"late"}
	fmt.Println("end of main:", d.name)
}
