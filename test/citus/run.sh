#!/usr/bin/env bash
# test/citus/run.sh: the types on a Citus cluster give the same answers as on
# one plain PostgreSQL node.
#
# Starts four throwaway clusters of this machine's server, owned by postgres,
# in a temporary directory, on localhost ports CITUS_PORT..CITUS_PORT+3
# (default 5440..5443):
#
#   coordinator  shared_preload_libraries = 'citus'
#   worker 1, 2  the same; added with citus_add_node
#   single       no Citus: the reference answers
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

major=$(pt_server_major)
bin=/usr/lib/postgresql/$major/bin
base=${CITUS_PORT:-5440}
results=${CITUS_RESULTS:-/tmp/pt-citus-results}
passed=0
failed=0

if [ "$(id -u)" -eq 0 ]; then
    as_pg() { runuser -u postgres -- "$@"; }
elif [ "$(id -un)" = postgres ]; then
    as_pg() { "$@"; }
else
    echo "citus: run as root or as postgres" >&2; exit 1
fi

[ -f "$("$bin/pg_config" --pkglibdir)/citus.so" ] ||
    { echo "citus: Citus is not installed for PostgreSQL $major (run test/citus/build.sh)" >&2; exit 1; }

dir=$(mktemp -d -t pt-citus.XXXXXX)
chmod 755 "$dir"
chown postgres: "$dir"
rm -rf "$results"
mkdir -p "$results"
chmod 777 "$results"

names=(coordinator worker1 worker2 single)
port_of() {
    case $1 in
    coordinator) echo "$base" ;; worker1) echo $((base + 1)) ;;
    worker2) echo $((base + 2)) ;; single) echo $((base + 3)) ;;
    esac
}

stop_all() {
    local n
    for n in "${names[@]}"; do
        [ -f "$dir/$n/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$dir/$n" -m fast -w stop >/dev/null 2>&1
    done
    # the server logs go with the results
    for n in "${names[@]}"; do cp "$dir/$n.log" "$results/" 2>/dev/null; done
    rm -rf "$dir"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

check() {     # check NAME STATUS: one "ok"/"FAIL" line
    if [ "$2" -eq 0 ]; then echo "ok $1"; passed=$((passed + 1))
    else echo "FAIL $1"; failed=$((failed + 1)); fi
}

# psql_on NODE [psql args...]: as postgres, on the node's database, no psqlrc
psql_on() {
    local n=$1; shift
    as_pg env LC_MESSAGES=C PGOPTIONS='-c client_min_messages=warning' \
        "$bin/psql" -X -q -h localhost -p "$(port_of "$n")" -U postgres -d postgres "$@"
}

start() {     # start NAME CITUS(0/1)
    local n=$1 citus=$2 port
    port=$(port_of "$n")
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "citus: port $port is taken (CITUS_PORT chooses another base)" >&2; return 1
    fi
    as_pg "$bin/initdb" -D "$dir/$n" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/$n.initdb.log" 2>&1 || { cat "$dir/$n.initdb.log" >&2; return 1; }
    {
        echo "port = $port"
        echo "listen_addresses = 'localhost'"
        echo "unix_socket_directories = '$dir'"
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
        echo "lc_messages = 'C'"
        echo "max_connections = 200"
        if [ "$citus" = 1 ]; then
            echo "shared_preload_libraries = 'citus'"
            # the throwaway clusters have no certificates
            echo "citus.node_conninfo = 'sslmode=disable'"
        fi
    } >>"$dir/$n/postgresql.conf"
    as_pg "$bin/pg_ctl" -D "$dir/$n" -l "$dir/$n.log" -w -t 60 start >/dev/null ||
        { tail -n 20 "$dir/$n.log" >&2; return 1; }
}

start=$SECONDS
for n in coordinator worker1 worker2; do
    start "$n" 1 || { check "start $n" 1; echo "citus: $passed passed, $failed failed"; exit 1; }
done
start single 0 || { check "start single" 1; echo "citus: $passed passed, $failed failed"; exit 1; }

# citus on every Citus node; policy_tracker on the coordinator only, between
# the two citus_add_node calls (propagation and copy on add are both tested).
#
# The database's search_path names the extension's schema, on the
# coordinator only (Citus propagates ALTER DATABASE ... SET to the workers,
# and the test checks that the worker added after it has it too).  Without
# it a join written with USING (or NATURAL) on a docnum or deadline column
# fails on the workers: Citus schema-qualifies every operator it deparses,
# but sends USING (col) as it is, and the worker looks up "=" for it by name
# in its own search_path ("operator does not exist: policy_tracker.docnum =
# policy_tracker.docnum").  CITUS_SEARCH_PATH=0 leaves the step out, to show
# the failure.
search_path=
if [ "${CITUS_SEARCH_PATH:-1}" != 0 ]; then
    search_path='ALTER DATABASE postgres SET search_path = "$user", public, policy_tracker;'
fi
setup_log=$results/cluster_setup.log
{
    for n in coordinator worker1 worker2; do
        psql_on "$n" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION citus' || exit 1
    done
    psql_on coordinator -v ON_ERROR_STOP=1 <<SQL || exit 1
SELECT citus_set_coordinator_host('localhost', $(port_of coordinator));
SELECT citus_add_node('localhost', $(port_of worker1));
CREATE EXTENSION policy_tracker;
$search_path
SELECT citus_add_node('localhost', $(port_of worker2));
SQL
    psql_on single -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION policy_tracker' || exit 1
    if [ -n "${CITUS_PATCH:-}" ]; then
        for n in "${names[@]}"; do
            psql_on "$n" -v ON_ERROR_STOP=1 -f "$(realpath "$CITUS_PATCH")" || exit 1
        done
    fi
} >"$setup_log" 2>&1
check "cluster: coordinator, 2 workers, single node" $?

# the extension, at the same version, on every node
want=$(psql_on single -At -c "SELECT extversion FROM pg_extension WHERE extname = 'policy_tracker'")
ext_ok=0
for n in coordinator worker1 worker2; do
    got=$(psql_on "$n" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'policy_tracker'" 2>&1)
    [ -n "$want" ] && [ "$got" = "$want" ] || { echo "citus: $n has policy_tracker '$got', want '$want'" >&2; ext_ok=1; }
done
check "extension policy_tracker $want on coordinator and both workers" $ext_ok
if [ -n "$search_path" ]; then
    sp_ok=0
    for n in coordinator worker1 worker2; do
        got=$(psql_on "$n" -At -c 'SHOW search_path' 2>&1)
        [ "$got" = '"$user", public, policy_tracker' ] ||
            { echo "citus: $n has search_path '$got'" >&2; sp_ok=1; }
    done
    check "database search_path with policy_tracker on coordinator and both workers" $sp_ok
fi
echo "citus: clusters up in $((SECONDS - start)) s"

for f in test/citus/sql/*.sql; do
    name=$(basename "$f" .sql)
    case $name in *_setup) continue ;; esac
    t=$SECONDS
    rc=0
    for n in coordinator single; do
        citus=false; [ "$n" = coordinator ] && citus=true
        if [ -f "test/citus/sql/${name}_setup.sql" ]; then
            psql_on "$n" -v ON_ERROR_STOP=1 -v citus=$citus \
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
    [ "$rc" -eq 0 ] && rm -f "$results/$name.diff"
    check "$name ($((SECONDS - t)) s)" "$rc"
done

echo "citus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
