#!/usr/bin/env bash
# Runs every Fuzz* target in the module for a bounded time each
# (FUZZTIME: a count such as 10000x, or a duration; default 10000x), so
# parsers meet random input in every CI run.
set -euo pipefail
fuzztime=${FUZZTIME:-10000x}
grep -rl --include='*_test.go' '^func Fuzz' internal cmd 2>/dev/null | xargs -r -n1 dirname | sort -u | while read -r dir; do
  for fn in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go | sed 's/^func //'); do
    echo "fuzz ./$dir $fn ($fuzztime)"
    go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$fuzztime" "./$dir"
  done
done
