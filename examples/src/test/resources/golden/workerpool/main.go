package main

import (
	"fmt"
	"sort"
	"sync"
)

type Result struct {
	Job    int
	Square int
	Worker int
}

func worker(id int, jobs <-chan int, results chan<- Result, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- Result{j, j * j, id}
	}
	wg.Done()
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan Result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i int, k int) bool {
		return all[i].Job < all[k].Job
	})
	sum := 0
	for _, r := range all {
		fmt.Printf("job %2d -> %3d\n", r.Job, r.Square)
		sum += r.Square
	}
	jobsDone := 0
	for _, n := range perWorker {
		jobsDone += n
	}
	fmt.Println("results:", len(all), "sum:", sum, "jobs counted per worker:", jobsDone)
}
