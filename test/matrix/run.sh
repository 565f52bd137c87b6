#!/usr/bin/env bash
# `make test-matrix`: the whole `make test` suite on several PostgreSQL
# majors, so that a difference between servers shows up here and not in a
# user's database.
#
#   MATRIX="host 17 18" (the default) lists what runs, in that order:
#     host  the machine's own server, `make test` in this tree as it is;
#     17    Debian 13 (trixie)'s postgresql-17, in a minimal trixie root;
#     18    Debian unstable (sid)'s postgresql-18, in a minimal sid root.
#   MATRIX=17 runs one version; MATRIX="17 18" skips the host run (what
#   .ci/run does after its own `make test`).
#
# Debian 12 ships only PostgreSQL 15, so 17 and 18 come from the newer
# Debian releases that package them, each in its own chroot (the way
# ../shared/tools/fresh-machine.sh builds one): nothing is installed on this
# machine, and each version gets exactly Debian's packages of that release.
#
# The roots are cached as tarballs under /var/cache/pt-matrix/ (outside the
# clone: CI runs in a fresh clone on the same machine, and a cache there would
# be thrown away every time).  A root is cached only AFTER the project's own
# scripts/prereqs.sh has installed every prerequisite inside it, so a warm
# run unpacks it and installs nothing.  prereqs.sh still runs every time
# (it is a no-op when nothing is missing) so that a prerequisite added later
# is installed; when it does install something, the root is cached again.
# MATRIX_REBUILD=1 throws the cached roots away and builds them anew (to
# pick up newer packages of the moving suites).
#
# Each run unpacks a throwaway copy of the root, copies this working tree into
# it (tracked files and untracked files that are not ignored, so uncommitted
# work is tested, build products are not) with ../shared beside it, and runs
# `PG_MAJOR=<n> make test` there as root, like CI does on the host.
#
# MATRIX_CITUS=1 also runs `make test-citus` in each root (Citus 14.0.1 on
# 17 and 18; see run_citus), MATRIX_CITUS=only runs that alone.
#
# FUZZ_SECONDS defaults to 5 in the roots (15 in `make test`): the fuzz
# harnesses test version-independent C and run in full on the host, so the
# matrix keeps only a smoke run of them and stays within its time budget.
#
# Prints each version's "N passed, N failed" line prefixed by the version,
# then one overall line "N passed, N failed" (the sum); exit status non-zero
# on any failure.  Run as root (mmdebstrap, chroot and mount need it).
set -uo pipefail
cd "$(dirname "$0")/../.."
proj=$(pwd)

matrix=${MATRIX:-host 17 18}
cache=/var/cache/pt-matrix
fuzz_seconds=${FUZZ_SECONDS:-5}
export DEBIAN_FRONTEND=noninteractive

# The Debian suite that packages each major.  A newer major needs one line.
suite_for() {
    case $1 in
    17) echo trixie ;;
    18) echo unstable ;;
    *) return 1 ;;
    esac
}

passed=0
failed=0
summary=()

# result LABEL LOG: adds the last "N passed, N failed" line of LOG to the
# totals; a run that died before printing one counts as one failure.
result() {
    local label=$1 log=$2 line
    line=$(grep -aE '^[0-9]+ passed, [0-9]+ failed' "$log" 2>/dev/null | tail -n 1)
    if [ -z "$line" ]; then
        line="0 passed, 1 failed (no summary line; log: $log)"
        failed=$((failed + 1))
    else
        passed=$((passed + $(echo "$line" | awk '{print $1}')))
        failed=$((failed + $(echo "$line" | awk '{print $3}')))
    fi
    summary+=("$label: $line ($(elapsed))")
}

started=$SECONDS
elapsed() { local s=$((SECONDS - started)); printf '%d min %02d s' $((s / 60)) $((s % 60)); }

# A failure of the matrix's own machinery (no mirror, mmdebstrap failing, ...)
# is a failure of the version, not a silent skip.
infra_fail() {
    echo "matrix: $1: $2" >&2
    summary+=("$1: 0 passed, 1 failed ($2; $(elapsed))")
    failed=$((failed + 1))
}

