package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) {
	a.Name = n
}

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string {
	return d.Name + " says woof"
}

type Bird struct {
	Animal
	CanFly bool
}

func (b Bird) Describe() string {
	return fmt.Sprintf("%s (a bird that flies: %t)", b.Animal.Describe(), b.CanFly)
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

type Service struct {
	*Logger
	Name string
}

func (s Service) Start() {
	s.Log(s.Name + " started")
}

type Labeled struct {
	Animal
	Name string
}

type Describer interface {
	Describe() string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe(), "|", d.Speak())
	d.Rename("Max")
	fmt.Println(d.Speak(), d.Animal)
	fmt.Printf("%v\n%+v\n%#v\n", d, d, d)
	tweety := Bird{Animal: Animal{Name: "Tweety", Legs: 2}, CanFly: true}
	all := []Describer{Animal{"Cat", 4}, d, &d, tweety, Bird{Animal{"Pingu", 2}, false}}
	for i, x := range all {
		fmt.Printf("%d %-12T %s\n", i, x, x.Describe())
	}
	(&d).Rename("Buddy")
	fmt.Println("the slice holds copies:", all[1].Describe(), "|", all[2].Describe())
	log := Logger{prefix: "[app] "}
	s1 := Service{&log, "db"}
	s2 := Service{Logger: &log, Name: "web"}
	s1.Start()
	s2.Start()
	s2.Log("request handled")
	s1.Logger.Log("explicit")
	fmt.Println(len(log.lines), s1.lines == nil, s1.prefix)
	for _, l := range log.lines {
		fmt.Println(l)
	}
	lab := Labeled{Animal{"inner", 3}, "outer"}
	fmt.Println(lab.Name, lab.Animal.Name, lab.Describe())
	lab.Rename("renamed")
	fmt.Printf("%+v\n", lab)
}
