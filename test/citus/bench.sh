#!/usr/bin/env bash
# test/citus/bench.sh (make bench-citus): the reference graph and
# docnums_in/deadlines_in over a large text collection, timed on one plain
# node and on the Citus cluster (coordinator and two workers), on the same
# generated rows.  A measurement, not a test: neither make test nor .ci/run
# runs it.
#
# It starts the same four throwaway clusters as run.sh (test/citus/cluster.sh;
# ports CITUS_PORT..CITUS_PORT+3, default 5440-5443), loads
# test/citus/bench/setup.sql on the single node and on the coordinator
# (where it distributes the tables, 32 shards), checks on the coordinator that
# every case takes the Citus path it is meant to (bench/plans.sql), then times
# each case: a warm-up and BENCH_RUNS runs (default 5) in one session,
# clock_timestamp() read inside the server around the statement; the single
# node and the cluster take turns case by case.  Every run's answer (counts
# and checksums) must equal the single node's, or the script fails.  It also
# reads how much CPU each node's processes used during the timed runs
# (bench/ticks.sh), which says where the cluster's work was done and, on a
# machine shared with other work, is steadier than the wall clock.
#
# Data: BENCH_FAMILIES families of Council documents (default 80,000: about
# 200,000 documents and 1,000,000 citations) and BENCH_TEXTS texts of about
# 48 kB made at run time from ../shared/corpus (default 800: about 37 MB).
# QUICK=1 takes a tenth of both.
#
# Writes bench/citus_results.md and prints it.  Outputs, answers and server
# logs are kept in ${CITUS_RESULTS:-/tmp/pt-citus-bench}.  Run as root or as
# postgres, after test/citus/build.sh.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
proj=$(pwd)
. scripts/lib.sh

results=${CITUS_RESULTS:-/tmp/pt-citus-bench}
# Fixed memory, no JIT (it starts on the big aggregates and its compile time
# is noise here), no autovacuum in the middle of a case.  Parallel query is
# left on: a single node would use it, and it lets the single node use both
# cores as the cluster's 32 shard queries do.
extra_conf="jit = off
shared_buffers = 256MB
work_mem = 64MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
autovacuum = off"
# shellcheck source=test/citus/cluster.sh
. test/citus/cluster.sh

if [ "${QUICK:-0}" = 1 ]; then
    families=${BENCH_FAMILIES:-8000}; texts=${BENCH_TEXTS:-80}
else
    families=${BENCH_FAMILIES:-80000}; texts=${BENCH_TEXTS:-800}
