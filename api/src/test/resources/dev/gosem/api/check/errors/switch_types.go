package main

type Shape interface{ Area() float64 }
type Sq struct{}

func (Sq) Area() float64 { return 1 }

func main() {
	var s Shape = Sq{}
	switch s.(type) {
	case Sq, *Sq:
	case Shape:
	case string:
	default:
	default:
	}
	switch t := s; t {
	case Sq{}:
	case nil:
	}
}
/* go build (Go 1.19):
13:7: impossible type switch case: string
	s (variable of type Shape) cannot have dynamic type string (missing Area method)
15:2: multiple defaults (first at main.go:14:2)
*/
