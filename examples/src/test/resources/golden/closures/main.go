package main

import "fmt"

func counter(step int) func() int {
	n := 0
	return func() int {
		n += step
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func account(balance int) (deposit func(int), withdraw func(int) bool, get func() int) {
	deposit = func(x int) {
		balance += x
	}
	withdraw = func(x int) bool {
		if x > balance {
			return false
		}
		balance -= x
		return true
	}
	get = func() int {
		return balance
	}
	return
}

func main() {
	byOne, byTen := counter(1), counter(10)
	fmt.Println(byOne(), byOne(), byTen(), byOne(), byTen(), counter(1)())
	fib := fibGen()
	for i_ := 0; i_ < 12; i_++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
	x := 10
	inc := func() {
		x++
	}
	show := func() int {
		return x
	}
	inc()
	inc()
	fmt.Println("inside changed x:", x, show())
	x = 100
	fmt.Println("outside changed x:", show())
	deposit, withdraw, balance := account(50)
	deposit(25)
	fmt.Println("withdraw 100:", withdraw(100), "withdraw 60:", withdraw(60), "balance:", balance())
	var fns []func() string
	for i, w := range []string{"a", "b", "c"} {
		i, w := i, w
		fns = append(fns, func() string {
			return fmt.Sprint(i, w, i*2)
		})
	}
	for _, g := range fns {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var shared []func() int
	k := 0
	for ; k < 3; k++ {
		shared = append(shared, func() int {
			return k * 10
		})
	}
	for _, g := range shared {
		fmt.Print(g(), " ")
	}
	fmt.Println("after the loop k =", k)
	ops := map[string]func(int, int) int{"add": func(a int, b int) int {
		return a + b
	}, "sub": func(a int, b int) int {
		return a - b
	}}
	ops["mul"] = func(a int, b int) int {
		return a * b
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, ops[name](7, 3))
	}
	div, ok := ops["div"]
	fmt.Println("div:", div == nil, ok, len(ops))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))
	memo := map[int]int{}
	var fibm func(int) int
	fibm = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fibm(n-1) + fibm(n-2)
		memo[n] = v
		return v
	}
	fmt.Println("fib(90) =", fibm(90), "memo entries:", len(memo))
	total := []int{}
	add := func(vs ...int) {
		total = append(total, vs...)
	}
	add(1)
	add(2, 3)
	add()
	fmt.Println(total, len(total))
	adder := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int {
				return a*100 + b*10 + c
			}
		}
	}
	add12 := adder(1)(2)
	fmt.Println(add12(3), add12(4), adder(5)(6)(7))
}
