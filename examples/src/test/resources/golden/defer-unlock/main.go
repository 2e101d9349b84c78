package main

import (
	"errors"
	"fmt"
)

type Mutex struct {
	locked bool
	locks  int
}

func (m *Mutex) Lock() {
	if m.locked {
		panic("Lock of locked Mutex")
	}
	m.locked = true
	m.locks++
}

func (m *Mutex) Unlock() {
	if !m.locked {
		panic("Unlock of unlocked Mutex")
	}
	m.locked = false
}

type Account struct {
	mu      Mutex
	balance int
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n <= 0 {
		return errors.New("invalid amount")
	}
	if n > a.balance {
		return fmt.Errorf("insufficient funds: have %d, need %d", a.balance, n)
	}
	a.balance -= n
	return nil
}

func (a *Account) MustDeposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n <= 0 {
		panic(fmt.Sprintf("deposit of %d", n))
	}
	a.balance += n
}

func tryDeposit(a *Account, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
		}
	}()
	a.MustDeposit(n)
}

func main() {
	a := &Account{balance: 100}
	{
		err := a.Withdraw(30)
		fmt.Println("withdraw", 30, "->", err, "balance", a.balance, "locked", a.mu.locked)
	}
	{
		err := a.Withdraw(0)
		fmt.Println("withdraw", 0, "->", err, "balance", a.balance, "locked", a.mu.locked)
	}
	{
		err := a.Withdraw(500)
		fmt.Println("withdraw", 500, "->", err, "balance", a.balance, "locked", a.mu.locked)
	}
	{
		err := a.Withdraw(70)
		fmt.Println("withdraw", 70, "->", err, "balance", a.balance, "locked", a.mu.locked)
	}
	tryDeposit(a, 25)
	fmt.Println("deposit", 25, "-> balance", a.balance, "locked", a.mu.locked)
	tryDeposit(a, -5)
	fmt.Println("deposit", -5, "-> balance", a.balance, "locked", a.mu.locked)
	tryDeposit(a, 5)
	fmt.Println("deposit", 5, "-> balance", a.balance, "locked", a.mu.locked)
	fmt.Println("locks taken:", a.mu.locks)
}
