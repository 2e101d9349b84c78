package table

var rows []int = []int{10, 20, 30}

func Row(i int) int {
	return rows[i]
}
