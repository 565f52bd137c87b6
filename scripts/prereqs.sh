#!/usr/bin/env bash
# Installs what building, testing and the demo need, when it is missing:
# a PostgreSQL server, its server headers (postgresql-server-dev-<major>), a
# C compiler and make.  As root it uses apt-get; otherwise it names what to
# install in one line and fails.  Prints the server's major version.
set -euo pipefail

server_major() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && basename "$(dirname "$(dirname "$d")")"
}

. "$(dirname "$0")/lib.sh"

major=$(server_major || true)
missing=()
[ -n "$major" ] || missing+=(postgresql postgresql-common)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v gcc >/dev/null 2>&1 || command -v cc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
# clang with its runtime libraries builds the libFuzzer harnesses of make test
if ! command -v clang >/dev/null 2>&1 ||
   ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    missing+=(clang libclang-rt-dev)
fi
if [ -n "$major" ]; then
    [ -f "/usr/lib/postgresql/$major/lib/pgxs/src/makefiles/pgxs.mk" ] ||
        missing+=("postgresql-server-dev-$major")
    command -v pg_virtualenv >/dev/null 2>&1 || missing+=(postgresql-common)
fi
if [ ${#missing[@]} -gt 0 ]; then
    pt_apt_install "${missing[@]}"
fi
if [ -z "$major" ]; then
    major=$(server_major)
    [ -f "/usr/lib/postgresql/$major/lib/pgxs/src/makefiles/pgxs.mk" ] ||
        pt_apt_install "postgresql-server-dev-$major"
fi
echo "$major"
