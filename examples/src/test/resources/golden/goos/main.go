package main

import (
	"example/platform"
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("GOOS:", runtime.GOOS, "from the package:", platform.OS())
	fmt.Println("linux?", runtime.GOOS == "linux")
	fmt.Println("a known GOARCH?", runtime.GOARCH == "amd64" || runtime.GOARCH == "jvm")
	fmt.Println("arch says:", arch(), "word bits:", platform.WordBits)
	const osLen = len(runtime.GOOS)
	fmt.Println("len(GOOS) is a constant:", osLen)
}
