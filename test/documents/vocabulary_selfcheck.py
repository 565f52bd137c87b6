#!/usr/bin/python3
"""Static check of the actor vocabulary (src/sql/33_model_actors.sql and
src/sql/34_actor_vocabulary.sql) without a database: every name, short name
and alias (lower-cased, as actors_in and resolve_actor compare them) belongs
to one actor only, no alias is a common en/nl/fr/de function word (or one of
the ordinary words listed in 34's comment), and no alias is listed twice for
the same actor.  Exit status 1 on a collision or a function word.

    /usr/bin/python3 test/documents/vocabulary_selfcheck.py
"""
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
F33 = os.path.join(ROOT, 'src', 'sql', '33_model_actors.sql')
F34 = os.path.join(ROOT, 'src', 'sql', '34_actor_vocabulary.sql')

STR = r"'(?:[^']|'')*'"
def unq(s):
    return s[1:-1].replace("''", "'")
def strings(arr):
    return [unq(m) for m in re.findall(STR, arr)]
def strip_comments(sql):
    # drop -- comments that are not inside a string literal
    out = []
    for line in sql.split('\n'):
        res, inq, i = '', False, 0
        while i < len(line):
            c = line[i]
            if c == "'":
                inq = not inq
            if not inq and line.startswith('--', i):
                break
            res += c
            i += 1
        out.append(res)
    return '\n'.join(out)

# a row of an INSERT: ('name', 'short'|NULL, 'kind', ['XX'|NULL,] ARRAY[...]
ROW = re.compile(r"\(\s*(" + STR + r")\s*,\s*(NULL|" + STR + r")\s*,\s*'(\w+)'\s*,"
                 r"(?:\s*(NULL|'[A-Z]{2}')\s*,)?\s*ARRAY\[(.*?)\](?:::text\[\])?\s*,\s*true\s*\)", re.S)
# a row of the UPDATE ... FROM (VALUES ('name', ARRAY[...]) ...)
UPD = re.compile(r"\(\s*(" + STR + r")\s*,\s*ARRAY\[(.*?)\]\s*\)", re.S)

actors = {}            # name -> dict(kind, names list)
def add(name, kind, forms, src):
    a = actors.setdefault(name, {'kind': kind, 'forms': [], 'src': src})
    a['forms'].extend(forms)

s33 = strip_comments(open(F33, encoding='utf-8').read())
for m in ROW.finditer(s33):
    name, short = unq(m.group(1)), (None if m.group(2) == 'NULL' else unq(m.group(2)))
    add(name, m.group(3), [name] + ([short] if short else []) + strings(m.group(5)), '33')
# the presidencies 33 generates: code || ' Presidency', adjective || ' Presidency', ...
pres = re.search(r"FROM \(VALUES (.*?)\) AS c\(code, adjective\)", s33, re.S).group(1)
for code, adj in re.findall(r"\('([A-Z]{2})', '([^']*)'\)", pres):
    add(code + ' Presidency', 'presidency',
        [code + ' Presidency', adj + ' Presidency', code + ' Pres', 'Presidency ' + code], '33')
n33 = len(actors)
a33 = sum(len(a['forms']) for a in actors.values())

s34 = strip_comments(open(F34, encoding='utf-8').read())
upd_part, ins_part = s34.split('INSERT INTO', 1)
n_upd_aliases, unknown_upd = 0, []
for m in UPD.finditer(upd_part):
    name = unq(m.group(1))
    if name not in actors:
        unknown_upd.append(name)
        continue
    more = strings(m.group(2))
    n_upd_aliases += len(more)
    actors[name]['forms'].extend(more)
new_actors, n_new_aliases, dup_insert = 0, 0, []
for m in ROW.finditer(ins_part):
    name, short = unq(m.group(1)), (None if m.group(2) == 'NULL' else unq(m.group(2)))
    if name in actors:
        dup_insert.append(name)      # ON CONFLICT DO NOTHING would skip it
        continue
    al = strings(m.group(5))
    new_actors += 1
    n_new_aliases += len(al)
    add(name, m.group(3), [name] + ([short] if short else []) + al, '34')
# every row of the INSERT parsed?
rows_in_insert = len(re.findall(r"^\s*\('", ins_part, re.M))

