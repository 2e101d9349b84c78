//go:build jvm

package main

func arch() string {
	return "a 64-bit little-endian machine"
}
