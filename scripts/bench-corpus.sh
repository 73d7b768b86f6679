#!/usr/bin/env bash
# Times artikel over a folder of articles: throughput with 1 and 2 jobs, peak
# memory, and linear growth on the corpus repeated 10 times as JSON Lines.
# Usage: scripts/bench-corpus.sh [FOLDER]   (default ../shared/data/news-de)
set -euo pipefail
dir=${1:-../shared/data/news-de}
bin=${BIN:-bin/artikel}
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

run() { # label, args...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$bin" "$@" >/dev/null
  read -r secs kb < "$tmp/time"
  echo "$label|$secs|$kb"
}
best() { # label, args...: best of three runs
  local label=$1; shift
  for _ in 1 2 3; do run "$label" "$@"; done | sort -t'|' -k2 -n | head -1
}
printf '%-34s %8s %10s %12s\n' "run" "seconds" "docs/s" "peak RSS MB"
for spec in "folder --jobs 1|$n|--jobs 1 --format jsonl $dir" \
            "folder --jobs 2|$n|--jobs 2 --format jsonl $dir" \
            "jsonl 1x --jobs 2|$n|--jobs 2 --input jsonl --format jsonl $tmp/1x.jsonl" \
            "jsonl 10x --jobs 2|$((n * 10))|--jobs 2 --input jsonl --format jsonl $tmp/10x.jsonl"; do
  IFS='|' read -r label docs args <<<"$spec"
  # shellcheck disable=SC2086
  IFS='|' read -r _ secs kb <<<"$(best "$label" analyze $args)"
  awk -v l="$label" -v s="$secs" -v d="$docs" -v k="$kb" 'BEGIN { printf "%-34s %8.2f %10.0f %12.0f\n", l, s, d / s, k / 1024 }'
done
