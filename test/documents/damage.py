#!/usr/bin/python3
"""damage.py SEED IN.txt OUT.txt: a deterministic synthetic damage pass over
pdftotext output, imitating what older converters and copy-paste chains do
to Council documents.  Python's random.Random(SEED) (stable across Python 3
versions for random() and choice()); the same input and seed give the same
output.

  1. Bullet glyphs (a line starting with "•", "–", "-" or "" then a space,
     or made of the glyph alone, as pdftotext puts it)
     are replaced, each at random, by ".", "o", "J" (the Wingdings bullet
     read as a Latin letter) or removed (the text keeps its indentation).
  2. A paragraph number "1." at the start of a line (alone or not), or a "1" inside a
     paragraph number ("11.", "21.", "31." ...), becomes "l" with
     probability 1/3.
  3. A few "0" in digit groups become "O": at most 8 in the file, each
     candidate with probability 1/10.
Prints one line per change kind on stderr (counts)."""
import random
import re
import sys

seed, src, dst = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(seed)
text = open(src, encoding="utf-8").read()
lines = text.split("\n")
counts = {"bullet": 0, "l_for_1": 0, "O_for_0": 0}
out = []
zero_budget = 8
for line in lines:
    m = re.match(r"^(\s*)([•–\-\uf0b7])(\s.*|)$", line)
    if m:
        rep = rnd.choice([".", "o", "J", ""])
        line = m.group(1) + rep + (m.group(3) if rep else m.group(3).lstrip())
        counts["bullet"] += 1
    m = re.match(r"^(\s*)(\d*1\d*)\.(\s|$)", line)
    if m and "1" in m.group(2) and rnd.random() < 1 / 3:
        num = m.group(2).replace("1", "l", 1)
        line = m.group(1) + num + "." + line[m.end(2) + 1:]
        counts["l_for_1"] += 1

    def zero(mm):
        global zero_budget
        s = mm.group(0)
        if zero_budget > 0 and rnd.random() < 0.1:
            i = s.index("0")
            zero_budget -= 1
            counts["O_for_0"] += 1
            return s[:i] + "O" + s[i + 1:]
        return s
    line = re.sub(r"\d*0\d*", zero, line)
    out.append(line)
with open(dst, "w", encoding="utf-8") as f:
    f.write("\n".join(out))
for k, v in counts.items():
    print("damage.py: %s: %s %d" % (dst.rsplit("/", 1)[-1], k, v), file=sys.stderr)
