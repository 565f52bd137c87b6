#!/usr/bin/env python3
"""Share of real call sentences (real/calls.tsv, or the file given) whose
addressees the calls grammar and actor matcher of THIS tree get exactly
right, without installing anything: builds calls_driver.c, takes the actor
vocabulary and resolve_actor() from a database that has the extension
(read-only: PGHOST/PGPORT/PGUSER/PGDATABASE of the environment), and scores
as check.py calls() does.  -v prints every sentence that is wrong.
    python3 test/documents/calls_share.py [-v] [-db] [calls.tsv]
-db also scores the database's own addressees() (the installed build)."""
import csv, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
args = [a for a in sys.argv[1:] if not a.startswith('-')]
verbose = '-v' in sys.argv
with_db = '-db' in sys.argv
path = args[0] if args else os.path.join(HERE, 'real', 'calls.tsv')


def psql(sql, *vals):
    cmd = ['psql', '-X', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1']
    for i, v in enumerate(vals):
        cmd += ['-v', 'v%d=%s' % (i + 1, v)]
    r = subprocess.run(cmd, input=sql, capture_output=True, text=True, check=True)
    return [l.split('\t') for l in r.stdout.splitlines()]


tmp = tempfile.mkdtemp()
aliases = os.path.join(tmp, 'aliases.tsv')
with open(aliases, 'w', encoding='utf-8') as f:
    for row in psql("SELECT x.alias, a.name FROM actor AS a, LATERAL (SELECT a.name AS alias "
                    "UNION SELECT a.short_name UNION SELECT unnest(a.aliases)) AS x "
                    "WHERE x.alias IS NOT NULL AND x.alias <> '' "
                    "ORDER BY length(x.alias) DESC, x.alias;"):
        f.write('\t'.join(row) + '\n')
exe = os.path.join(tmp, 'calls_driver')
subprocess.run(['cc', '-std=c99', '-O1', '-Wall', '-Wextra', '-Werror', '-I' + os.path.join(ROOT, 'src'),
                '-o', exe, os.path.join(HERE, 'calls_driver.c'),
                os.path.join(ROOT, 'src/calls/calls.c'), os.path.join(ROOT, 'src/calls/lexicon.c'),
                os.path.join(ROOT, 'src/actors/actors.c')], check=True)
got_lines = subprocess.run([exe, aliases, path], capture_output=True, text=True,
                           check=True).stdout.splitlines()
rows = list(csv.DictReader(open(path, encoding='utf-8'), delimiter='\t'))
right = right_db = known = 0
for row, got in zip(rows, got_lines):
    want = set()
    for name in row['addressees'].split(';'):
        r = psql("SELECT (resolve_actor(:'v1')).name;", name.strip())
        if r and r[0] and r[0][0]:
            want.add(r[0][0])
    if not want:
        continue
    known += 1
    got = set(g for g in got.split(';') if g)
    right += got == want
    if with_db:
        right_db += set(r[0] for r in psql("SELECT addressees(:'v1');", row['sentence'])) == want
    if verbose and got != want:
        print('WRONG %s: got %s want %s\n   %s' % (row['lang'], sorted(got), sorted(want),
                                                 row['sentence'][:160]))
print('this tree: %d of %d right (%.3f)' % (right, known, right / known if known else 0))
if with_db:
    print('database:  %d of %d right (%.3f)' % (right_db, known, right_db / known if known else 0))
