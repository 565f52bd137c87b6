#!/usr/bin/env bash
# The documents stage of `make test`: renders the corpus text to PDF and
# converts it back with the tools users run (generate.sh), then imports every
# variant and the real texts on a throwaway cluster (check.py).  Prints
# "documents: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh
major=${PG_MAJOR:-$(bash scripts/prereqs.sh build cluster documents)} ||
    { echo "documents: 0 passed, 1 failed (prerequisites)"; exit 1; }
if [ -r ../shared/corpus/13943-17_draft-conclusions_en.txt ]; then
    bash test/documents/generate.sh >/tmp/pt-documents-generate.log 2>&1 ||
        { tail -n 20 /tmp/pt-documents-generate.log; echo "documents: 0 passed, 1 failed (generate.sh)"; exit 1; }
fi
pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' bash -c '
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION policy_tracker" &&
    /usr/bin/python3 test/documents/check.py' 2>&1 | grep -v -E '^(Creating new PostgreSQL cluster|Dropping cluster)'
