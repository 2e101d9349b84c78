package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	names := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool {
	return d == Saturday || d == Sunday
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for i, bit := range []Perm{Read, Write, Exec} {
		if p&bit != 0 {
			s += string([]byte{'r', 'w', 'x'}[i])
		} else {
			s += "-"
		}
	}
	if p&^(Read|Write|Exec) != 0 {
		s += fmt.Sprintf("+%#x", uint8(p&^7))
	}
	return s
}

const (
	_        = iota
	KB int64 = 1 << (10 * iota)
	MB
	GB
	TB
)

type Size int

const (
	Small Size = iota + 1
	Medium
	_ Size = iota * 100
	Huge
	Unknown Size = -1
)

const (
	A = iota * 10
	B
	_
	D
	E = "text"
	F
	G         = iota
	H float64 = iota + 0.5
	I
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday, Weekday(9), Weekday(-1))
	fmt.Printf("%v %s %d %q %x %T\n", Friday, Friday, Friday, Friday, Friday, Friday)
	for d := Sunday; d <= Saturday; d++ {
		if d.Weekend() {
			fmt.Printf("%v! ", d)
		} else {
			fmt.Printf("%v ", d)
		}
	}
	fmt.Println()
	today := Tuesday
	fmt.Println("two days after", today, "is", (today + 2), "and", Saturday+1, "wraps to", (today+5)%7)
	rw := Read | Write
	fmt.Println(Read, Write, Exec, rw, rw|Exec, Perm(0))
	fmt.Printf("%d %d %d %08b %v\n", Read, Write, Exec, rw|Exec, Perm(240)|Exec)
	fmt.Println("can write:", rw&Write != 0, "can exec:", rw&Exec != 0, "dropped write:", rw&^Write, ^rw)
	fmt.Println(KB, MB, GB, TB, TB/GB)
	fmt.Printf("%T %T\n", KB, MB)
	fmt.Println(Small, Medium, Huge, Unknown)
	fmt.Println(A, B, D, E, F, G, H, I)
	fmt.Printf("%T %T %T %T\n", A, F, G, I)
	hours := map[Weekday]int{Monday: 8, Friday: 6, Sunday: 0}
	fmt.Println(hours, len(hours))
	fmt.Println(hours[Friday], hours[Thursday])
}
