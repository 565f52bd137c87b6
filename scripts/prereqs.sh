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

apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "policy_tracker: missing prerequisites; install them with: sudo apt-get install $*" >&2
        exit 1
    fi
    echo "policy_tracker: installing $* ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "$@" >&2
}

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
    apt_install "${missing[@]}"
fi
if [ -z "$major" ]; then
    major=$(server_major)
    [ -f "/usr/lib/postgresql/$major/lib/pgxs/src/makefiles/pgxs.mk" ] ||
        apt_install "postgresql-server-dev-$major"
fi
echo "$major"
