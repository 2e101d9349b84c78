package geometry

type Square struct {
	Side int
}

func (s Square) Area() int {
	return s.Side * s.Side
}

func Area(w int, h int) int {
	return w * h
}
