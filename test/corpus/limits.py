#!/usr/bin/env python3
"""The README's list of the corpus phrases the reader gets wrong.

Reads test/corpus/misses.tsv (written by corpus_check: lang, phrase, ref,
what was read, the expected period, the expected mode) and the notes of
test/corpus/deadlines.tsv, and writes the list between the markers
<!-- corpus-misses:begin --> and <!-- corpus-misses:end --> of README.md.
  limits.py           rewrite the list in README.md
  limits.py --check   fail when README.md's list is not the current one
"""
import sys

BEGIN, END = "<!-- corpus-misses:begin -->", "<!-- corpus-misses:end -->"
notes = {}
with open("test/corpus/deadlines.tsv", encoding="utf-8") as f:
    next(f)
    for line in f:
        c = line.rstrip("\n").split("\t")
        if len(c) >= 9:
            notes[(c[0], c[1])] = c[8]
rows = []
with open("test/corpus/misses.tsv", encoding="utf-8") as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        if len(c) < 6:
            continue
        lang, phrase, ref, got, want, mode = c[:6]
        rows.append((lang, phrase, ref, got, want, mode, notes.get((lang, phrase), "")))

order = {l: i for i, l in enumerate(["en", "nl", "fr", "de", "es", "it"])}
rows.sort(key=lambda r: (order.get(r[0], 9), r[1].lower()))


def md(s):
    return s.replace("|", "\\|").replace("`", "'")


out = [BEGIN, "",
       "<details><summary>%d phrases of the corpus read wrong (generated from test/corpus/misses.tsv by "
       "test/corpus/limits.py; make test checks that this list is current)</summary>" % len(rows), "",
       "| lang | phrase | ref | read as | expected | why |", "|---|---|---|---|---|---|"]
for lang, phrase, ref, got, want, mode, note in rows:
    out.append("| %s | %s | %s | %s | %s %s | %s |" % (lang, md(phrase), ref, md(got) or "nothing",
                                                      mode, md(want), md(note)))
out += ["", "</details>", "", END]
block = "\n".join(out)

readme = open("README.md", encoding="utf-8").read()
if BEGIN not in readme or END not in readme:
    print("limits: README.md has no %s ... %s block" % (BEGIN, END))
    print("limits: 0 passed, 1 failed")
    sys.exit(1)
current = readme[readme.index(BEGIN):readme.index(END) + len(END)]
if "--check" in sys.argv:
    if current == block:
        print("limits: README.md lists the %d misses" % len(rows))
        print("limits: 1 passed, 0 failed")
        sys.exit(0)
    print("limits: README.md's list of misses is not current: run python3 test/corpus/limits.py")
    print("limits: 0 passed, 1 failed")
    sys.exit(1)
open("README.md", "w", encoding="utf-8").write(readme.replace(current, block))
print("limits: wrote %d misses into README.md" % len(rows))
