//go:build jvm

package platform

const WordBits = 64
