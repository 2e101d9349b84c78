package color

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
	count
)

const Count = int(count)

var names [3]string = [3]string{"red", "green", "blue"}

func (c Color) String() string {
	if c < 0 || c >= count {
		return fmt.Sprintf("Color(%d)", int(c))
	}
	return names[c]
}

func (c Color) Next() Color {
	return (c + 1) % count
}
