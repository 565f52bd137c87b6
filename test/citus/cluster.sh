# shellcheck shell=bash
# test/citus/cluster.sh: the four throwaway clusters that run.sh (the test)
# and bench.sh (the measurement) start; source it, do not run it.
#
# Before sourcing, from the project's top directory with scripts/lib.sh
# sourced, set:
#   results      where the outputs and, at the end, the server logs go (it is
#                emptied first)
#   extra_conf   optional: lines added to every node's postgresql.conf
# Then cluster_up starts the coordinator, the two workers and the single
# node, creates the extensions and checks them (one "ok"/"FAIL" line per
# check, counted in passed/failed), or exits.  A trap always stops the
# clusters and copies their logs into $results.
# CITUS_PORT, CITUS_SEARCH_PATH and CITUS_PATCH are read here (see run.sh).

: "${results:?set results before sourcing cluster.sh}"
major=$(pt_server_major)
bin=/usr/lib/postgresql/$major/bin
base=${CITUS_PORT:-5440}
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
        [ -n "${extra_conf:-}" ] && echo "$extra_conf"
        if [ "$citus" = 1 ]; then
            echo "shared_preload_libraries = 'citus'"
            # the throwaway clusters have no certificates
            echo "citus.node_conninfo = 'sslmode=disable'"
        fi
    } >>"$dir/$n/postgresql.conf"
    as_pg "$bin/pg_ctl" -D "$dir/$n" -l "$dir/$n.log" -w -t 60 start >/dev/null ||
        { tail -n 20 "$dir/$n.log" >&2; return 1; }
}

# cluster_up: start the four nodes, create citus and policy_tracker, check
# that every Citus node has the extension (and the search_path); exits on a
# failure to start.
cluster_up() {
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
}
