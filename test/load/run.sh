#!/usr/bin/env bash
# make test-load (LOAD_SECONDS=60) and its 15-second version in make test:
# 8 pgbench clients, connected as a writer with the README's grants (no
# superuser), on the example data: progress reports, deadline changes,
# leads and involved actors added and removed, short names edited, an actor
# linked to every action renamed, notes edited, every view read.  Passes
# when pgbench reports no failed transaction and no aborted client, the
# server saw no deadlock, the progress table holds exactly as many rows as
# pgbench committed inserts, and afterwards every derived table equals a
# recomputation from the base tables (test/load/derived_check.sql).
# One pgbench thread (-j 1): its per-script counters are shared between
# threads without a lock, and with two threads they can lose a count.
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

major=$(bash scripts/prereqs.sh build cluster load) || { echo "load: 0 passed, 1 failed"; exit 1; }
seconds=${LOAD_SECONDS:-60}
# a fixed number of transactions per client, sized to about that many
# seconds here: with -T, a transaction in flight at the deadline can commit
# without being counted, and the count must be exact
per_client=$((seconds * 100))
log=$(mktemp)

pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' -o max_connections=50 bash -c '
    set -uo pipefail
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION policy_tracker" >/dev/null &&
    psql -X -q -v ON_ERROR_STOP=1 -f data/load.sql >/dev/null &&
    psql -X -q -v ON_ERROR_STOP=1 -f test/load/setup.sql >/dev/null &&
    psql -X -q -c "ALTER ROLE pt_load_writer PASSWORD \$\$$PGPASSWORD\$\$" >/dev/null || exit 2
    PGUSER=pt_load_writer pgbench -n -c 8 -j 1 -t '"$per_client"' --max-tries=1 \
        -f test/load/progress_insert.sql@4 -f test/load/action_update.sql@1 -f test/load/view_reads.sql@2 \
        -f test/load/deadline_update.sql@2 -f test/load/lead_change.sql@2 -f test/load/actor_edit.sql@1 \
        > '"$log"' 2>&1
    echo "pgbench exit: $?" >> '"$log"'
    echo "progress rows: $(psql -X -A -t -c "SELECT count(*) FROM policy_tracker.progress")" >> '"$log"'
    echo "deadlocks logged: $(cat /var/log/postgresql/postgresql-*-regress.log 2>/dev/null | grep -ci deadlock)" >> '"$log"'
    echo "deadlocks counted: $(psql -X -A -t -c "SELECT sum(deadlocks) FROM pg_catalog.pg_stat_database")" >> '"$log"'
    psql -X -q -f test/load/derived_check.sql | sed "s/^/derived differences: /" >> '"$log"' 2>&1
' >/dev/null 2>&1
cat "$log"

inserts=$(awk '/SQL script 1:/ {s=1} s && /- [0-9]+ transactions/ {print $2; exit}' "$log")
rows=$(awk -F': ' '/^progress rows:/ {print $2}' "$log")
failed=$(awk '/^number of failed transactions:/ {print $5; exit}' "$log")
aborted=$(grep -c 'aborted in command' "$log")
deadlocks=$(awk -F': ' '/^deadlocks (logged|counted):/ {n += $2} END {print n}' "$log")
derived=$(grep -c '^derived differences: ' "$log")
drift=$(awk -F'|' '/^derived differences: / {n += $2} END {print n + 0}' "$log")
rm -f "$log"

echo "load: 8 clients x $per_client transactions, inserts committed ${inserts:-?}, progress rows ${rows:-?}, failed ${failed:-?}, aborted clients ${aborted}, deadlocks ${deadlocks:-?}, derived rows differing from a recomputation or below zero ${drift} (${derived} of 4 checks ran)"
if [ -n "$inserts" ] && [ "$inserts" = "$rows" ] && [ "${failed:-x}" = 0 ] && [ "$aborted" = 0 ] && [ "${deadlocks:-x}" = 0 ] &&
   [ "$derived" = 4 ] && [ "$drift" = 0 ]; then
    echo "load: 1 passed, 0 failed"
else
    echo "load: 0 passed, 1 failed"
    exit 1
fi
