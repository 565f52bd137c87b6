#!/usr/bin/env bash
# The upgrade path, as a user walks it: a database on the released 0.1 with
# the example and some progress, then ALTER EXTENSION policy_tracker UPDATE.
# Passes when
#   - the extension is then at the current version;
#   - its catalog equals a fresh install's: pg_dump --schema-only
#     --binary-upgrade (the one mode that dumps an extension's member objects
#     one by one) of both databases, with OIDs normalised away;
#   - the configuration tables registered for pg_dump are the same;
#   - every table holds the same rows as before the update;
#   - every table and view answers as on a fresh install loaded the same way.
# Ends with "upgrade: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

major=$(bash scripts/prereqs.sh build cluster) || { echo "upgrade: 0 passed, 1 failed"; exit 1; }
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" policy_tracker.control)
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# Released versions that have an upgrade script to the current one.
released=$(ls policy_tracker--*--"$current".sql 2>/dev/null | sed -E 's/^policy_tracker--([^-]+)--.*/\1/' | sort -V)
[ -n "$released" ] || { echo "FAIL upgrade: no upgrade script to $current"; echo "upgrade: 0 passed, 1 failed"; exit 1; }

pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' bash -c '
    set -uo pipefail
    work='"$work"'
    q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
    catalog() {
        # OIDs differ between any two databases; everything else must not
        pg_dump --schema-only --binary-upgrade --no-owner "$1" |
            grep -v -E "binary_upgrade_set_next_|^-- Dumped (from|by)|^SELECT pg_catalog.set_config|^.(un)?restrict " |
            # the example'"'"'s texts are re-read after the update (below), which
            # draws more reference ids than a fresh install: the position of
            # that sequence is no user data
            grep -v -F "setval('"'"'policy_tracker.reference_id_seq'"'"'" |
            sed -E -e "s/(binary_upgrade_create_empty_extension\([^{]*)'"'"'\{[0-9,]*\}'"'"'/\1'"'"'{oids}'"'"'/" \
                   -e "s/(relfrozenxid|relminmxid) = '"'"'[0-9]+'"'"'/\1 = '"'"'x'"'"'/g" \
                   -e "s/WHERE oid = '"'"'[0-9]+'"'"'/WHERE oid = '"'"'x'"'"'/"
    }
    configs() {
        psql -X -A -t -d "$1" -c "SELECT c::pg_catalog.regclass::text || coalesce(\$\$ \$\$ || e.extcondition[i], \$\$\$\$)
            FROM pg_catalog.pg_extension e, LATERAL unnest(e.extconfig) WITH ORDINALITY AS u(c, i)
            WHERE e.extname = \$\$policy_tracker\$\$ ORDER BY 1"
    }
    for from in '"$released"'; do
        db=upgraded_${from//./_}
        createdb "$db" && createdb "fresh_$db" || exit 2
        q -d "$db" -c "CREATE EXTENSION policy_tracker VERSION '"'"'$from'"'"'" &&
        q -d "$db" -f data/load.sql >/dev/null &&
        q -d "$db" -f test/upgrade/progress.sql >/dev/null || { echo "FAIL setup of $from"; continue; }
        # the user data to keep: every column of every table but the derived
        # ones (an update may reshape those; they are compared with a fresh
        # install below)
        q -d "$db" -c "CREATE TABLE public.pt_fingerprint_keys AS
            SELECT c.relname::text, array_agg(a.attname::text) AS keys
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE s.nspname = \$\$policy_tracker\$\$ AND c.relkind = \$\$r\$\$
              AND c.relname NOT IN (\$\$action_status\$\$, \$\$action_digest\$\$, \$\$actor_load\$\$)
            GROUP BY c.relname" &&
        q -d "$db" -v kinds="'"'"'r'"'"'" -f test/upgrade/fingerprint.sql > "$work/$db.tables.before"
        if q -d "$db" -c "ALTER EXTENSION policy_tracker UPDATE" &&
           [ "$(psql -X -A -t -d "$db" -c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = \$\$policy_tracker\$\$")" = '"$current"' ]; then
            echo "ok   $from -> '"$current"': ALTER EXTENSION UPDATE reaches '"$current"'"
        else
            echo "FAIL $from -> '"$current"': ALTER EXTENSION UPDATE"
            continue
        fi
        q -d "fresh_$db" -c "CREATE EXTENSION policy_tracker" &&
        q -d "fresh_$db" -f data/load.sql >/dev/null &&
        q -d "fresh_$db" -f test/upgrade/progress.sql >/dev/null || { echo "FAIL fresh install"; continue; }

        q -d "$db" -v kinds="'"'"'r'"'"'" -f test/upgrade/fingerprint.sql > "$work/$db.tables.after"
        q -d "$db" -c "DROP TABLE public.pt_fingerprint_keys"
        if [ -s "$work/$db.tables.before" ] && diff -u "$work/$db.tables.before" "$work/$db.tables.after" > "$work/diff"; then
            echo "ok   $from -> '"$current"': every table holds the same rows after the update ($(awk -F"|" "{n += \$3} END {print n}" "$work/$db.tables.after") rows)"
        else
            echo "FAIL $from -> '"$current"': rows changed in the update:"; cat "$work/diff"
        fi
        # a newer reader cleans the texts better: the example'"'"'s are read again
        q -1 -d "$db" -f data/paragraph_texts.sql >/dev/null || echo "FAIL re-reading the texts after the update"
        catalog "$db" > "$work/$db.catalog"; catalog "fresh_$db" > "$work/fresh.catalog"
        if [ -s "$work/fresh.catalog" ] && diff -u "$work/fresh.catalog" "$work/$db.catalog" > "$work/diff"; then
            echo "ok   $from -> '"$current"': catalog equals a fresh install ($(grep -c . "$work/fresh.catalog") dump lines)"
        else
            echo "FAIL $from -> '"$current"': catalog differs from a fresh install (- fresh, + upgraded):"; head -n 60 "$work/diff"
        fi
        if diff -u <(configs "fresh_$db") <(configs "$db") > "$work/diff"; then
            echo "ok   $from -> '"$current"': the same tables are registered for pg_dump"
        else
            echo "FAIL $from -> '"$current"': pg_dump configuration tables differ:"; cat "$work/diff"
        fi
        q -d "$db" -v kinds="'"'"'r'"'"','"'"'v'"'"'" -f test/upgrade/fingerprint.sql > "$work/$db.all"
        q -d "fresh_$db" -v kinds="'"'"'r'"'"','"'"'v'"'"'" -f test/upgrade/fingerprint.sql > "$work/fresh.all"
        if [ -s "$work/fresh.all" ] && diff -u "$work/fresh.all" "$work/$db.all" > "$work/diff"; then
            echo "ok   $from -> '"$current"': every table and view answers as on a fresh install ($(grep -c "|v|" "$work/fresh.all") views)"
        else
            echo "FAIL $from -> '"$current"': tables or views differ from a fresh install (- fresh, + upgraded):"; cat "$work/diff"
        fi
    done
' > "$work/out" 2>&1
grep -v -E '^(Creating new PostgreSQL cluster|Dropping cluster)' "$work/out"
ok=$(grep -c '^ok ' "$work/out")
bad=$(grep -c '^FAIL' "$work/out")
expected=$(( $(echo "$released" | wc -w) * 5 ))
[ $((ok + bad)) -eq "$expected" ] || bad=$((bad + expected - ok - bad))
echo "upgrade: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
