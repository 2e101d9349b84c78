package main

import "fmt"

var configArr []string

func main() {
	fmt.Println("config:", configArr, "entries:", len(configArr))
	if len(configArr) == 0 {
		fmt.Println("no environment selected")
	}
}
