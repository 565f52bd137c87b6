#!/usr/bin/env bash
# `make demo`: a throwaway cluster with policy_tracker installed, and what
# it does on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(bash scripts/prereqs.sh)
pg_config="/usr/lib/postgresql/$major/bin/pg_config"
[ -x "$pg_config" ] || pg_config=pg_config
make --no-print-directory -s PG_CONFIG="$pg_config" all >/dev/null
make --no-print-directory -s PG_CONFIG="$pg_config" install >/dev/null

pg_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' \
    psql -X -q -v ON_ERROR_STOP=1 -f scripts/demo.sql
