package logger

import "fmt"

func init() {
	fmt.Println("logger: initialized by a blank import")
}
