#!/usr/bin/python3
"""test/documents/check.py: reads real converter output into a running
PostgreSQL (the PG* environment of pg_virtualenv) and checks the structure.

  1. variants: the English draft 13943/17 as the corpus gives it and as
     pdftotext (plain and -layout), pdfminer, PDF-to-HTML and OCR make of a
     PDF rendered in the Council's layout (test/documents/generate.sh), plus
     a damaged pdftotext output: each is imported with import_conclusions and
     must give the corpus text's structure: its 62 paragraphs, the points of
     each paragraph, its deadlines and its references.
  2. real: layout-faithful rewrites of public Council texts
     (test/documents/real/): read_document must give the structure in
     expected.tsv, field by field.
  3. calls: real call sentences (real/calls.tsv): addressees() must name the
     actors the sentence calls on.
  4. the README's PDF path (pdftotext, then psql) on the rendered PDF.

Every check prints "ok" or "FAIL"; where the reader does not yet read a
layout, the check is listed in test/documents/known_gaps.tsv, prints "gap"
and does not fail the run -- but a listed gap that passes fails it, so that
the list shrinks as the reader improves and never hides a regression.
Shares (real texts, calls) are checked against floors in the same file.
Ends with "documents: N passed, N failed".
"""
import csv
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, 'out')
CORPUS = os.path.join(ROOT, '..', 'shared', 'corpus', '13943-17_draft-conclusions_en.txt')

passed = failed = 0
# --update: rewrite known_gaps.tsv without the gaps that pass now (never adds
# one: a new failure is a regression to fix, not a gap to list)
UPDATE = '--update' in sys.argv
gaps = {}
floors = {}
with open(os.path.join(HERE, 'known_gaps.tsv'), encoding='utf-8') as f:
    for row in csv.reader(f, delimiter='\t'):
        if not row or row[0].startswith('#'):
            continue
        if row[0] == 'floor':
            floors[row[1]] = float(row[2])
        else:
            gaps[row[0]] = row[1] if len(row) > 1 else ''


