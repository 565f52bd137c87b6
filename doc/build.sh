#!/usr/bin/env bash
# Builds doc/reference.md from the installed extension (see doc/generate.sh).
#   bash doc/build.sh            rewrite doc/reference.md
#   bash doc/build.sh --check    fail when doc/reference.md has drifted (make test)
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

major=$(bash scripts/prereqs.sh build cluster) || exit 1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v dir="$work" '/^-- @ / {name = $3; next} name != "" {print > (dir "/ex_" name ".sql")}' doc/examples.sql

if ! pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' \
        bash doc/generate.sh "$work" >"$work/raw.md" 2>"$work/log"; then
    grep -v -E '^(Creating new PostgreSQL cluster|Dropping cluster)' "$work/log" | tail -n 20
    echo "reference: 0 passed, 1 failed"
    exit 1
fi
# pg_virtualenv announces its cluster on standard output
grep -v -E '^(Creating new PostgreSQL cluster|Dropping cluster)' "$work/raw.md" >"$work/reference.md"
if [ "${1:-}" = "--check" ]; then
    if diff -u doc/reference.md "$work/reference.md" >"$work/diff"; then
        echo "reference: 1 passed, 0 failed"
    else
        head -n 40 "$work/diff"
        echo "doc/reference.md no longer matches the code: run bash doc/build.sh and commit it"
        echo "reference: 0 passed, 1 failed"
        exit 1
    fi
else
    cp "$work/reference.md" doc/reference.md
    echo "wrote doc/reference.md"
fi
