#!/usr/bin/env bash
# goldens.sh makes the goldens of the example programs with the real Go toolchain (Go 1.19).
#
#   examples/goldens.sh                 regenerate the goldens of every example
#   examples/goldens.sh fib gcd         regenerate only these
#   examples/goldens.sh --check [NAME]  regenerate into a temporary directory and compare with the
#                                       committed goldens; exits 1 naming every one that drifted
#
# For each example it prints the Go 1.19 source (dev.gosem.examples.GoSources), builds it with
# `go build -trimpath` as module "example" (so a traceback names example/main.go, not a temporary
# directory), runs the binary with no input and writes what it printed on stdout and stderr, its
# exit status (the number and a newline) and the source it was built from into
# examples/src/test/resources/golden/NAME/{stdout,stderr,exit,main.go} (a program with packages
# also has their directories, e.g. geom/geom.go). ConformanceTest compares
# the JVM backend against these files. Works from any directory; builds the project first (Maven
# offline, then online if something is missing).
set -euo pipefail

root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
golden="$root/examples/src/test/resources/golden"

check=false
names=()
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    -h | --help)
      sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    -*)
      echo "goldens.sh: unknown option $arg (see examples/goldens.sh --help)" >&2
      exit 2
      ;;
    *) names+=("$arg") ;;
  esac
done

if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME:-}/bin/java" ]] && [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"

command -v go >/dev/null || {
  echo "goldens.sh: the go command is not on PATH (apt-get install golang-go)" >&2
  exit 1
}
go_version=$(go env GOVERSION)
if [[ "$go_version" != go1.19 && "$go_version" != go1.19.* ]]; then
  echo "goldens.sh: warning: the goldens are made with Go 1.19, this is $go_version" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# quietly LOG CMD...: runs CMD with its output in LOG, printing the log only if CMD fails.
quietly() {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    return 1
  fi
}

# The examples module and what it needs, packaged but never installed (the local repository is
# shared by every checkout on the machine), with its class path resolved in the same reactor so
# that this checkout's modules come from their target directories; offline first, online if
# something is missing.
goals=(-pl examples -am package dependency:build-classpath -DskipTests -DincludeScope=runtime
  -Dmdep.outputFile="$tmp/classpath.raw")
mvn=(mvn -q -B -f "$root/pom.xml")
if ! "${mvn[@]}" -o "${goals[@]}" >"$tmp/build.log" 2>&1; then
  quietly "$tmp/build.log" "${mvn[@]}" "${goals[@]}" || {
    echo "goldens.sh: the build failed (output above)" >&2
    exit 1
  }
fi
classpath="$root/examples/target/classes:$(cat "$tmp/classpath.raw")"

"$java" -cp "$classpath" dev.gosem.examples.GoSources "$tmp/src" "${names[@]}"

# A fixed environment, so that the goldens do not depend on the caller's settings.
unset GOTRACEBACK GODEBUG GOFLAGS GOOS GOARCH GOAMD64 GOWORK
export GO111MODULE=on CGO_ENABLED=0

made=()
for dir in "$tmp"/src/*/; do
  name=$(basename "$dir")
  out="$tmp/now/$name"
  mkdir -p "$out"
  # a program with packages comes with its go.mod (module example); others get this one
  [[ -f "$dir/go.mod" ]] || printf 'module example\n\ngo 1.19\n' >"$dir/go.mod"
  tags=$(cat "$dir/.tags" 2>/dev/null || true)
  if ! (cd "$dir" && GOFLAGS=-mod=mod go build -trimpath -tags "$tags" -o "$tmp/bin/$name" .) >"$tmp/go.log" 2>&1; then
    cat "$tmp/go.log" >&2
    echo "goldens.sh: Go does not build example $name (its source: examples/goldens.sh prints it in $dir)" >&2
    exit 1
  fi
  set +e
  (cd "$dir" && timeout 120 "$tmp/bin/$name" </dev/null >"$out/stdout" 2>"$out/stderr")
  status=$?
  set -e
  if [[ $status -eq 124 ]]; then
    echo "goldens.sh: example $name ran for more than 120 seconds" >&2
    exit 1
  fi
  echo "$status" >"$out/exit"
  # the sources, packages in their directories
  (cd "$dir" && find . -name '*.go' | sort | while read -r f; do
    mkdir -p "$out/$(dirname "$f")"
    cp "$f" "$out/$f"
  done)
  made+=("$name")
done

if $check; then
  # Heap addresses and goroutine numbers differ from run to run: compare stderr as ConformanceTest
  # does, with a SIGSEGV line's pc=0x… and a panic value's address ("panic: (main.T) 0x…")
  # blanked, up to the first "goroutine N [" line (the traceback after it holds argument addresses).
  mkdir -p "$tmp/committed"
  blank_addresses() {
    local f
    for f in "$@"; do # one sed per file: its q ends the whole run
      sed -E -i -e 's/pc=0x[0-9a-f]+/pc=0x?/g' -e 's/^(\t?panic: \([^)]*\)) 0x[0-9a-f]+/\1 0x?/' \
        -e '/^goroutine [0-9]+ \[/{s/^goroutine [0-9]+/goroutine N/;q}' "$f"
    done
  }
  drifted=()
  for name in "${made[@]}"; do
    if [[ -d "$golden/$name" ]]; then
      cp -r "$golden/$name" "$tmp/committed/$name"
      blank_addresses "$tmp/committed/$name/stderr" "$tmp/now/$name/stderr"
    fi
    # Relative names, so the differences read "committed/NAME/stdout" against "now/NAME/stdout".
    if ! (cd "$tmp" && diff -ru "committed/$name" "now/$name") >"$tmp/diff" 2>&1; then
      cat "$tmp/diff"
      drifted+=("$name")
    fi
  done
  if ((${#names[@]} == 0)); then
    for dir in "$golden"/*/; do
      [[ -d "$dir" ]] || continue
      name=$(basename "$dir")
      if [[ ! -d "$tmp/now/$name" ]]; then
        echo "golden/$name: there is no example $name"
        drifted+=("$name")
      fi
    done
  fi
  if ((${#drifted[@]} > 0)); then
    echo "goldens.sh: the goldens of ${drifted[*]} do not match what Go prints now (differences above);" \
      "if the change is intended, regenerate them with examples/goldens.sh and commit them" >&2
    exit 1
  fi
  echo "goldens.sh: the goldens of ${#made[@]} examples match what $go_version prints"
else
  mkdir -p "$golden"
  for name in "${made[@]}"; do
    rm -rf "${golden:?}/$name"
    cp -r "$tmp/now/$name" "$golden/$name"
  done
  if ((${#names[@]} == 0)); then
    for dir in "$golden"/*/; do
      [[ -d "$dir" ]] || continue
      name=$(basename "$dir")
      if [[ ! -d "$tmp/now/$name" ]]; then
        echo "goldens.sh: removing golden/$name: there is no example $name"
        rm -rf "${golden:?}/$name"
      fi
    done
  fi
  echo "goldens.sh: wrote the goldens of ${#made[@]} examples with $go_version into ${golden#"$root"/}"
fi
