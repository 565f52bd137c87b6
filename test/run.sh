#!/usr/bin/env bash
# `make test`: every test, from nothing to a verdict.
#   1. installs missing prerequisites (scripts/prereqs.sh);
#   2. builds the extension with warnings as errors;
#   3. builds and runs the C unit tests, plain and with ASan and UBSan, the
#      real-phrase deadline corpus against its floors (test/corpus), and a
#      short libFuzzer run of every harness (test/fuzz);
#   4. installs the extension into the local PostgreSQL;
#   5. runs the pg_regress suite on a throwaway cluster (pg_virtualenv: the
#      cluster runs as postgres, never as root; -t keeps its configuration in
#      a temporary directory, so a `make bench` or a second `make test` running
#      at the same time does not collide on the cluster name), printing
#      regression.diffs on failure;
#   6. installs 0.1 with the example and progress, updates it, and compares
#      it with a fresh install (test/upgrade);
#   6b. runs a short pgbench load on the example data (test/load);
#   7. runs real clients (Python, Node.js, Java, ODBC) over a connection (test/clients);
#   8. renders the example's timeline in headless Chromium (test/timeline);
#   8a. renders the corpus text to PDF, converts it back with pdftotext,
#       pdfminer, pdftohtml and tesseract, and imports every variant and the
#       real Council texts of test/documents/real (test/documents);
#   8b. runs the README's SQL examples as written (test/readme);
#   9. rebuilds doc/reference.md and fails if it no longer matches the code;
#  10. ends with one line "N passed, N failed" over all of it.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

# everything every stage needs, in one apt run; each stage checks again
major=$(bash scripts/prereqs.sh build unit fuzz cluster load clients timeline documents) || {
    echo; echo "0 passed, 1 failed (prerequisites could not be installed)"; exit 1; }
export PG_MAJOR=$major
pg_config="/usr/lib/postgresql/$major/bin/pg_config"
[ -x "$pg_config" ] || pg_config=pg_config
mk=(make --no-print-directory PG_CONFIG="$pg_config")

passed=0
failed=0
verdict() {
    echo
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}

# Adds a stage's own summary line "<name>: N passed, N failed" (found in
# <output>) to the totals and leaves its failures in stage_failed.  A stage
# that died before printing one counts as one failure, its last lines shown.
tally() {
    local name=$1 out=$2 line
    line=$(printf '%s\n' "$out" | grep -E "^$name: [0-9]+ passed, [0-9]+ failed\$" | tail -n 1)
    if [ -z "$line" ]; then
        printf '%s\n' "$out" | tail -n 20
        failed=$((failed + 1))
        return 1
    fi
    stage_failed=$(echo "$line" | awk '{print $4}')
    passed=$((passed + $(echo "$line" | awk '{print $2}')))
    failed=$((failed + stage_failed))
}

echo "== build (PostgreSQL $major, -Werror)"
if ! "${mk[@]}" -s WERROR=1 all; then
    echo "build failed"
    failed=$((failed + 1))
    verdict
fi

# The unit tests run twice: plain, and under AddressSanitizer and UBSan.
for san in 0 1; do
    echo "== unit tests$([ $san = 1 ] && echo ' (ASan, UBSan)')"
    unit_out=$("${mk[@]}" -s unit SANITIZE=$san 2>&1)
    unit_rc=$?
    echo "$unit_out" | tail -n 20
    # a crash or sanitizer abort after the summary still counts as a failure
    if tally unit "$unit_out" && [ $unit_rc -ne 0 ] && [ "$stage_failed" = 0 ]; then
        failed=$((failed + 1))
    fi
done

echo "== deadline corpus (real phrases, test/corpus: share read right per language, against its floor)"
corpus_out=$("${mk[@]}" -s corpus 2>&1)
echo "$corpus_out" | grep -E '^(ok|FAIL) '
tally corpus "$corpus_out"
limits_out=$(python3 test/corpus/limits.py --check 2>&1)
echo "$limits_out" | grep -v '^limits: [0-9]'
tally limits "$limits_out"

