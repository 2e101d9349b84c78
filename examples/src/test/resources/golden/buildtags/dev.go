//go:build dev

package main

func init() {
	configArr = append(configArr, "mysql dev")
}
