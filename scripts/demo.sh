#!/usr/bin/env bash
# `make demo`: a throwaway cluster with policy_tracker installed, and what
# it does on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
major=$(bash scripts/prereqs.sh build cluster)
pt_build_install "$major"

pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' \
    psql -X -q -v ON_ERROR_STOP=1 -f scripts/demo.sql
