#!/usr/bin/env python3
"""The README's SQL examples, run as written.

Every ```sql block of README.md runs, in order, in one database with the
extension and the example (data/load.sql, which the README's own example
loads); a statement that fails is a failure.  A statement whose comment
starts with an arrow (`-- → value`) must print that value (booleans as
true/false).  Other comments are prose.  Prints "readme: N passed, N failed".
"""
import re
import subprocess
import sys

readme = open(sys.argv[1] if len(sys.argv) > 1 else "README.md", encoding="utf-8").read()

blocks = []
for m in re.finditer(r"^( *)```sql\n(.*?)^\1```", readme, re.S | re.M):
    indent = len(m.group(1))
    lines = [l[indent:] if l.startswith(" " * indent) else l for l in m.group(2).splitlines()]
    start = readme.count("\n", 0, m.start()) + 2
    blocks.append((start, lines))

# statements: a psql meta-command is one line; SQL runs to the line ending with ';'
stmts = []
for start, lines in blocks:
    cur, first, expect = [], None, None
    for i, line in enumerate(lines):
        code, _, comment = line.partition("--")
        if not cur and not code.strip():
            continue
        if not cur and code.lstrip().startswith("\\"):
            stmts.append((start + i, line.strip(), None))
            continue
        if first is None:
            first = start + i
        cur.append(line)
        c = comment.strip()
        if c.startswith("→"):
            expect = c[1:].strip()
        if code.rstrip().endswith(";"):
            stmts.append((first, "\n".join(cur), expect))
            cur, first, expect = [], None, None

passed = failed = 0
script = ["\\pset format unaligned", "\\pset tuples_only on", "SET search_path = policy_tracker, public;"]
for n, (line, sql, expect) in enumerate(stmts):
    script.append("\\echo @@%d" % n)
    script.append("\\warn @@%d" % n)
    script.append(sql)
out = subprocess.run(["psql", "-X", "-q", "-v", "VERBOSITY=terse"], input="\n".join(script) + "\n",
                     capture_output=True, text=True)


def split(text):
    chunks, cur = {}, None
    for l in text.splitlines():
        m = re.match(r"^@@(\d+)$", l)
        if m:
            cur = int(m.group(1))
            chunks[cur] = []
        elif cur is not None:
            chunks[cur].append(l)
    return chunks


outs, errs = split(out.stdout), split(out.stderr)
for n, (line, sql, expect) in enumerate(stmts):
    label = "README.md:%d %s" % (line, sql.splitlines()[0].strip()[:70])
    err = [l for l in errs.get(n, []) if "ERROR" in l]
    if err or n not in outs:
        print("FAIL %s: %s" % (label, err[0] if err else "did not run"))
        failed += 1
        continue
    if expect is not None:
        got = ["true" if g == "t" else "false" if g == "f" else g for g in outs[n] if g != ""]
        if got != [expect]:
            print("FAIL %s: printed %r, the README says %r" % (label, got, expect))
            failed += 1
            continue
    print("ok   %s" % label)
    passed += 1
print("readme: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
