#!/usr/bin/env bash
# test/deb/run.sh: the Debian package, from source to a working extension,
# on the machine it runs on (`make test-deb` runs it in a fresh Debian 12
# root through ../shared/tools/fresh-machine.sh; it changes what is
# installed, so run it there, as root, not on a machine you care about).
#   1. `make deb` (installs its build dependencies itself);
#   2. removes every PostgreSQL package the build brought in, so that the
#      package's own dependencies must pull the server back;
#   3. for each built postgresql-<major>-policy-tracker: apt-get install
#      ./build/deb/...deb, then on a throwaway cluster (pg_virtualenv)
#      CREATE EXTENSION, the example (data/load.sql) and a few answers
#      (test/deb/checks.sh);
#   4. the package's autopkgtest (debian/tests/installcheck: the pg_regress
#      suite against the installed package).
# Ends with one line "deb: N passed, N failed"; exit status non-zero on any
# failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" -eq 0 ] || { echo "test/deb/run.sh: run as root (make test-deb does, in a fresh root)"; exit 2; }
export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -o DPkg::Lock::Timeout=600 -y -q)
log=${TMPDIR:-/tmp}/policy_tracker-deb-test.log
: >"$log"

# A fresh root shares the host's network, and pg_virtualenv would start its
# clusters on 5432 whatever listens there outside: a free port instead.
. scripts/lib.sh
export PGPORT=${PGPORT:-$(pt_free_port)}

passed=0 failed=0
ok()   { echo "ok $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
verdict() { echo; echo "deb: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }
exec 3>&1   # timings go to the terminal even when the command's output goes to the log
timed() { local t=$SECONDS; "$@"; local rc=$?; echo "   ($((SECONDS - t)) s)" >&3; return $rc; }

echo "== make deb"
if timed make --no-print-directory deb; then ok "make deb"; else fail "make deb"; verdict; fi
debs=$(ls build/deb/postgresql-*-policy-tracker_*.deb 2>/dev/null)
if [ -n "$debs" ]; then ok "packages built: $(echo $debs | xargs -n1 basename | tr '\n' ' ')"
else fail "no build/deb/postgresql-*-policy-tracker_*.deb"; verdict; fi

echo "== remove PostgreSQL again (the package must pull it)"
pg_pkgs=$(dpkg-query -W -f '${db:Status-Status} ${Package}\n' 'postgresql*' 'libpq*' 2>/dev/null | awk '$1 == "installed" {print $2}')
timed "${apt[@]}" purge --auto-remove $pg_pkgs >>"$log" 2>&1 || { tail -n 20 "$log"; fail "apt-get purge PostgreSQL"; verdict; }
left=$(dpkg-query -W -f '${db:Status-Status} ${Package}\n' 'postgresql*' 2>/dev/null | awk '$1 == "installed" {print $2}')
[ -z "$left" ] && ok "no PostgreSQL package left" || fail "still installed: $left"

for deb in $debs; do
    pkg=$(dpkg-deb -f "$deb" Package)
    major=$(echo "$pkg" | sed -E 's/^postgresql-([0-9]+)-.*/\1/')
    echo "== apt-get install ./$deb"
    if timed "${apt[@]}" install --no-install-recommends "./$deb" >>"$log" 2>&1; then
        ok "apt-get install ./$deb"
    else
        tail -n 20 "$log"; fail "apt-get install ./$deb"; continue
    fi
    dpkg-query -W -f '${db:Status-Status}' "postgresql-$major" 2>/dev/null | grep -qx installed &&
        ok "it pulled postgresql-$major ($(dpkg-query -W -f '${Version}' "postgresql-$major"))" ||
        fail "postgresql-$major not installed with $pkg"
    files=$(dpkg -L "$pkg")
    for want in "/usr/lib/postgresql/$major/lib/policy_tracker.so" \
                "/usr/share/postgresql/$major/extension/policy_tracker.control"; do
        echo "$files" | grep -qx "$want" && ok "$pkg ships $want" || fail "$pkg lacks $want"
    done
    sqls=$(echo "$files" | grep -E "^/usr/share/postgresql/$major/extension/policy_tracker--.*\.sql$" | xargs -n1 basename 2>/dev/null | tr '\n' ' ')
    [ -n "$sqls" ] && ok "$pkg ships $sqls" || fail "$pkg ships no policy_tracker--*.sql"

    echo "== CREATE EXTENSION and the example on a throwaway PostgreSQL $major cluster"
    out=$(pg_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' bash test/deb/checks.sh 2>&1)
    echo "$out" | grep -E '^(ok|FAIL) '
    passed=$((passed + $(echo "$out" | grep -c '^ok ')))
    n_fail=$(echo "$out" | grep -c '^FAIL ')
    failed=$((failed + n_fail))
    if ! echo "$out" | grep -q '^ok DROP EXTENSION'; then
        echo "$out" | tail -n 20; fail "checks.sh did not run to the end"
    fi
done

echo "== autopkgtest: debian/tests/installcheck (pg_regress against the installed package)"
if ! timed "${apt[@]}" install --no-install-recommends make postgresql-server-dev-all >>"$log" 2>&1; then
    tail -n 20 "$log"; fail "apt-get install postgresql-server-dev-all (the test's Depends)"
else
    out=$(debian/tests/installcheck 2>&1)
    rc=$?
    echo "$out" | grep -E '^### |tests passed|tests failed|FAILED'
    if [ $rc -eq 0 ]; then ok "debian/tests/installcheck"; else echo "$out" | tail -n 40; fail "debian/tests/installcheck"; fi
fi

verdict
