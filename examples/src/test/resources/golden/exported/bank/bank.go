package bank

import (
	"errors"
	"fmt"
)

type Account struct {
	owner   string
	balance int
}

type Statement interface {
	Summary() string
}

var ErrInsufficient error = errors.New("insufficient funds")

func Open(owner string) *Account {
	return &Account{owner: owner}
}

func (a *Account) Deposit(n int) {
	a.balance = a.balance + n
}

func (a *Account) Withdraw(n int) error {
	if !a.covers(n) {
		return ErrInsufficient
	}
	a.balance = a.balance - n
	return nil
}

func (a Account) covers(n int) bool {
	return a.balance >= n
}

func (a Account) Balance() int {
	return a.balance
}

func (a Account) Summary() string {
	return fmt.Sprintf("%s has %d", a.owner, a.balance)
}

func Print(s Statement) {
	fmt.Println("statement:", s.Summary())
}
