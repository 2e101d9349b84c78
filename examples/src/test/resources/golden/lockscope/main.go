package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.Mutex
	data map[string]int
	log  []string
}

func (s *Store) Update(key string, delta int) bool {
	var before int
	func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		before = s.data[key]
		s.data[key] += delta
	}()
	free := s.mu.TryLock()
	if free {
		s.mu.Unlock()
	}
	return free && before >= 0
}

func main() {
	s := &Store{data: make(map[string]int)}
	var wg sync.WaitGroup
	unlockedAfter := make(chan bool, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			if k%10 == 0 {
				s.Update("tens", 10)
				return
			}
			s.Update("ones", 1)
		}(i)
	}
	wg.Wait()
	fmt.Println("ones:", s.data["ones"], "tens:", s.data["tens"])
	fmt.Println("lock free after Update:", s.Update("x", 1))
	close(unlockedAfter)
	var mu sync.Mutex
	count := 0
	safeInc := func(fail bool) {
		mu.Lock()
		defer mu.Unlock()
		defer func() {
			if recover() != nil {
				fmt.Println("recovered; the lock is released too")
			}
		}()
		count++
		if fail {
			panic("failed while holding the lock")
		}
	}
	safeInc(false)
	safeInc(true)
	safeInc(false)
	fmt.Println("count:", count, "lock free:", mu.TryLock())
	(&mu).Unlock()
}
