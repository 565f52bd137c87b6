#!/usr/bin/env bash
# make bench: same-run ratios against PostgreSQL's own types (see README,
# Performance).  QUICK=1 runs every case on a tenth of the data.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/lib.sh
major=$(bash scripts/prereqs.sh build cluster load)
pt_build_install "$major"

# "default collation" should mean a real linguistic one, as on most servers
locale_opt='--locale=C.UTF-8'
if locale -a 2>/dev/null | grep -qi '^en_US\.utf-\?8$'; then
    locale_opt='--locale=en_US.UTF-8'
elif [ "$(id -u)" -eq 0 ] && [ -f /etc/locale.gen ]; then
    sed -i 's/^# *\(en_US.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    locale-gen >/dev/null 2>&1 && locale_opt='--locale=en_US.UTF-8'
fi

corpus=../shared/corpus
body=""
conclusions=""
if [ -d "$corpus" ]; then
    body=$(cat "$corpus"/*.txt)
    conclusions=$(cat "$corpus"/13943-17_draft-conclusions_en.txt)
fi

export PGOPTIONS='-c client_min_messages=warning'
pt_virtualenv -t -v "$major" -i "$locale_opt --encoding=UTF8" \
    -o fsync=off -o synchronous_commit=off -o full_page_writes=off -o jit=off \
    -o wal_level=minimal -o max_wal_senders=0 \
    -o max_parallel_workers_per_gather=0 -o max_parallel_maintenance_workers=0 \
    -o shared_buffers=512MB -o work_mem=256MB -o maintenance_work_mem=512MB \
    -o max_wal_size=4GB -o autovacuum=off \
    psql -X -q -v ON_ERROR_STOP=1 -v quick="${QUICK:-0}" -v corpus="$body" -v conclusions="$conclusions" \
         -v locale="${locale_opt#--locale=}" -f bench/bench.sql
