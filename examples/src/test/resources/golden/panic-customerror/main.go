package main

import "fmt"

type HTTPError struct {
	Code int
	Path string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%d on %s", e.Code, e.Path)
}

func fetch(path string) {
	panic(&HTTPError{404, path})
}

func main() {
	fetch("/missing")
}
