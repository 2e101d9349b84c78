//go:build !amd64 && !jvm

package platform

const WordBits = 32
