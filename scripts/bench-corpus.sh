#!/usr/bin/env bash
# Times artikel over a folder of articles: throughput with 1 and 2 jobs, peak
# memory, and linear growth on the corpus repeated 10 times as JSON Lines.
# Usage: scripts/bench-corpus.sh [FOLDER]   (default ../shared/data/news-de)
# BIN names the binary (default bin/artikel, built when missing). BASE names
# a second binary, e.g. one built from the previous commit: each run then
# alternates between the two, so that both see the same machine load, and
# each row shows both.
set -euo pipefail
dir=${1:-../shared/data/news-de}
bin=${BIN:-bin/artikel}
base=${BASE:-}
runs=${RUNS:-3}
[ -x "$bin" ] || go build -o "$bin" ./cmd/artikel
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=$(find "$dir" -name '*.txt' | wc -l)

# The corpus as JSON Lines, once and ten times over.
python3 - "$dir" "$tmp" <<'PY'
import json, pathlib, sys
docs = [json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False)
        for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt"))]
out = pathlib.Path(sys.argv[2])
(out / "1x.jsonl").write_text("\n".join(docs) + "\n", encoding="utf-8")
(out / "10x.jsonl").write_text(("\n".join(docs) + "\n") * 10, encoding="utf-8")
PY

run() { # binary, args...: prints "seconds KB"
  local b=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$b" "$@" >/dev/null
  cat "$tmp/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
row() { # label, docs, secs file, kb file
  awk -v l="$1" -v d="$2" -v s="$(median < "$3")" -v k="$(median < "$4")" \
    'BEGIN { printf "%-34s %8.2f %10.0f %12.0f\n", l, s, d / s, k / 1024 }'
}
printf '%-34s %8s %10s %12s\n' "run (median of $runs)" "seconds" "docs/s" "peak RSS MB"
for spec in "folder --jobs 1|$n|--jobs 1 --format jsonl $dir" \
            "folder --jobs 2|$n|--jobs 2 --format jsonl $dir" \
            "jsonl 1x --jobs 2|$n|--jobs 2 --input jsonl --format jsonl $tmp/1x.jsonl" \
            "jsonl 10x --jobs 2|$((n * 10))|--jobs 2 --input jsonl --format jsonl $tmp/10x.jsonl"; do
  IFS='|' read -r label docs args <<<"$spec"
  : >"$tmp/s"; : >"$tmp/k"; : >"$tmp/bs"; : >"$tmp/bk"
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    read -r s k <<<"$(run "$bin" analyze $args)"
    echo "$s" >>"$tmp/s"; echo "$k" >>"$tmp/k"
    if [ -n "$base" ]; then
      # shellcheck disable=SC2086
      read -r s k <<<"$(run "$base" analyze $args)"
      echo "$s" >>"$tmp/bs"; echo "$k" >>"$tmp/bk"
    fi
  done
  row "$label" "$docs" "$tmp/s" "$tmp/k"
  [ -z "$base" ] || row "  base" "$docs" "$tmp/bs" "$tmp/bk"
done
