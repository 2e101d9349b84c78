#!/bin/sh
# Regenerates expected.txt, what Go prints for each case in cases.txt, with the Go toolchain
# (the committed file was made with go1.19.8 linux/amd64). Run from anywhere:
#   ir/src/test/resources/constfold/regen.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run "$here/gen.go" < "$here/cases.txt" > "$tmp/main.go"
(cd "$tmp" && GO111MODULE=off go run main.go) > "$here/expected.txt"
