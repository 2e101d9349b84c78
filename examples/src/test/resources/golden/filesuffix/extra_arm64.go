package main

func extra() int {
	return 64
}
