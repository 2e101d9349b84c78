package registry

func init() {
	Add("second")
	Hook = func(s string) string {
		return "[" + s + "]"
	}
	Add("third")
}
