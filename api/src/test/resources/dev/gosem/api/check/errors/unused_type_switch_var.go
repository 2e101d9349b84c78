package main

func main() {
	var i interface{} = 1
	switch v := i.(type) {
	case int:
	case string:
	}
}
/* go build (Go 1.19):
5:9: declared and not used: v
*/
