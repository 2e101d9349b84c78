package main

import "fmt"

var calls int

func t(name string) bool {
	calls++
	fmt.Println("  t", name)
	return true
}

func f(name string) bool {
	calls++
	fmt.Println("  f", name)
	return false
}

func main() {
	fmt.Println("a && b:", t("a") && f("b"))
	fmt.Println("c && d:", f("c") && t("d"))
	fmt.Println("e || f:", t("e") || t("f"))
	fmt.Println("g || h && i:", f("g") || t("h") && f("i"))
	fmt.Println("(j || k) && l:", (t("j") || t("k")) && f("l"))
	fmt.Println("m && n || o && p:", f("m") && t("n") || t("o") && t("p"))
	if t("q") && (f("r") || t("s")) {
		fmt.Println("if taken")
	}
	if !f("u") && !t("v") {
		fmt.Println("not taken")
	} else {
		fmt.Println("else taken")
	}
	x := f("w") == f("x")
	fmt.Println("equal:", x, !x, x != true, x == (1 < 2))
	y := true
	y = !y && t("never")
	fmt.Println("y:", y)
	i := 0
	for i < 3 && t("loop") {
		i++
	}
	fmt.Println("calls:", calls)
}
