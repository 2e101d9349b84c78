package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = "It was the best of times, it was the worst of times, it was the age of wisdom,\nit was the age of foolishness, it was the epoch of belief, it was the epoch of\nincredulity, it was the season of Light, it was the season of Darkness, it was\nthe spring of hope, it was the winter of despair, we had everything before us,\nwe had nothing before us, we were all going direct to Heaven, we were all going\ndirect the other way -- in short, the period was so far like the present period...\n"

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func trim(w string) string {
	start := 0
	for start < len(w) && !isLetter(w[start]) {
		start++
	}
	end := len(w)
	for end > start && !isLetter(w[end-1]) {
		end--
	}
	return w[start:end]
}

func main() {
	counts := make(map[string]int)
	total := 0
	lengths := make(map[int]int)
	for _, raw := range strings.Fields(text) {
		w := strings.ToLower(trim(raw))
		if w == "" {
			continue
		}
		counts[w]++
		lengths[len(w)]++
		total++
	}
	fmt.Println("words:", total, "distinct:", len(counts))
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i int, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	for i, w := range words {
		if i == 12 {
			break
		}
		fmt.Printf("%2d. %-8s %2d %s\n", i+1, w, counts[w], strings.Repeat("*", counts[w]))
	}
	var once []string
	for _, w := range words {
		if counts[w] == 1 {
			once = append(once, w)
		}
	}
	sort.Strings(once)
	fmt.Println("used once:", len(once))
	fmt.Println(strings.Join(once, ", "))
	fmt.Println("lengths:", lengths)
	longest := 0
	for n := range lengths {
		if n > longest {
			longest = n
		}
	}
	n_1 := longest + 1
	for n_ := n_1 - n_1; n_ < n_1; n_++ {
		n := n_
		if lengths[n] > 0 {
			fmt.Printf("%2d %-12s|\n", n, strings.Repeat("#", lengths[n]/2+1))
		}
	}
}
