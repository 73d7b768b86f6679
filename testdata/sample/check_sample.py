#!/usr/bin/env python3
"""Verify the constraints the project's tests rely on for reaim-gipfel.txt.

Run from anywhere: python3 testdata/sample/check_sample.py
Exits non-zero and lists every failed check.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reaim-gipfel.txt")
KEY = "USA China KI Militär Abkommen"
DATELINE = "A Coruña, Spanien, 05. Februar 2026 \u2013 Berlin Morgen Zeitschrift, "
# Tokens whose final dot never ends a sentence (the abbreviations used in the text).
ABBREV = {"z.", "B.", "u.", "a.", "Dr.", "Nr.", "Mrd.", "Mio.", "bzw.", "ca.", "vgl.", "Prof.", "St.", "etc."}

failures = []


def check(ok, msg):
    print(("ok   " if ok else "FAIL ") + msg)
    if not ok:
        failures.append(msg)


def sentences(par):
    """Split on . ! ? (plus optional closing quote) before whitespace/end,
    except after a number (dates, ordinals) or a known abbreviation."""
    out, start = [], 0
    for m in re.finditer(r'[.!?][\u201c"]?(?=\s|$)', par):
        if par[m.start()] == ".":
            tok = par[:m.start() + 1].split()[-1]
            if re.fullmatch(r"\d+\.", tok) or tok in ABBREV:
                continue
        out.append(par[start:m.end()].strip())
        start = m.end()
    rest = par[start:].strip()
    if rest:
        out.append(rest)
    return out


raw = open(PATH, "rb").read()
text = raw.decode("utf-8")
check(b"\r" not in raw, "no CR line ends")
check(text.endswith("\n") and not text.endswith("\n\n"), "ends with exactly one newline")
lines = text[:-1].split("\n")
check(len(lines) == 24, f"24 lines (got {len(lines)})")
check(all(l.strip() for l in lines), "no blank lines")
check(all(l == l.strip() and "  " not in l and "\t" not in l for l in lines), "no stray whitespace")


def is_heading(l):
    # Short, no closing punctuation: title and section headings.
    return len(l.split()) <= 9 and not re.search(r"[.!?:]$", l)


kinds = ["title"] + ["heading" if is_heading(l) else "body" for l in lines[1:]]
heads = [i for i, k in enumerate(kinds) if k == "heading"]
bodies = [i for i, k in enumerate(kinds) if k == "body"]
check(len(heads) == 7, f"7 headings (got {len(heads)})")
check(len(bodies) == 16, f"16 body paragraphs (got {len(bodies)})")
for i in [0] + heads:
    l = lines[i]
    n = len(l.split())
    check(2 <= n <= 9 and not re.match(r"\d", l) and not re.search(r"[.!?:]$", l),
          f"line {i+1} heading/title shape ({n} words): {l}")
check(kinds[1] == "body" and kinds[-1] == "body", "line 2 and last line are body paragraphs")
# Every title/heading is followed by 1-3 body paragraphs.
marks = [0] + heads + [len(lines)]
for a, b in zip(marks, marks[1:]):
    check(1 <= b - a - 1 <= 3, f"line {a+1} followed by {b-a-1} body paragraphs")

total_sent = 0
for i in bodies:
    ss = sentences(lines[i])
    total_sent += len(ss)
    w = len(lines[i].split())
    good_ends = all(s.endswith(".") or s.endswith(".\u201c") for s in ss)
    check(len(ss) >= 2 and w > 12 and good_ends,
          f"line {i+1}: {len(ss)} sentences, {w} words, endings ok={good_ends}")
    check(not re.search(r"\d\.[\u201c]?$", lines[i]), f"line {i+1} does not end after number+dot")

words = len(text.split())
check(1180 <= words <= 1240, f"words {words} in [1180,1240]")
check(66 <= total_sent <= 74, f"sentences {total_sent} in [66,74]")

# Abbreviations and ordinals used mid-sentence.
for ab in ["z. B.", "u. a.", "Dr.", "Nr.", "Mrd."]:
    check(re.search(r"(?<!\S)" + re.escape(ab) + r" \S", text) is not None, f"abbreviation {ab!r} mid-sentence")
ords = re.findall(r"(?<!\S)\d+\. \S+", text)
check(len(ords) >= 4, f"number+dot mid-sentence x{len(ords)}: {ords}")
check("05. Februar" in text, "'05. Februar' present")

# Dateline.
b1 = lines[bodies[0]]
check(b1.startswith(DATELINE), "body 1 starts with dateline")
check(sentences(b1)[0].startswith(DATELINE) and len(sentences(b1)[0]) > len(DATELINE) + 20,
      "dateline continues the first sentence")

# Keyphrase.
per = [len(re.findall(r"(?<!\S)" + re.escape(KEY) + r"(?![\w-])", l)) for l in lines]
check(sum(per) == 16 and text.count(KEY) == 16, f"keyphrase total {sum(per)} (substring {text.count(KEY)})")
check(all(per[i] == 0 for i in [0] + heads), "keyphrase not in title/headings")
bc = [per[i] for i in bodies]
check(sum(1 for c in bc if c > 0) == 15 and bc.count(2) == 1 and bc.count(0) == 1,
      f"keyphrase per body paragraph {bc}")

# Quotation marks: exactly two „…“ pairs and nothing else.
check(text.count("\u201e") == 2 and text.count("\u201c") == 2, "exactly two „…“ pairs")
for q in ['"', "'", "\u00bb", "\u00ab", "\u201a", "\u2018", "\u2019", "\u201d", "`", "\u2039", "\u203a"]:
    check(q not in text, f"no {q!r}")
quotes = re.findall("\u201e([^\u201c]*)\u201c", text)
check(len(quotes) == 2, "two quotes parsed")
bq = "Ruben Brekelmans, Verteidigungsminister der Niederlande, sagte: \u201e"
check(bq in text, "Brekelmans quote intro verbatim")
if quotes:
    check(len(sentences(quotes[0])) == 3 and quotes[0].endswith("."), f"Brekelmans quote has 3 sentences")
check("Forscher warnen vor einer \u201eEntmenschlichung der Kriegsführung\u201c." in text, "partial quote verbatim")
check(len(quotes) == 2 and quotes[1] == "Entmenschlichung der Kriegsführung", "partial quote content")
check(text.count("Brekelmans") == 2, f"Brekelmans mentioned twice (got {text.count('Brekelmans')})")
qpar = next(i for i in bodies if bq in lines[i])
later = [i for i in bodies if i > qpar and re.search(r"(?<!Ruben )Brekelmans", lines[i])]
check(len(later) == 1, "surname-only Brekelmans later in a non-quote sentence")

# Indirect speech.
allsent = [s for i in bodies for s in sentences(lines[i])]
for start in ["Chinesische Delegierte ließen durchblicken, dass ", "Experten warnen, dass "]:
    check(sum(1 for s in allsent if s.startswith(start)) == 1, f"one sentence starts {start!r}")

# Entities and words.
for e in ["USA", "Vereinigte Staaten", "China", "Peking", "Washington", "A Coruña", "Spanien", "Russland",
          "Niederlande", "Ruben Brekelmans", "REAIM-Gipfel", "der REAIM", "chinesische", "US-amerikanischen",
          "spanischen", "Abkommen", "Gipfel", "KI", "Experten", "Prozent", "Euro", "2024", "2026"]:
    n = len(re.findall(r"(?<![\w-])" + re.escape(e) + r"(?![\w-])", text))
    check(n >= 1, f"entity/word {e!r} x{n}")
check(len(re.findall(r"(?<![\w-])Abkommen(?!\w)", text)) > 16, "'Abkommen' also used outside the keyphrase")

print(f"\nlines={len(lines)} headings={len(heads)} bodies={len(bodies)} words={words} "
      f"sentences={total_sent} keyphrase={sum(per)}")
sys.exit(1 if failures else 0)
