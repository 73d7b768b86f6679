#!/usr/bin/env bash
# Prints the memory table of the README: peak RSS and wall time of one
# run on documents that are large or hostile within the default 10 MB
# limit: 9.4 MB of short quotations ("Er sagte: „a“ " over and over) as
# text, JSON and JSON Lines and with language detection, 9 MB of news, a
# 5 MB single line, four 5 MB lines with --jobs 4, 9.4 MB of one-letter
# lines (a paragraph every two bytes) as JSON and JSON Lines, 9.4 MB of
# lines of one period, and one 9.4 MB line of "a. " (a sentence mark every
# three bytes).
# Usage: scripts/bench-memory.sh [FOLDER]   (news articles to concatenate,
# default ../shared/data/news-de; the bundled sample when it is missing)
# BIN names the binary (default bin/artikel, built when missing).
set -euo pipefail
dir=${1:-../shared/data/news-de}
bin=${BIN:-bin/artikel}
[ -x "$bin" ] || go build -o "$bin" ./cmd/artikel
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$dir" "$tmp" testdata/sample/reaim-gipfel.txt <<'PY'
import pathlib, sys
src, out, sample = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
unit = "Er sagte: „a“ "
(out / "quotes.txt").write_text(unit * (9_400_000 // len(unit.encode())), encoding="utf-8")
(out / "short.txt").write_text("a\n" * 4_700_000, encoding="utf-8")
(out / "marks.txt").write_text(".\n" * 4_700_000, encoding="utf-8")
(out / "clauses.txt").write_text("a. " * 3_133_333, encoding="utf-8")
arts = [p.read_text(encoding="utf-8") for p in sorted(src.glob("*.txt"))] if src.is_dir() else []
arts = arts or [sample.read_text(encoding="utf-8")]
news, size = [], 0
while size < 9_000_000:
    for a in arts:
        news.append(a)
        size += len(a.encode()) + 2
        if size >= 9_000_000:
            break
(out / "news.txt").write_text("\n\n".join(news), encoding="utf-8")
words = " ".join(sample.read_text(encoding="utf-8").split()) + " "
line = words * (5_000_000 // len(words.encode()) + 1)
(out / "line.txt").write_text(line, encoding="utf-8")
(out / "lines").mkdir()
for i in range(4):
    (out / "lines" / f"{i}.txt").write_text(line, encoding="utf-8")
PY

row() {
  local label=$1
  shift
  /usr/bin/time -o "$tmp/time" -f '%e %M' "$bin" analyze -q "$@" > /dev/null 2> "$tmp/err" || true
  read -r secs kb < "$tmp/time"
  printf '| %s | %s s | %d MB |\n' "$label" "$secs" $(((kb + 512) / 1024))
}

echo '| input | wall | peak RSS |'
echo '|---|---|---|'
for f in text json jsonl; do
  row "quotations 9.4 MB, \`--format $f\`" --lang de --format "$f" "$tmp/quotes.txt"
done
row 'quotations 9.4 MB, `--format json`, detection' --format json "$tmp/quotes.txt"
row 'news 9 MB, `--format text`' --lang de "$tmp/news.txt"
row 'news 9 MB, `--format json`' --lang de --format json "$tmp/news.txt"
row 'one line 5 MB, `--format json`' --lang de --format json "$tmp/line.txt"
row 'four 5 MB lines, `--jobs 4 --format jsonl`' --lang de --jobs 4 --format jsonl "$tmp/lines"
row 'short lines 9.4 MB, `--format json`' --lang de --format json "$tmp/short.txt"
row 'short lines 9.4 MB, `--format jsonl`' --lang de --format jsonl "$tmp/short.txt"
row 'period lines 9.4 MB, `--format json`' --lang de --format json "$tmp/marks.txt"
row 'line of "a. " 9.4 MB, `--format json`' --lang de --format json "$tmp/clauses.txt"
