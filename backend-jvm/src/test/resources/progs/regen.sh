#!/usr/bin/env bash
# Regenerates the expected output of every program here with the Go toolchain (Go 1.19):
#   backend-jvm/src/test/resources/progs/regen.sh [NAME.go...]
# (List every program in index.txt.) For NAME.go it writes NAME.stdout, NAME.stderr and NAME.exit (built with -trimpath, so
# tracebacks name example/main.go). GoProgramsTest compares gosem's run of each with them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
files=("$@")
((${#files[@]})) || files=(*.go)
for f in "${files[@]}"; do
  name="${f%.go}"
  mkdir -p "$work/$name"
  cp "$f" "$work/$name/main.go"
  printf 'module example\n\ngo 1.19\n' >"$work/$name/go.mod"
  (cd "$work/$name" && GOFLAGS=-mod=mod go build -trimpath -o prog .)
  set +e
  "$work/$name/prog" >"$name.stdout" 2>"$name.stderr"
  echo $? >"$name.exit"
  set -e
  echo "$name: exit $(cat "$name.exit")"
done
