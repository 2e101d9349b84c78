//go:build (dev || prod) && !quiet

package main

import "fmt"

func init() {
	fmt.Println("verbose.go: an environment was chosen")
}
