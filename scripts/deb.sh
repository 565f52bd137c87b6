#!/usr/bin/env bash
# `make deb`: Debian binary packages postgresql-<major>-policy-tracker, one
# per installed PostgreSQL server from 15 to 18 (debian/pgversions), built
# with Debian's pg_buildext (dh --with pgxs_loop) out of a copy of the tree.
#
#   1. installs what is missing (as root with apt-get, else through sudo):
#      build-essential, debhelper, dpkg-dev, fakeroot,
#      postgresql-server-dev-all, and
#      postgresql-server-dev-<major> for every installed server (with no
#      server at all, the distribution's default one first);
#   2. copies the files git does not ignore (tracked and new ones; outside
#      git, the whole tree)
#      to build/deb/work/policy-tracker-<version>/, so the working tree is
#      not littered;
#   3. runs dpkg-buildpackage -b there: per version `make` and
#      `make install DESTDIR=debian/postgresql-<major>-policy-tracker`, then
#      the pg_regress suite against the packaged files on a throwaway
#      cluster (DEB_BUILD_OPTIONS=nocheck skips it; it needs ../shared,
#      whose corpus three tests read, and is skipped without it);
#   4. leaves the .deb files (and .buildinfo/.changes) in build/deb/.
#
# Versions built: the installed servers' majors (PG_SUPPORTED_VERSIONS, as
# pg_buildext understands it), within debian/pgversions; debian/control in
# the copy is regenerated for them (PG_UPDATECONTROL).  Set
# PG_SUPPORTED_VERSIONS yourself to choose.
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
. scripts/lib.sh

# upstream version: META.json, the one place it is written
version=$(bash scripts/version.sh)
deb_version=$(sed -nE '1s/^[^ ]+ \(([^)]+)\).*/\1/p' debian/changelog)
if [ "${deb_version%-*}" != "$version" ]; then
    echo "policy_tracker: debian/changelog is at $deb_version but META.json says $version; add a changelog entry (dch -v $version-1)" >&2
    exit 1
fi

# 1. prerequisites.  The build-time tests need the servers being built for;
# Build-Depends says postgresql-all <!nocheck>, which would also pull every
# PL; here the installed servers are all the tests need.
if [ -z "$(pt_server_major || true)" ]; then
    pt_apt_install postgresql postgresql-common
fi
majors=()
for d in $(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V); do
    m=$(basename "$(dirname "$(dirname "$d")")")
    grep -qx "$m" debian/pgversions && majors+=("$m")
done
if [ ${#majors[@]} -eq 0 ] && [ -z "${PG_SUPPORTED_VERSIONS:-}" ]; then
    echo "policy_tracker: no installed PostgreSQL server is one of debian/pgversions ($(tr '\n' ' ' <debian/pgversions)); install one, e.g. postgresql-15" >&2
    exit 1
fi
export PG_SUPPORTED_VERSIONS=${PG_SUPPORTED_VERSIONS:-${majors[*]}}
need=()
for p in build-essential debhelper dpkg-dev fakeroot postgresql-server-dev-all \
         $(for m in $PG_SUPPORTED_VERSIONS; do echo "postgresql-server-dev-$m"; done); do
    dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || need+=("$p")
done
[ ${#need[@]} -eq 0 ] || pt_apt_install "${need[@]}"
if ! out=$(dpkg-checkbuilddeps -P nocheck 2>&1); then
    echo "$out" >&2
    echo "policy_tracker: build dependencies still missing (see above)" >&2
    exit 1
fi

# 2. a copy of the files git does not ignore
out_dir=$top/build/deb
work=$out_dir/work
src=$work/policy-tracker-$version
rm -rf "$work"
mkdir -p "$src"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
        [ -e "$f" ] && printf '%s\0' "$f"
    done | tar --null -T - -cf - | tar -C "$src" -xf -
else
    tar --exclude=./build --exclude=./.git -cf - . | tar -C "$src" -xf -
fi

# Three regression tests read ../shared/corpus (the project's shared folder
# beside the clone): link it beside the copy; without it, no build-time tests.
if [ -d ../shared/corpus ]; then
    ln -s "$(cd ../shared && pwd)" "$work/shared"
else
    echo "policy_tracker: ../shared not found beside the project; building without the build-time tests (DEB_BUILD_OPTIONS=nocheck)" >&2
    export DEB_BUILD_OPTIONS="${DEB_BUILD_OPTIONS:+$DEB_BUILD_OPTIONS }nocheck"
fi

# 3. build (the build-time tests' cluster on a free port: in a chroot,
# pg_virtualenv cannot see a server that listens on 5432 outside it)
export PGPORT=${PGPORT:-$(pt_free_port)}
echo "policy_tracker: building postgresql-{$(echo $PG_SUPPORTED_VERSIONS | tr ' ' ,)}-policy-tracker $deb_version in build/deb/work/ ..." >&2
start=$SECONDS
log=$out_dir/build.log
export PG_UPDATECONTROL=yes
if ! (cd "$src" && dpkg-buildpackage -b -us -uc -d) >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "policy_tracker: dpkg-buildpackage failed (log: build/deb/build.log)" >&2
    exit 1
fi

# 4. the results
rm -f "$out_dir"/*.deb "$out_dir"/*.buildinfo "$out_dir"/*.changes
mv "$work"/*.deb "$work"/*.buildinfo "$work"/*.changes "$out_dir"/
rm -rf "$work"
echo "policy_tracker: built in $((SECONDS - start)) s (log: build/deb/build.log):" >&2
for f in "$out_dir"/*.deb; do echo "  build/deb/${f##*/}"; done