root=
cleanup() {
    [ -n "$root" ] && [ -d "$root" ] || return 0
    local m
    for m in var/cache/pt-citus dev/shm dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null; done
    # --one-file-system: never follow a mount that failed to come off
    rm -rf --one-file-system "$root"
    root=
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The root uses this machine's network, so it takes this machine's resolver
# and the certificates it trusts: where HTTPS goes through an intercepting
# proxy (as on the CI machines), its CA is only in the host's bundle, and
# npm in the clients test would otherwise fail on TLS.  Copied again after
# prereqs.sh, since installing a package can regenerate the root's bundle.
host_network() {
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
    if [ -s /etc/ssl/certs/ca-certificates.crt ]; then
        mkdir -p "$root/etc/ssl/certs"
        cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
    fi
}

mount_root() {
    # no services start inside: the PostgreSQL package would start a cluster
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    host_network
    mount -t proc proc "$root/proc" &&
    mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys" &&
    mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
    # (rslave: unmounting the root's /dev must not propagate to the host's)
}

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb bash -c "$1"
}

# The Debian archives this machine's apt uses (its mirror is the only one
# reachable), as fresh-machine.sh finds them.
debian=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
         grep -oE 'https?://[^ ]+/debian/?$|https?://[^ ]+/debian ' | head -n 1 | tr -d ' ')
security=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
           grep -oE 'https?://[^ ]+/debian-security' | head -n 1)

# The root shares this machine's network.  pg_virtualenv gives each test
# cluster the first free TCP port from 5432 up, so a cluster that another
# test on this machine starts at the same moment can take that port between
# the check and the start ("could not bind ... Address already in use").
# The roots' clusters use a port below 5432, which pg_virtualenv never picks
# by itself: 5400 + major if nothing listens there, else the next free one.
free_port() {
    local p=$((5400 + $1))
    while [ "$p" -lt 5432 ]; do
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
        p=$((p + 1))
    done
    echo 5432    # all taken: leave it to pg_virtualenv
}

# run_version MAJOR: one version in its cached root; adds to the totals.
run_version() {
    local major=$1 suite tarball fresh= log before after port
    local label="PostgreSQL $major"
    suite=$(suite_for "$major") || { infra_fail "$label" "no Debian suite known for $major"; return; }
    tarball=$cache/pg$major-$suite.tar
    log=$cache/pg$major.log
    [ "${MATRIX_REBUILD:-0}" = 1 ] && rm -f "$tarball"

    root=$(mktemp -d -t pt-matrix-$major.XXXXXX)
    chmod 755 "$root"              # postgres, inside, must reach /src
    if [ -s "$tarball" ]; then
        echo "== $label: root from $tarball"
        tar -C "$root" -xf "$tarball" || { infra_fail "$label" "cannot unpack $tarball"; cleanup; return; }
    else
        [ -n "$debian" ] || { infra_fail "$label" "no Debian archive in this machine's apt sources"; cleanup; return; }
        command -v mmdebstrap >/dev/null ||
            apt-get -o DPkg::Lock::Timeout=600 install -y -qq mmdebstrap >/dev/null
        echo "== $label: building a minimal $suite root (once; cached in $cache)"
        local sources=("deb $debian $suite main")
        if [ "$suite" != unstable ]; then
            sources+=("deb $debian $suite-updates main")
            [ -n "$security" ] && sources+=("deb $security $suite-security main")
        fi
        # Check-Valid-Until=false: the mirror may serve Release files past
        # their Valid-Until (unstable's is a week); the option is kept in the
        # root, so the apt-get update prereqs.sh runs inside passes too.
        if ! mmdebstrap --variant=apt --include=ca-certificates,git,make,gcc,libc6-dev,locales \
                --aptopt='Acquire::Check-Valid-Until "false"' \
                "$suite" "$root" "${sources[@]}" >"$cache/build-$major.log" 2>&1; then
            infra_fail "$label" "mmdebstrap failed, see $cache/build-$major.log"
            cleanup; return
        fi
        fresh=1
    fi
    if ! mount_root; then infra_fail "$label" "cannot mount /proc, /sys, /dev in the root"; cleanup; return; fi

    # this working tree, without build products or ignored files
    mkdir -p "$root/src/main"
    # (--ignore-failed-read: a tracked file deleted in the tree is skipped)
    (cd "$proj" && git ls-files -co --exclude-standard -z |
        tar --null -T - --ignore-failed-read -cf - 2>/dev/null) | tar -C "$root/src/main" -xf - ||
        { infra_fail "$label" "cannot copy the working tree"; cleanup; return; }
    cp -a "$shared" "$root/src/shared"

    before=$(md5sum <"$root/var/lib/dpkg/status")
    echo "== $label: prerequisites (scripts/prereqs.sh)"
    if ! in_root "cd /src/main && PG_MAJOR=$major bash scripts/prereqs.sh build unit fuzz cluster load clients timeline documents >/dev/null"; then
        tail -n 20 "$root/tmp/policy_tracker-apt.log" 2>/dev/null
        infra_fail "$label" "prerequisites could not be installed in the $suite root"
        cleanup; return
    fi
    after=$(md5sum <"$root/var/lib/dpkg/status")
    if [ -n "$fresh" ] || [ "$before" != "$after" ]; then
        echo "== $label: caching the root in $tarball"
        in_root "apt-get clean"
        mkdir -p "$cache"
        # --one-file-system leaves out the mounted /proc, /sys and /dev
        if tar -C "$root" --one-file-system --exclude=./src --exclude='./tmp/*' \
                -cf "$tarball.$$" . ; then
            mv "$tarball.$$" "$tarball"
        else
            rm -f "$tarball.$$"
            echo "matrix: could not cache the root (the run goes on)" >&2
        fi
    fi

    host_network
    port=$(free_port "$major")
    if [ "${MATRIX_CITUS:-0}" != only ]; then
        echo "== $label: make test (FUZZ_SECONDS=$fuzz_seconds, test clusters on port $port)"
        in_root "cd /src/main && PGPORT=$port PG_MAJOR=$major FUZZ_SECONDS=$fuzz_seconds LOAD_SECONDS=${LOAD_SECONDS:-15} make --no-print-directory test" 2>&1 |
            tee "$log" | sed -u "s/^/[$major] /"
        result "$label" "$log"
    fi
    [ "${MATRIX_CITUS:-0}" != 0 ] && run_citus "$major" "$label"
    cleanup
}

