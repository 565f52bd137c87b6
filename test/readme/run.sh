#!/usr/bin/env bash
# The README's SQL examples run as written (test/readme/check.py), in a
# throwaway cluster with the extension and the roles its access example
# grants to.  Ends with "readme: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh
major=$(bash scripts/prereqs.sh build cluster clients) || { echo "readme: 0 passed, 1 failed"; exit 1; }
pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' bash -c '
    psql -X -q -c "CREATE EXTENSION policy_tracker" -c "CREATE ROLE reporter" -c "CREATE ROLE editor" >/dev/null || exit 2
    python3 test/readme/check.py README.md
' 2>&1 | grep -v -E "^(Creating new PostgreSQL cluster|Dropping cluster)"
