#!/usr/bin/env bash
# checks.sh: run inside a pg_virtualenv cluster (PG* set) from the project's
# root, with the packaged extension installed.  Prints "ok <what>" or
# "FAIL <what>: ..." per check; test/deb/run.sh counts them.
set -uo pipefail
q() { psql -X -q -v ON_ERROR_STOP=1 -tA "$@"; }

expect() { # expect WHAT EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then echo "ok $1"; else echo "FAIL $1: expected '$2', got '$3'"; fi
}

default=$(q -c "SELECT default_version FROM pg_available_extensions WHERE name = 'policy_tracker'")
if [ -n "$default" ]; then echo "ok policy_tracker is available (default_version $default)"
else echo "FAIL policy_tracker is not among pg_available_extensions"; fi

expect "CREATE EXTENSION policy_tracker" "$default" \
    "$(q -c 'CREATE EXTENSION policy_tracker' -c "SELECT extversion FROM pg_extension WHERE extname = 'policy_tracker'" 2>&1)"

if out=$(psql -X -q -v ON_ERROR_STOP=1 -f data/load.sql 2>&1); then echo "ok \\i data/load.sql (the example)"
else echo "FAIL \\i data/load.sql: $(echo "$out" | tail -n 3)"; fi

actions=$(( $(q -c "SELECT count(*) FROM policy_tracker.action") ))
if [ "$actions" -gt 0 ]; then echo "ok the example's action plan is loaded ($actions actions)"
else echo "FAIL no actions after loading the example"; fi

overdue=$(q -c "SELECT count(*) FROM policy_tracker.overdue_on('2018-07-01')" 2>&1)
if [ "$overdue" -gt 0 ] 2>/dev/null; then echo "ok overdue_on('2018-07-01') returns $overdue rows"
else echo "FAIL overdue_on('2018-07-01'): $overdue"; fi
expect "action 37 overdue on 2018-07-01, due 2017-12-31, led by the Commission" "2017-12-31|Commission" \
    "$(q -c "SELECT due_date, leads FROM policy_tracker.overdue_on('2018-07-01') WHERE number = 37" 2>&1)"

expect "docnum cast '12762/5/17 REV5'" "ST 12762 2017 REV 5" \
    "$(q -c "SELECT '12762/5/17 REV5'::policy_tracker.docnum" 2>&1)"
expect "docnum spellings equal" "t" \
    "$(q -c "SET search_path = public, policy_tracker" -c "SELECT 'ST-12762-2017-REV-5'::docnum = '12762/5/17 REV 5'" 2>&1)"
expect "docnum_display" "14435/17" \
    "$(q -c "SELECT policy_tracker.docnum_display('ST 14435 2017 INIT')" 2>&1)"
expect "due_date('end of 2018/early 2019')" "2019-04-30" \
    "$(q -c "SELECT policy_tracker.due_date('end of 2018/early 2019')" 2>&1)"

# every other installable version (install script shipped) updates to the default
for v in $(q -c "SELECT version FROM pg_available_extension_versions WHERE name = 'policy_tracker' AND version <> '$default' ORDER BY 1"); do
    expect "CREATE EXTENSION policy_tracker VERSION '$v', then ALTER EXTENSION UPDATE" "$default" \
        "$(q -c "DROP DATABASE IF EXISTS pt_upgrade" -c "CREATE DATABASE pt_upgrade" >/dev/null 2>&1
           q -d pt_upgrade -c "CREATE EXTENSION policy_tracker VERSION '$v'" -c "ALTER EXTENSION policy_tracker UPDATE" \
             -c "SELECT extversion FROM pg_extension WHERE extname = 'policy_tracker'" 2>&1)"
done

expect "DROP EXTENSION policy_tracker CASCADE" "" "$(q -c 'DROP EXTENSION policy_tracker CASCADE' 2>&1 | grep -v '^NOTICE')"
