package main

import (
	"fmt"
	"sort"
)

type City struct {
	Name    string
	Country string
	Pop     int
}

func insertionSort(s []int) {
	for i := 1; i < len(s); i++ {
		v := s[i]
		j := i - 1
		for j >= 0 && s[j] > v {
			s[j+1] = s[j]
			j--
		}
		s[j+1] = v
	}
}

func search(s []int, x int) (int, bool) {
	lo, hi := 0, len(s)
	for lo < hi {
		mid := (lo + hi) / 2
		if s[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(s) && s[lo] == x
}

func main() {
	nums := []int{42, -7, 19, 0, 3, 88, -50, 19, 7, 1}
	sort.Ints(nums)
	fmt.Println("ints", nums)
	words := []string{"pear", "Apple", "fig", "apple", "Banana", "", "éclair", "zebra", "10", "9"}
	sort.Strings(words)
	fmt.Printf("strings %q\n", words)
	cities := []City{{"Lyon", "FR", 522000}, {"Paris", "FR", 2161000}, {"Bonn", "DE", 330000}, {"Berlin", "DE", 3645000}, {"Osaka", "JP", 2691000}, {"Kyoto", "JP", 1475000}, {"Nice", "FR", 342000}, {"Hamburg", "DE", 1841000}}
	sort.Slice(cities, func(i int, j int) bool {
		return cities[i].Pop < cities[j].Pop
	})
	fmt.Println("by population:")
	for _, c := range cities {
		fmt.Printf("  %-8s %s %9d\n", c.Name, c.Country, c.Pop)
	}
	sort.Slice(cities, func(i int, j int) bool {
		if cities[i].Country != cities[j].Country {
			return cities[i].Country < cities[j].Country
		}
		return cities[i].Name < cities[j].Name
	})
	fmt.Println("by country, then name:")
	for i, c := range cities {
		fmt.Printf("  %d %+v\n", i, c)
	}
	sort.Slice(cities, func(i int, j int) bool {
		return cities[i].Name > cities[j].Name
	})
	var names []string
	for _, c := range cities {
		names = append(names, c.Name)
	}
	fmt.Println("names descending", names)
	seed := 12345
	data := make([]int, 40)
	for i := range data {
		seed = (seed*1103515245 + 12345) % 2147483648
		data[i] = seed % 1000
	}
	other := make([]int, len(data))
	copy(other, data)
	insertionSort(data)
	sort.Ints(other)
	same := true
	for i := range data {
		if data[i] != other[i] {
			same = false
		}
	}
	fmt.Println("sorted", data)
	fmt.Println("insertion sort agrees with sort.Ints:", same)
	for _, x := range []int{data[0], data[17], 500, -1, 1000} {
		at, found := search(data, x)
		fmt.Println("search", x, at, found)
	}
	byLen := []string{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Slice(byLen, func(i int, j int) bool {
		return len(byLen[i]) < len(byLen[j]) || len(byLen[i]) == len(byLen[j]) && byLen[i] < byLen[j]
	})
	fmt.Println("by length", byLen)
}
