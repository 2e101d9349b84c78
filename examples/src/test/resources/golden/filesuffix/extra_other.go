//go:build !arm64

package main

func extra() int {
	return 0
}
