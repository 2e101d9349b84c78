package main

func platform() string {
	return "linux"
}
