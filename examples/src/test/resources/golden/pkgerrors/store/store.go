package store

import (
	"errors"
	"fmt"
)

var ErrNotFound error = errors.New("not found")

type KeyError struct {
	Key    string
	Reason string
}

func (e *KeyError) Error() string {
	return fmt.Sprintf("key %q: %s", e.Key, e.Reason)
}

var data map[string]int = map[string]int{"a": 1, "b": 2}

func Get(k string) (int, error) {
	if k == "" {
		return 0, &KeyError{k, "empty key"}
	}
	if v, ok := data[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("get %s: %w", k, ErrNotFound)
}
