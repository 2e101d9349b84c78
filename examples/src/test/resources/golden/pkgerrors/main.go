package main

import (
	"errors"
	"example/store"
	"fmt"
)

func main() {
	for _, k := range []string{"a", "zz", ""} {
		v, err := store.Get(k)
		fmt.Printf("%q: %d %v\n", k, v, err)
		fmt.Println("  is ErrNotFound:", errors.Is(err, store.ErrNotFound))
		var ke *store.KeyError
		if errors.As(err, &ke) {
			fmt.Printf("  a %T for key %q\n", ke, ke.Key)
		}
		switch e := err.(type) {
		case nil:
			fmt.Println("  no error")
		case *store.KeyError:
			fmt.Println("  *store.KeyError:", e.Reason)
		default:
			fmt.Printf("  %T\n", e)
		}
	}
}
