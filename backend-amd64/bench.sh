#!/usr/bin/env bash
# bench.sh: gosem's amd64 backend against go build (Go 1.19) on the same machine.
#
# Builds five programs (fib(35), a nested-loop integer sum, a Collatz search, a string built by
# appends, two strings built by interleaved appends; see
# src/test/java/dev/gosem/backend/amd64/BenchPrograms.java) once with `go build`
# and once with gosem's amd64 backend, checks that both print the same, then runs each pair
# alternately RUNS times (default 7) and reports the median wall time of each and the ratio
# gosem/Go. Results are described in docs/benchmarks.md.
#
# Usage: backend-amd64/bench.sh            (from anywhere; RUNS=11 for more runs)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${RUNS:-7}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d "${TMPDIR:-/tmp}/gosem-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

command -v go >/dev/null || { echo "bench: go (1.19) is not on PATH" >&2; exit 1; }

cd "$root"
echo "building gosem..." >&2
mvn -q -o install -DskipTests >/dev/null 2>&1 || mvn -q install -DskipTests >/dev/null
(cd backend-amd64 && mvn -q -o test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test >/dev/null)
"$JAVA_HOME/bin/java" -cp "backend-amd64/target/test-classes:backend-amd64/target/classes:$(cat "$work/classpath")" \
  dev.gosem.backend.amd64.BenchPrograms "$work"

names=(fib loops collatz strings strings2)
for name in "${names[@]}"; do
  (cd "$work/$name" && CGO_ENABLED=0 GOFLAGS= go build -o "$work/$name.gobin" .)
  "$work/$name.gobin" >"$work/$name.go.out" 2>&1
  "$work/$name.gosem" >"$work/$name.gosem.out" 2>&1
  if ! cmp -s "$work/$name.go.out" "$work/$name.gosem.out"; then
    echo "bench: $name prints differently:" >&2
    diff "$work/$name.go.out" "$work/$name.gosem.out" >&2 || true
    exit 1
  fi
done

# Wall time of one run in milliseconds (output discarded).
millis() {
  local start end
  start=$(date +%s%N)
  "$1" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "$(go version), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
printf '%-10s %10s %12s %8s\n' program "go (ms)" "gosem (ms)" ratio
for name in "${names[@]}"; do
  : >"$work/$name.go.times"
  : >"$work/$name.gosem.times"
  for ((i = 0; i < runs; i++)); do
    millis "$work/$name.gobin" >>"$work/$name.go.times"
    millis "$work/$name.gosem" >>"$work/$name.gosem.times"
  done
  g=$(median <"$work/$name.go.times")
  s=$(median <"$work/$name.gosem.times")
  printf '%-10s %10s %12s %8s\n' "$name" "$g" "$s" "$(awk -v s="$s" -v g="$g" 'BEGIN { printf "%.2f", (g > 0 ? s / g : 0) }')"
done