FUNCTION_WORDS = set('''
a an the of and or to in on at by for with from as is it be are was its all other this that
these those not no we us he she they his her their our any each some
de het een en van op te in voor met aan bij door om of als dat die dit zijn is er ook niet
naar over uit tot na hun haar wij zij
le la les l un une des du de et ou à au aux en pour par sur dans avec que qui se ce cette
ces son sa ses leur leurs est sont il elle ils elles ne pas
der die das den dem des ein eine einer eines einem einen und oder zu zum zur im in an am
bei mit von vom für auf aus es ist sind nicht sie er wir ihr sein seine
era rates rats rat cops cats ela gar bei abe cru eva uno hr fra etf eea
'''.split())
# acronyms 34 keeps on purpose although they are also words (see its comment)
KEPT = {'cops', 'cats', 'rat', 'un'}   # cats, rat, un: 33_model_actors.sql

owner = defaultdict(set)
for name, a in actors.items():
    for f in a['forms']:
        owner[f.lower()].add(name)

collisions = {k: v for k, v in owner.items() if len(v) > 1}
words = sorted((f, n) for f, ns in owner.items() for n in ns if f in FUNCTION_WORDS)
# resolve_actor also strips "the/its/all/other " and compares with name and short name
strip_hits = []
short_or_name = {}
for name, a in actors.items():
    short_or_name[name.lower()] = name
for name, a in actors.items():
    for f in a['forms']:
        g = re.sub(r'^(the|its|all|other) +', '', f.strip(), flags=re.I).lower()
        if g != f.lower() and g in owner and name not in owner[g]:
            strip_hits.append((f, name, sorted(owner[g])))
dups = []
for n, a in actors.items():
    seen = set()
    for i, f in enumerate(x.lower() for x in a['forms']):
        # name and short name may be equal; an alias repeating either is not
        if f in seen and not (i == 1 and f == a['forms'][0].lower()):
            dups.append((n, f))
        seen.add(f)
dups = sorted(set(dups))

# actors_in, as in 40_loader_plan.sql: longest form first, whole words,
# case-insensitive; each alias on its own must be read as its actor only
CANDS = sorted(((f, n) for n, a in actors.items() for f in set(a['forms'])),
               key=lambda c: (-len(c[0]), c[0]))
def actors_in(text):
    low = re.sub(r'\s+', ' ', text).strip().lower()
    hits = []
    for form, name in CANDS:
        f, start = form.lower(), 0
        while True:
            m = low.find(f, start)
            if m < 0:
                break
            before = low[m - 1] if m > 0 else ' '
            after = low[m + len(f)] if m + len(f) < len(low) else ' '
            if not before.isalnum() and not after.isalnum():
                hits.append((m, name))
                low = low[:m] + '\x01' * len(f) + low[m + len(f):]
                start = m + len(f)
            else:
                start = m + 1
    return [n for _, n in sorted(hits)]
misread = [(n, f, actors_in(f)) for n, a in actors.items() for f in a['forms'] if actors_in(f) != [n]]

print(f'33_model_actors.sql: {n33} actors, {a33} names/short names/aliases')
print(f'34_actor_vocabulary.sql: {n_upd_aliases} aliases added to existing rows; '
      f'{new_actors} new actors ({rows_in_insert} rows in the INSERT) with {n_new_aliases} aliases')
print(f'total: {len(actors)} actors, {len(owner)} distinct lower-cased forms')
ok = True
if unknown_upd:
    ok = False; print('UPDATE of rows that do not exist:', unknown_upd)
if dup_insert:
    ok = False; print('INSERT of rows that already exist:', dup_insert)
if rows_in_insert != new_actors + len(dup_insert):
    ok = False; print('rows in the INSERT not parsed:', rows_in_insert - new_actors - len(dup_insert))
print(f'forms shared by two actors: {len(collisions)}')
for k, v in sorted(collisions.items()):
    ok = False; print(f'  {k!r}: {sorted(v)}')
print(f'forms that are function/ordinary words: {len(words)}')
for f, n in words:
    tag = ' (kept on purpose / pre-existing)' if f in KEPT else ''
    if f not in KEPT:
        ok = False
    print(f'  {f!r} ({n}){tag}')
print(f'aliases that resolve_actor would send elsewhere after stripping the/its/all/other: {len(strip_hits)}')
for h in strip_hits:
    ok = False; print('  ', h)
print(f'forms that actors_in would not read as exactly their actor: {len(misread)}')
for h in misread:
    ok = False; print('  ', h)
print(f'forms listed twice for the same actor (harmless): {len(dups)}')
for n, f in dups:
    print(f'  {n}: {f!r}')
print('OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
