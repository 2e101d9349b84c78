package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X int
	Y int
}

type Code int

func catch(v any) {
	defer func() {
		r := recover()
		fmt.Printf("%v (%T)\n", r, r)
	}()
	panic(v)
}

func main() {
	catch(42)
	catch("a string")
	catch(2.5)
	catch(errors.New("an error"))
	catch(Point{1, 2})
	catch(&Point{3, 4})
	catch([]int{1, 2, 3})
	catch(Code(7))
	catch(true)
	catch('x')
	catch(uint8(255))
	catch(fmt.Errorf("wrapped: %w", errors.New("inner")))
	e := errors.New("sentinel")
	defer func() {
		r := recover()
		fmt.Println("same error value:", r == e, errors.Is(r.(error), e))
	}()
	panic(e)
}
