package main

func main() {
	name := "config.yaml"
	panic("cannot open " + name + ":\n\tpermission denied")
}