def psql(sql, *variables):
    """Runs sql (psql variables v1, v2, ... set from the arguments) and
    returns the rows as lists of strings."""
    cmd = ['psql', '-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1']
    for i, v in enumerate(variables, 1):
        cmd += ['-v', 'v%d=%s' % (i, v)]
    r = subprocess.run(cmd, input='SET search_path = public, policy_tracker;\n' + sql,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return [line.split('\t') for line in r.stdout.splitlines() if line != '']


closed = []      # listed gaps that pass now (--update removes them)


def check(name, ok, detail=''):
    global passed, failed
    if name in gaps:
        if ok:
            closed.append(name)
            if UPDATE:
                passed += 1
                print('ok   %s (gap closed: removed from known_gaps.tsv)' % name)
                return
            failed += 1
            print('FAIL %s: passes now; remove it from known_gaps.tsv (check.py --update does)' % name)
        else:
            print('gap  %s (%s)%s' % (name, gaps[name], ': ' + detail if detail else ''))
        return
    if ok:
        passed += 1
        print('ok   %s' % name)
    else:
        failed += 1
        print('FAIL %s%s' % (name, ': ' + detail if detail else ''))


def structure(ref):
    """paragraph numbers, points per paragraph, deadlines, references of ref"""
    paras = [int(r[0]) for r in psql(
        "SELECT number FROM paragraph WHERE document = :'v1' AND item = 0 AND number > 0 ORDER BY 1;", ref)]
    points = dict((int(a), int(b)) for a, b in psql(
        "SELECT number, count(*) FROM paragraph WHERE document = :'v1' AND number > 0 AND item > 0 "
        "GROUP BY 1 ORDER BY 1;", ref))
    deadlines = set(tuple(r) for r in psql(
        "SELECT number, item, deadline::text FROM paragraph_deadline WHERE document = :'v1';", ref))
    refs = set(tuple(r) for r in psql(
        "SELECT DISTINCT number, to_doc::text FROM reference WHERE from_doc = :'v1';", ref))
    return paras, points, deadlines, refs


def variants():
    if not os.path.exists(CORPUS):
        print('documents: ../shared/corpus is not there; converter variants skipped')
        return
    texts = [('corpus', CORPUS)]
    for v in ('pdftotext', 'layout', 'pdfminer', 'html', 'ocr', 'damaged'):
        texts.append((v, os.path.join(OUT, '13943-17_en.%s.txt' % v)))
    psql("INSERT INTO document (ref, kind, adopted_on) VALUES ('14435/17', 'conclusions', '2017-11-20') "
         "ON CONFLICT DO NOTHING;")
    base = None
    for i, (name, path) in enumerate(texts):
        if not os.path.exists(path):
            check('variant %s: the converter output exists' % name, False, path)
            continue
        ref = '14435/17' if i == 0 else 'ST %d 2017 INIT' % (90000 + i)
        psql("INSERT INTO document (ref, kind, adopted_on) VALUES (:'v1', 'conclusions', '2017-11-20') "
             "ON CONFLICT DO NOTHING;", ref)
        with open(path, encoding='utf-8', errors='replace') as f:
            body = f.read()
        try:
            psql("SELECT count(*) FROM import_conclusions(:'v1', :'v2', 'en');", ref, body)
        except RuntimeError as e:
            check('variant %s: imports' % name, False, str(e)[:200])
            continue
        paras, points, deadlines, refs = structure(ref)
        if base is None:
            base = (paras, points, deadlines, refs)
            check('variant corpus: 62 paragraphs numbered 1 to 62', paras == list(range(1, 63)),
                  '%d paragraphs' % len(paras))
            check('variant corpus: 20 points in paragraphs 16, 20, 31, 47, 48, 49',
                  points == {16: 4, 20: 5, 31: 4, 47: 2, 48: 2, 49: 3}, str(points))
            check('variant corpus: 6 deadlines', len(deadlines) == 6, str(len(deadlines)))
            check('variant corpus: 23 references', len(refs) == 23, str(len(refs)))
            continue
        bp, bpt, bd, br = base
        check('variant %s: the 62 paragraphs' % name, paras == bp,
              '%d paragraphs, missing %s' % (len(paras), sorted(set(bp) - set(paras))[:10]))
        check('variant %s: the points of each paragraph' % name, points == bpt, str(points))
        check('variant %s: the 6 deadlines' % name, deadlines == bd,
              'missing %s, extra %s' % (sorted(bd - deadlines)[:3], sorted(deadlines - bd)[:3]))
        check('variant %s: the 23 references' % name, refs == br,
              '%d found, missing %s, extra %s' % (len(refs), sorted(br - refs)[:3], sorted(refs - br)[:3]))


def real():
    rows = list(csv.DictReader(open(os.path.join(HERE, 'real', 'expected.tsv'), encoding='utf-8'),
                               delimiter='\t'))
    right = total = 0
    for row in rows:
        with open(os.path.join(HERE, 'real', row['id'] + '.txt'), encoding='utf-8') as f:
            body = f.read()
        got = psql(
            "SELECT min(number) FILTER (WHERE kind = 'paragraph' AND NOT in_note), "
            "max(number) FILTER (WHERE kind = 'paragraph' AND NOT in_note), "
            "count(*) FILTER (WHERE kind = 'paragraph' AND NOT in_note), "
            "coalesce(string_agg(label, ',' ORDER BY seq) FILTER (WHERE kind = 'chapter'), ''), "
            "count(*) FILTER (WHERE kind = 'recital'), "
            "count(*) FILTER (WHERE kind IN ('point', 'subpoint') AND NOT in_note), "
            "count(*) FILTER (WHERE kind = 'footnote'), "
            "coalesce(min(body) FILTER (WHERE kind = 'meta' AND field = 'ref'), '') "
            "FROM read_document(:'v1');", body)[0]
        want = [row['first_para'], row['last_para'], row['n_paras'], row['chapters'], row['n_recitals'],
                row['n_points'], row['n_footnotes'], row['cover_docnum']]
        names = ['first paragraph', 'last paragraph', 'paragraphs', 'chapters', 'recitals', 'points',
                 'footnotes', 'cover number']
        for n, g, w in zip(names, got, want):
            if w == '' and n not in ('chapters', 'cover number'):
                continue            # not stated by the text (see expected.tsv's note); an empty
                                    # chapter list or cover number says the text has none
            if n == 'cover number' and g:
                # the same document, however written: compare as docnums
                g = psql("SELECT coalesce((SELECT CASE WHEN try_docnum(:'v1') = try_docnum(:'v2') "
                         "THEN :'v2' END), :'v1');", g, w)[0][0]
            total += 1
            ok = (g or '') == w
            right += ok
            check('real %s: %s' % (row['id'], n), ok, 'read %r, expected %r' % (g, w))
    share = right / total if total else 0
    floor = floors.get('real', 0)
    check('real texts: %d of %d fields right (%.0f %%, floor %.0f %%)' % (right, total, 100 * share, 100 * floor),
          share >= floor)


def calls():
    rows = list(csv.DictReader(open(os.path.join(HERE, 'real', 'calls.tsv'), encoding='utf-8'),
                               delimiter='\t'))
    right = known = 0
    for row in rows:
        want = set()
        for name in row['addressees'].split(';'):
            name = name.strip()
            r = psql("SELECT (resolve_actor(:'v1')).name;", name)
            if r and r[0] and r[0][0]:
                want.add(r[0][0])
        if not want:
            continue                # no actor of the vocabulary is called on
        known += 1
        got = set(r[0] for r in psql("SELECT addressees(:'v1');", row['sentence']))
        right += got == want
    share = right / known if known else 0
    floor = floors.get('calls', 0)
    check('calls: addressees right in %.0f %% of %d real sentences (floor %.0f %%)'
          % (100 * share, known, 100 * floor), share >= floor)


def pdf_path():
    pdf = os.path.join(OUT, '13943-17_en.pdf')
    if not os.path.exists(pdf):
        check('README PDF path: the rendered PDF exists', False)
        return
    # the README's two commands, as written there
    txt = os.path.join(OUT, 'readme-path.txt')
    subprocess.run(['pdftotext', '-layout', pdf, txt], check=True)
    r = subprocess.run(
        'psql -X -q -At -v ON_ERROR_STOP=1 -v body="$(cat %s)" <<\'EOF\'\n'
        "INSERT INTO policy_tracker.document (ref, kind) VALUES ('ST 91000 2017 INIT', 'conclusions');\n"
        "SELECT found FROM policy_tracker.import_conclusions('ST 91000 2017 INIT', :'body', 'en') "
        "WHERE what = 'paragraphs';\nEOF" % txt, shell=True, capture_output=True, text=True)
    check('README PDF path: pdftotext -layout, then psql, imports 62 paragraphs',
          r.stdout.strip() == '62', (r.stdout + r.stderr).strip()[:200])


variants()
real()
calls()
pdf_path()
if UPDATE and closed:
    path = os.path.join(HERE, 'known_gaps.tsv')
    kept = [line for line in open(path, encoding='utf-8')
            if line.split('\t')[0] not in closed]
    with open(path, 'w', encoding='utf-8') as f:
        f.writelines(kept)
print('documents: %d passed, %d failed' % (passed, failed))
sys.exit(0 if failed == 0 else 1)
