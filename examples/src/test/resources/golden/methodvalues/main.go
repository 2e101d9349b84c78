package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
}

func (a Account) Report() string {
	return fmt.Sprintf("%s has %d", a.Owner, a.Balance)
}

type Reporter interface {
	Report() string
}

type Shout string

func (s Shout) Report() string {
	return string(s) + "!"
}

func apply(fs []func(int), n int) {
	for _, g := range fs {
		g(n)
	}
}

func main() {
	acc := Account{"ann", 10}
	deposit := acc.Deposit
	report := acc.Report
	deposit(5)
	deposit(5)
	fmt.Println(acc.Balance, "|", report(), "|", acc.Report())
	expr := (*Account).Deposit
	expr(&acc, 100)
	rep := Account.Report
	fmt.Println(rep(acc), rep(Account{"zed", -1}))
	fmt.Printf("%T | %T | %T | %T\n", deposit, report, expr, rep)
	bob := &Account{Owner: "bob"}
	ops := map[string]func(int){"ann": acc.Deposit, "bob": bob.Deposit}
	ops["ann"](1)
	ops["bob"](2)
	ops["bob"](3)
	fmt.Println(acc.Report(), "|", bob.Report(), "|", len(ops))
	apply([]func(int){acc.Deposit, bob.Deposit, bob.Deposit}, 1000)
	fmt.Println(acc.Balance, bob.Balance)
	rs := []Reporter{acc, bob, Shout("hey")}
	var bound []func() string
	for _, r := range rs {
		bound = append(bound, r.Report)
	}
	acc.Deposit(1)
	bob.Deposit(1)
	for i, g := range bound {
		fmt.Println(i, g())
	}
	viaFunc := func(r Reporter) string {
		return r.Report()
	}
	fmt.Printf("%s | %s | %T\n", viaFunc(Shout("expr")), viaFunc(bob), viaFunc)
	names := []string{"kim", "al", "jo"}
	less := func(i int, j int) bool {
		return names[i] < names[j]
	}
	sort.Slice(names, less)
	fmt.Println(names, less == nil, deposit != nil)
}
