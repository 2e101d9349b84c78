package main

import (
	"example/bank"
	"fmt"
)

type VIP struct {
	bank.Account
	Level int
}

type memo string

func (m memo) Summary() string {
	return "memo: " + string(m)
}

func main() {
	alice := bank.Open("alice")
	alice.Deposit(50)
	fmt.Println("withdraw 20:", alice.Withdraw(20))
	fmt.Println("withdraw 99:", alice.Withdraw(99))
	fmt.Println("balance:", alice.Balance(), "value:", *alice)
	fmt.Printf("%+v %T\n", *alice, alice)
	v := VIP{Level: 2}
	v.Deposit(7)
	fmt.Println("vip:", v.Balance(), v.Summary(), v.Level)
	bank.Print(alice)
	bank.Print(v)
	bank.Print(memo("thanks"))
	var s bank.Statement = *alice
	fmt.Println(s.Summary(), fmt.Sprintf("%T", s))
}