# run_citus MAJOR LABEL: `make test-citus` in the root (Citus 14.0.1 for 16
# and later, test/citus/build.sh); the built Citus is cached on this
# machine's /var/cache/pt-citus, mounted into the root, so that only the
# first run builds it.
run_citus() {
    local major=$1 label="$2 + Citus" log=$cache/pg$1-citus.log
    mkdir -p /var/cache/pt-citus "$root/var/cache/pt-citus"
    mount --bind /var/cache/pt-citus "$root/var/cache/pt-citus" ||
        { infra_fail "$label" "cannot mount the Citus cache"; return; }
    echo "== $label: make test-citus (clusters on ports ${CITUS_PORT:-5450}-$((${CITUS_PORT:-5450} + 3)))"
    in_root "cd /src/main && PG_MAJOR=$major make --no-print-directory -s install >/dev/null &&
             PG_MAJOR=$major CITUS_PORT=${CITUS_PORT:-5450} make --no-print-directory test-citus" 2>&1 |
        tee "$log" | sed -u "s/^/[$major citus] /"
    # run.sh's summary is "citus: N passed, N failed"
    sed -i -E 's/^citus: ([0-9]+ passed, [0-9]+ failed)/\1/' "$log"
    result "$label" "$log"
    umount "$root/var/cache/pt-citus"
}

shared=$(cd "$proj/../shared" 2>/dev/null && pwd) || shared=
for v in $matrix; do
    started=$SECONDS
    if [ "$v" = host ]; then
        echo "== host: make test (this machine's server)"
        mkdir -p "$cache" 2>/dev/null
        hostlog=$(mktemp -t pt-matrix-host.XXXXXX)
        bash test/run.sh 2>&1 | tee "$hostlog"
        major=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1 | cut -d/ -f5)
        result "PostgreSQL ${PG_MAJOR:-$major} (host)" "$hostlog"
        # kept when it has no summary line: the summary names it
        grep -qaE '^[0-9]+ passed, [0-9]+ failed' "$hostlog" && rm -f "$hostlog"
        continue
    fi
    if [ "$(id -u)" -ne 0 ]; then infra_fail "PostgreSQL $v" "the matrix roots need root (mmdebstrap, chroot)"; continue; fi
    if [ -z "$shared" ]; then infra_fail "PostgreSQL $v" "../shared not found beside the project"; continue; fi
    mkdir -p "$cache"
    run_version "$v"
done

echo
echo "== matrix"
printf '%s\n' "${summary[@]}"
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