echo "== fuzz smoke (${FUZZ_SECONDS:-15} s per harness; make fuzz runs longer)"
fuzz_out=$(FUZZ_SECONDS=${FUZZ_SECONDS:-15} bash test/fuzz/run.sh 2>&1)
echo "$fuzz_out" | grep -v '^fuzz: [0-9]'
tally fuzz "$fuzz_out"

echo "== install"
if ! "${mk[@]}" -s install >/dev/null; then
    echo "make install failed"
    failed=$((failed + 1))
    verdict
fi

echo "== regression tests (throwaway cluster)"
rm -rf results regression.diffs regression.out
regress_out=$(pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' \
    "${mk[@]}" installcheck 2>&1)
regress_rc=$?
echo "$regress_out" | grep -E '^(test |ok |not ok | +[a-z_]+ +\.\.\.)|\.\.\. ' || echo "$regress_out"
# pg_regress words its lines differently before and after PostgreSQL 16.
r_ok=$(echo "$regress_out" | grep -cE '\.\.\. +ok|^ok [0-9]')
r_bad=$(echo "$regress_out" | grep -cE '\.\.\. +FAILED|^not ok [0-9]')
passed=$((passed + r_ok))
failed=$((failed + r_bad))
if [ $regress_rc -ne 0 ] && [ "$r_bad" -eq 0 ]; then
    echo "$regress_out" | tail -n 30
    failed=$((failed + 1))
fi
if [ -s regression.diffs ] && [ "$r_bad" -gt 0 ]; then
    echo "== regression.diffs"
    cat regression.diffs
fi

echo "== upgrade (0.1 with data, ALTER EXTENSION UPDATE, compared with a fresh install)"
up_out=$(bash test/upgrade/run.sh 2>&1)
echo "$up_out" | grep -E '^(ok|FAIL) '
tally upgrade "$up_out"

echo "== load (pgbench, 8 clients, about ${LOAD_SECONDS:-15} s; make test-load runs 60 s)"
load_out=$(PG_MAJOR=$major LOAD_SECONDS=${LOAD_SECONDS:-15} bash test/load/run.sh 2>&1)
echo "$load_out" | grep '^load: [0-9a-z]' | grep -v '^load: [0-9]* passed'
tally load "$load_out"

echo "== clients (Python psycopg2/psycopg 3/SQLAlchemy/pandas, Node.js pg, Java JDBC, ODBC)"
clients_out=$(PG_MAJOR=$major bash test/clients/run.sh 2>&1)
echo "$clients_out" | grep -E '^FAIL|^clients:'
tally clients "$clients_out"

echo "== timeline (timeline_svg rendered in headless Chromium)"
tl_out=$(PG_MAJOR=$major bash test/timeline/run.sh 2>&1)
echo "$tl_out" | grep -E '^(ok|FAIL) '
tally timeline "$tl_out"

echo "== documents (the corpus rendered to PDF and read back by pdftotext, pdfminer, HTML and OCR; real Council texts; real calls)"
doc_out=$(PG_MAJOR=$major bash test/documents/run.sh 2>&1)
echo "$doc_out" | grep -E '^FAIL|^documents:'
tally documents "$doc_out"

echo "== readme (the README's SQL examples run as written, their values checked)"
readme_out=$(PG_MAJOR=$major bash test/readme/run.sh 2>&1)
echo "$readme_out" | grep -E '^FAIL|^readme:'
tally readme "$readme_out"

echo "== reference (doc/reference.md rebuilt from the code and compared)"
ref_out=$(PG_MAJOR=$major bash doc/build.sh --check 2>&1)
if tally reference "$ref_out" && [ "$stage_failed" != 0 ]; then
    echo "$ref_out" | tail -n 45
fi

verdict
