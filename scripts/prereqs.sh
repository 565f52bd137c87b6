#!/usr/bin/env bash
# prereqs.sh [STAGE...]: installs what the named stages need when it is
# missing, and prints the PostgreSQL major version to use.  Stages are those
# of scripts/lib.sh (pt_missing_for); the default is "build cluster", what
# `make demo` needs.  With no PostgreSQL server at all it installs the
# distribution's default one first.  As root it uses apt-get, otherwise
# sudo apt-get; without either it names the packages in one line and fails.
# PG_MAJOR=<n> chooses among several installed servers.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -gt 0 ] || set -- build cluster

major=$(pt_server_major || true)
if [ -z "$major" ] || { [ -z "${PG_MAJOR:-}" ] && [ ! -x "/usr/lib/postgresql/$major/bin/postgres" ]; }; then
    pt_apt_install postgresql postgresql-common
    major=$(pt_server_major)
fi
[ -n "$major" ] || { echo "policy_tracker: no PostgreSQL server found after installing one" >&2; exit 1; }
pt_require "$major" "$@"
echo "$major"