fi
runs=${BENCH_RUNS:-5}
corpus_dir=../shared/corpus
ls "$corpus_dir"/*.txt >/dev/null 2>&1 ||
    { echo "citus bench: no texts in $corpus_dir (beside the project)" >&2; exit 1; }
corpus=$(cat "$corpus_dir"/*.txt)
out=bench/citus_results.md

# ---- the cases: key, what it is, Citus path, reset (untimed), timed
# statement, answer (untimed; empty: the timed statement's own result) ----
keys=() labels=() paths=() resets=() stmts=() answers=()
bench_case() {
    keys+=("$1"); labels+=("$2"); paths+=("$3"); resets+=("$4"); stmts+=("$5"); answers+=("$6")
}

# The reference graph as reference_graph_typed resolves it (src/sql/70_views.sql):
# every citation with the cited document's family, whether the family is in
# the database and its latest version there.  The view's correlated EXISTS
# on docnum_family is not something Citus plans on distributed tables; the
# family table as a CTE is, and it is the same answer.
q_graph="WITH family AS MATERIALIZED (
    SELECT docnum_family(ref) AS family, max(ref) AS latest, count(*) AS versions
    FROM documents GROUP BY 1)
SELECT count(*) AS citations,
       count(f.family) AS family_in_database,
       count(*) FILTER (WHERE f.latest = r.to_doc) AS cites_latest,
       sum(hashtext(docnum_display(r.from_doc) || ' ' ||
                    coalesce(docnum_display(f.latest), docnum_url(r.to_doc), r.to_doc::text))) AS checksum
FROM refs r LEFT JOIN family f ON f.family = docnum_family(r.to_doc)"
q_docnums="SELECT count(*), sum(hashtext(t.doc::text || ' ' || m.ref::text || ' ' || m.match)), sum(m.pos)
FROM texts t, docnums_in(t.body) AS m"
q_deadlines="SELECT count(*), sum(hashtext(t.doc::text || ' ' || p.due::text || ' ' || p.match)), sum(p.pos)
FROM texts t, deadlines_in(t.body) AS p"
q_docnums_by_doc="INSERT INTO mentions_by_doc (doc, ref, pos) SELECT t.doc, m.ref, m.pos FROM texts t, docnums_in(t.body) AS m"
q_docnums_by_ref="INSERT INTO mentions_by_ref (ref, doc, pos) SELECT m.ref, t.doc, m.pos FROM texts t, docnums_in(t.body) AS m"
q_deadlines_by_doc="INSERT INTO deadlines_by_doc (doc, due, pos) SELECT t.doc, p.due, p.pos FROM texts t, deadlines_in(t.body) AS p"

bench_case graph "reference graph: every citation, family and latest version resolved" \
    "families grouped on 32 shards, sent back to each as an intermediate result; citations joined on 32 shards" \
    "" "$q_graph" ""
bench_case citations "one document's citations, 200 queries (total)" \
    "router: 1 task (index on from_doc)" \
    "" "SELECT bench_citations(200, $families)" ""
bench_case citers "who cites one family, 20 queries (total)" \
    "32 tasks, each an index scan on docnum_family(to_doc)" \
    "" "SELECT bench_citers(20, $families)" ""
bench_case docnums "docnums_in over all texts: count" \
    "32 tasks, partial aggregates" \
    "" "$q_docnums" ""
bench_case docnums_by_doc "docnums_in: INSERT ... SELECT, stored by citing document" \
    "pushed down: 32 tasks, shard to co-located shard" \
    "TRUNCATE mentions_by_doc" "$q_docnums_by_doc" \
    "SELECT count(*), sum(hashtext(doc::text || ' ' || ref::text || ' ' || pos)) FROM mentions_by_doc"
bench_case docnums_by_ref "docnums_in: INSERT ... SELECT, stored by cited document" \
    "repartitioned: 32 tasks, rows sent between shards" \
    "TRUNCATE mentions_by_ref" "$q_docnums_by_ref" \
    "SELECT count(*), sum(hashtext(doc::text || ' ' || ref::text || ' ' || pos)) FROM mentions_by_ref"
bench_case deadlines "deadlines_in over all texts: count" \
    "32 tasks, partial aggregates" \
    "" "$q_deadlines" ""
bench_case deadlines_by_doc "deadlines_in: INSERT ... SELECT, stored by citing document" \
    "pushed down: 32 tasks, shard to co-located shard" \
    "TRUNCATE deadlines_by_doc" "$q_deadlines_by_doc" \
    "SELECT count(*), sum(hashtext(doc::text || ' ' || due::text || ' ' || pos)) FROM deadlines_by_doc"

ticks=$(getconf CLK_TCK)

cluster_up
[ "$failed" -eq 0 ] || { echo "citus bench: the clusters are not right (see $results)" >&2; exit 1; }
load_avg=$(cut -d ' ' -f 1-3 /proc/loadavg)

# ---- data, on both ----
for n in single coordinator; do
    citus=false; [ "$n" = coordinator ] && citus=true
    t=$SECONDS
    psql_on "$n" -v ON_ERROR_STOP=1 -v citus=$citus -v families="$families" -v texts="$texts" \
        -v corpus="$corpus" -f "$proj/test/citus/bench/setup.sql" >"$results/setup.$n.out" 2>&1 ||
        { echo "citus bench: setup failed on $n (see $results/setup.$n.out)" >&2; tail -n 5 "$results/setup.$n.out" >&2; exit 1; }
    echo "citus bench: data loaded on $n in $((SECONDS - t)) s"
done
sizes=$(psql_on single -At -F ' ' -c "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM refs),
    (SELECT count(*) FROM texts), (SELECT round(sum(octet_length(body)) / 1048576.0, 1) FROM texts)")
read -r n_docs n_refs n_texts text_mb <<<"$sizes"
psql_on coordinator -v ON_ERROR_STOP=1 -v q_graph="$q_graph" -v q_docnums="$q_docnums" \
    -v q_deadlines="$q_deadlines" -v q_docnums_by_doc="$q_docnums_by_doc" \
    -v q_docnums_by_ref="$q_docnums_by_ref" -v q_deadlines_by_doc="$q_deadlines_by_doc" \
    -f "$proj/test/citus/bench/plans.sql" >"$results/plans.out" 2>&1
check "Citus plans: router, co-located, intermediate result, repartition as described" $?

# run_case I NODE DATADIR...: one session, warm-up then $runs runs; prints
# one "time MS" line per run (warm-up as run 0), leaves the answers in
# $results, and the CPU ticks of the given servers after the warm-up and at
# the end in $results/KEY.NODE.ticks.{0,1}
run_case() {
    local i=$1 n=$2 r script=$results/${keys[$1]}.$2.sql
    shift 2
    {
        echo '\set ON_ERROR_STOP 1'
        echo 'SET search_path = public, policy_tracker;'
        for r in $(seq 0 "$runs"); do
            [ -n "${resets[$i]}" ] && echo "${resets[$i]};"
            echo 'SELECT clock_timestamp() AS t0 \gset'
            if [ -n "${answers[$i]}" ]; then
                echo "${stmts[$i]};"
            else
                echo "${stmts[$i]} \\g $results/${keys[$i]}.$n.answer.$r"
            fi
            echo "SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000, 1) AS ms \\gset"
            echo '\echo time :ms'
            [ -n "${answers[$i]}" ] && echo "${answers[$i]} \\g $results/${keys[$i]}.$n.answer.$r"
            [ "$r" = 0 ] && echo "\\! bash $proj/test/citus/bench/ticks.sh $* >$results/${keys[$i]}.$n.ticks.0"
        done
        echo "\\! bash $proj/test/citus/bench/ticks.sh $* >$results/${keys[$i]}.$n.ticks.1"
    } >"$script"
    chmod 644 "$script"
    psql_on "$n" -At -f "$script" 2>&1
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
spread() { sort -n | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f", (m > 0 ? 100 * (v[NR] - v[1]) / m : 0)}'; }

rows=()
answers_ok=0
for i in "${!keys[@]}"; do
    k=${keys[$i]}
    declare -A ms=() sp=() cpu=()
    for n in single coordinator; do
        if [ "$n" = single ]; then watch=(single); else watch=(coordinator worker1 worker2); fi
        if ! run_case "$i" "$n" "${watch[@]/#/$dir/}" >"$results/$k.$n.out"; then
            echo "citus bench: $k failed on $n:" >&2; tail -n 5 "$results/$k.$n.out" >&2; exit 1
        fi
        # CPU ms per timed run: the servers' ticks between the warm-up and the end
        mapfile -t t0 <"$results/$k.$n.ticks.0"
        mapfile -t t1 <"$results/$k.$n.ticks.1"
        for w in "${!watch[@]}"; do
            cpu[${watch[$w]}]=$(( (t1[w] - t0[w]) * 1000 / ticks / runs ))
        done
        # the warm-up (first line) is not counted
        ms[$n]=$(grep '^time ' "$results/$k.$n.out" | tail -n +2 | awk '{print $2}' | median)
        sp[$n]=$(grep '^time ' "$results/$k.$n.out" | tail -n +2 | awk '{print $2}' | spread)
    done
    # every run's answer, on both, equals the single node's first one
    same=0
    for n in single coordinator; do
        for r in $(seq 0 "$runs"); do
            cmp -s "$results/$k.single.answer.0" "$results/$k.$n.answer.$r" || same=1
        done
    done
    [ -s "$results/$k.single.answer.0" ] || same=1
    [ "$same" -eq 0 ] || {
        answers_ok=1
        echo "citus bench: $k: answers differ (single: $(cat "$results/$k.single.answer.0" 2>/dev/null); cluster: $(cat "$results/$k.coordinator.answer.$runs" 2>/dev/null))" >&2
    }
    check "$k: cluster answers equal the single node's ($(tr '|' ' ' <"$results/$k.single.answer.0" 2>/dev/null))" "$same"
    ratio=$(awk -v a="${ms[coordinator]}" -v b="${ms[single]}" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    cpu_ratio=$(awk -v a=$((cpu[coordinator] + cpu[worker1] + cpu[worker2])) -v b="${cpu[single]}" 'BEGIN {if (b > 0) printf "%.1f", a / b; else printf "n/a"}')
    rows+=("| ${labels[$i]} | ${paths[$i]} | ${ms[single]} (${sp[single]}%) | ${ms[coordinator]} (${sp[coordinator]}%) | ${ratio} | ${cpu[single]} | ${cpu[coordinator]} | $((cpu[worker1] + cpu[worker2])) | ${cpu_ratio} |")
    echo "citus bench: $k: single ${ms[single]} ms, cluster ${ms[coordinator]} ms"
done

# ---- the results ----
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)
pg=$(psql_on single -At -c 'SHOW server_version')
citus_v=$(psql_on coordinator -At -c "SELECT split_part(citus_version(), ' ', 2)")
pt_v=$(psql_on single -At -c "SELECT extversion FROM pg_extension WHERE extname = 'policy_tracker'")
{
    echo "# Citus: one node against a coordinator and two workers"
    echo
    echo "Generated by \`make bench-citus\` (test/citus/bench.sh) on $(date -u '+%Y-%m-%d %H:%M') UTC."
    echo
    echo "- Machine: $(nproc) cores ($cpu_model), $mem; load average $load_avg before the run (the machine is shared)."
    echo "  All four PostgreSQL servers run on it: the cluster's coordinator and both workers share the same $(nproc) cores."
    echo "- PostgreSQL $pg, Citus $citus_v, policy_tracker $pt_v. Every node: shared_buffers 256MB, work_mem 64MB, JIT off,"
    echo "  fsync off, parallel query on (defaults). Citus: 32 shards, co-located by document."
    echo "- Data: $n_docs documents, $n_refs citations, $n_texts texts ($text_mb MB, made from ../shared/corpus)."
    echo "- Each figure is the median of $runs runs after a warm-up, in ms (spread: (max - min) / median);"
    echo "  ratio is cluster / single. CPU columns: ms of CPU per run used by the node's processes after the warm-up"
    echo "  (untimed resets and checks included), read from /proc; \"workers\" is both workers together;"
    echo "  CPU ratio is (coordinator + workers) / single."
    echo "- Every answer (counts and checksums) on the cluster equals the single node's."
    echo
    echo "| case | on Citus | single ms | cluster ms | ratio | single CPU | coordinator CPU | workers CPU | CPU ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} >"$results/citus_results.md"
if [ "$answers_ok" -eq 0 ] && [ "$failed" -eq 0 ]; then
    cp "$results/citus_results.md" "$out"
    cat "$out"
    echo "citus bench: wrote $out"
else
    cat "$results/citus_results.md"
    echo "citus bench: FAILED ($failed checks); $out left as it was" >&2
fi
echo "citus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
