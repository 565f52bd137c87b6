#!/usr/bin/env bash
# test/citus/bench/ticks.sh DATADIR...: the CPU used so far by each
# PostgreSQL server's processes, in clock ticks (one number per data
# directory): its postmaster's reaped children (cutime + cstime, where
# backends that have exited are counted) and its live children (utime +
# stime).  bench.sh runs it from psql (\!), as postgres, around the timed
# runs, so the warm-up's connections and caches are not counted.
for d in "$@"; do
    pm=$(head -n 1 "$d/postmaster.pid")
    # the fields after the command name's ")": 12 utime, 13 stime, 14 cutime, 15 cstime
    sum=$(sed 's/.*) //' "/proc/$pm/stat" | awk '{print $14 + $15}')
    for c in $(ps -o pid= --ppid "$pm"); do
        t=$(sed 's/.*) //' "/proc/$c/stat" 2>/dev/null | awk '{print $12 + $13}')
        sum=$((sum + ${t:-0}))
    done
    echo "$sum"
done
