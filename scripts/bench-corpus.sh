#!/usr/bin/env bash
# Prints the performance table of the README: one article cold (the bundled
# sample, with detection and with --lang de, and `artikel version` as the
# floor), then a folder of articles with 1 and 2 jobs, as JSON Lines, and
# repeated 10 times (memory must stay flat). Figures are medians; CPU is
# user + system time, which varies less than wall time on a busy machine.
# Usage: scripts/bench-corpus.sh [FOLDER]   (default ../shared/data/news-de)
# BIN names the binary (default bin/artikel, built when missing). BASE names
# a second binary, e.g. one built from the previous commit: runs then
# alternate between the two, so that both see the same machine load, and
# each row shows both. RUNS (default 3) and COLD_RUNS (default 21) set the
# number of runs.
set -euo pipefail
dir=${1:-../shared/data/news-de}
bin=${BIN:-bin/artikel}
base=${BASE:-}
runs=${RUNS:-3}
cold=${COLD_RUNS:-21}
sample=testdata/sample/reaim-gipfel.txt
[ -x "$bin" ] || go build -o "$bin" ./cmd/artikel
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Both binaries are copied now, so that their files are equally fresh: a
# binary written a moment before its runs showed 2 MB more peak RSS (and
# `artikel version` 15 MB instead of 13) than the same binary written
# earlier, which made a fresh build look worse than an older base.
cp "$bin" "$tmp/artikel"
bin=$tmp/artikel
if [ -n "$base" ]; then
  cp "$base" "$tmp/artikel-base"
  base=$tmp/artikel-base
fi
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

# timed RUNS DOCS LABEL -- ARGS: runs each binary RUNS times, alternating,
# and prints one row per binary: wall, docs/s, CPU and peak RSS (medians).
timed() {
  python3 - "$@" <<'PY'
import os, statistics, sys, time
runs, docs, label = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
bins = [b for b in sys.argv[4:sys.argv.index("--")] if b]
args = sys.argv[sys.argv.index("--") + 1:]
res = {b: [] for b in bins}
null = os.open(os.devnull, os.O_WRONLY)
for r in range(runs):
    # Which binary goes first alternates too: the first of two runs in a
    # row is not always timed under the same conditions as the second.
    for b in (bins if r % 2 == 0 else bins[::-1]):
        t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(null, 1)
            os.dup2(null, 2)
            os.execv(b, [b] + args)
        _, status, ru = os.wait4(pid, 0)
        if status != 0:
            sys.exit(f"{b} {' '.join(args)}: exit status {status}")
        res[b].append((time.perf_counter() - t0, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024))
for i, b in enumerate(bins):
    med = lambda k: statistics.median(r[k] for r in res[b])
    wall, cpu, rss = med(0), med(1), med(2)
    rate = f"{docs / wall:10.0f}" if docs > 1 else f"{'':10s}"
    unit = "ms" if docs == 1 else "s"
    scale = 1000 if docs == 1 else 1
    print(f"{label if i == 0 else '  base':34s} {wall * scale:8.{0 if docs == 1 else 2}f}{unit:>3s} {rate} {cpu * scale:8.{0 if docs == 1 else 2}f}{unit:>3s} {rss:8.0f} MB")
PY
}

printf '%-34s %11s %10s %11s %11s\n' "run (medians)" "wall" "docs/s" "CPU" "peak RSS"
timed "$cold" 1 "sample, cold, detection" "$bin" "$base" -- analyze "$sample"
timed "$cold" 1 "sample, cold, --lang de" "$bin" "$base" -- analyze --lang de "$sample"
timed "$cold" 1 "version" "$bin" "$base" -- version
timed "$runs" "$n" "folder --jobs 1" "$bin" "$base" -- analyze --jobs 1 --format jsonl "$dir"
timed "$runs" "$n" "folder --jobs 2" "$bin" "$base" -- analyze --jobs 2 --format jsonl "$dir"
timed "$runs" "$n" "jsonl 1x --jobs 2" "$bin" "$base" -- analyze --jobs 2 --input jsonl --format jsonl "$tmp/1x.jsonl"
timed "$runs" "$((n * 10))" "jsonl 10x --jobs 2" "$bin" "$base" -- analyze --jobs 2 --input jsonl --format jsonl "$tmp/10x.jsonl"
