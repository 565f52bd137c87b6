#!/usr/bin/env bash
# test/citus/run.sh: the types and the tracking model on a Citus cluster give
# the same answers as on one plain PostgreSQL node.
#
# Starts four throwaway clusters of this machine's server, owned by postgres,
# in a temporary directory, on localhost ports CITUS_PORT..CITUS_PORT+3
# (default 5440..5443):
#
#   coordinator  shared_preload_libraries = 'citus'
#   worker 1, 2  the same; added with citus_add_node
#   single       no Citus: the reference answers
#
# (test/citus/cluster.sh starts and stops them; bench.sh uses the same.)
#
# Citus and policy_tracker must be installed in the server (test/citus/build.sh
# installs Citus; policy_tracker is whatever `make install` put there: this
# script installs nothing).  CREATE EXTENSION policy_tracker runs on the
# coordinator only, after worker 1 is added and before worker 2 is: Citus must
# propagate it to the one and copy it to the other when it is added, and the
# script checks that every node has it.
#
# Each test in test/citus/sql/ is two files:
#   NAME_setup.sql  tables, distribution and data; run with ON_ERROR_STOP and
#                   the psql variable :citus (true on the coordinator, false on
#                   the single node) so that `\if :citus` blocks distribute on
#                   the one and are skipped on the other; its output is not
#                   compared (create_distributed_table returns rows)
#   NAME.sql        queries only, run on both; the two outputs (statements
#                   echoed, errors included) must be byte-identical
# CITUS_PATCH=file.sql, when set, is run on every node after CREATE EXTENSION
# (to try a change to the extension's SQL before it is installed).
#
# Prints "ok NAME" or "FAIL NAME" per test and per cluster check, then
# "citus: N passed, N failed"; outputs and diffs are kept in
# ${CITUS_RESULTS:-/tmp/pt-citus-results}.  The clusters are always stopped.
# Run as root or as postgres.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
proj=$(pwd)
. scripts/lib.sh

results=${CITUS_RESULTS:-/tmp/pt-citus-results}
# shellcheck source=test/citus/cluster.sh
. test/citus/cluster.sh
cluster_up

# the generated register of model_setup.sql: small by default (the test
# stays fast), or the issue's register (about 10,000 documents, 1,000,000
# references, 100,000 actions) with CITUS_MODEL_SIZE=register
size_vars=()
case ${CITUS_MODEL_SIZE:-small} in
small) ;;
register) size_vars=(-v docs=10000 -v refs=100 -v actions=500) ;;
*) echo "citus: CITUS_MODEL_SIZE is small or register" >&2; exit 1 ;;
esac

for f in test/citus/sql/*.sql; do
    name=$(basename "$f" .sql)
    case $name in *_setup) continue ;; esac
    t=$SECONDS
    rc=0
    for n in coordinator single; do
        citus=false; [ "$n" = coordinator ] && citus=true
        if [ -f "test/citus/sql/${name}_setup.sql" ]; then
            psql_on "$n" -v ON_ERROR_STOP=1 -v citus=$citus "${size_vars[@]}" \
                -f "$proj/test/citus/sql/${name}_setup.sql" >"$results/$name.setup.$n.out" 2>&1 ||
                { echo "citus: $name setup failed on $n (see $results/$name.setup.$n.out)" >&2; rc=1; }
        fi
        # -a echoes every statement, errors go into the output, as pg_regress
        psql_on "$n" -a -v citus=$citus -f "$proj/test/citus/sql/$name.sql" \
            >"$results/$name.$n.out" 2>&1
    done
    if ! diff -u "$results/$name.single.out" "$results/$name.coordinator.out" >"$results/$name.diff"; then
        echo "citus: $name: Citus answers differ from the single node (diff: $results/$name.diff)" >&2
        head -n 40 "$results/$name.diff" >&2
        rc=1
    fi
    # the same error on both nodes compares equal: a query that fails
    # everywhere (a test's own mistake) would pass unseen.  A test that means
    # to show errors says how many with a line "-- errors expected: N".
    want=$(sed -n 's/^-- errors expected: \([0-9][0-9]*\)$/\1/p' "test/citus/sql/$name.sql" | head -n 1)
    for n in coordinator single; do
        got=$(grep -c '^psql:.*ERROR:\|^ERROR:' "$results/$name.$n.out" || true)
        if [ "$got" -ne "${want:-0}" ]; then
            echo "citus: $name: $got errors on the $n node, ${want:-0} expected (see $results/$name.$n.out)" >&2
            grep -m 5 'ERROR:' "$results/$name.$n.out" >&2 || true
            rc=1
        fi
    done
    [ "$rc" -eq 0 ] && rm -f "$results/$name.diff"
    check "$name ($((SECONDS - t)) s)" "$rc"
done

echo "citus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
