#!/usr/bin/env bash
# test/citus/build.sh: Citus for this machine's PostgreSQL, from the release
# sources kept in ../shared/vendor/citus/ (Citus is not packaged in Debian and
# its own repositories are not reachable from these machines).
#
# A build takes minutes, so what `make install` puts under the PostgreSQL
# directories is staged with DESTDIR and cached as a tarball:
#
#   /var/cache/pt-citus/citus-<citus>-pg<major>-<server version>.tar
#
# (the server's minor version is in the name: Citus is built against one
# server's headers, and 13.2.2 needs a patch from 15.20 on).  A warm run only
# unpacks the tarball over / (seconds) and installs nothing else; the build
# dependencies are installed only for a cold build.  CITUS_REBUILD=1 throws
# the cached tarball away.  PG_MAJOR chooses among several servers.
#
# Citus is a separate library (citus.so and its extension scripts); it does
# not touch policy_tracker's installed files.  Run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

major=$(pt_server_major)
pgc=$(pt_pg_config "$major")
[ -x "$pgc" ] || { echo "citus: no pg_config for PostgreSQL $major" >&2; exit 1; }
server=$("$pgc" --version | awk '{print $2}')       # 15.20
vendor=$(cd ../shared/vendor/citus 2>/dev/null && pwd) ||
    { echo "citus: ../shared/vendor/citus not found beside the project" >&2; exit 1; }

# The Citus release for the major: 13.2.2 covers 15-17, 14.0.1 covers 16-18.
case $major in
15) citus=13.2.2 ;;
*) citus=14.0.1 ;;
esac
citus=${CITUS_VERSION:-$citus}
cache=/var/cache/pt-citus
tarball=$cache/citus-$citus-pg$major-$server.tar
[ "${CITUS_REBUILD:-0}" = 1 ] && rm -f "$tarball"

start=$SECONDS
if [ ! -s "$tarball" ]; then
    echo "citus: building Citus $citus for PostgreSQL $server (once; cached in $tarball)"
    # build dependencies (the vendor README's list), only what is missing.
    # The server's headers include OpenSSL's, GSSAPI's and ICU's, and Citus
    # links curl, lz4 and zstd: those are needed.  SELinux, XSLT and PAM are
    # only the server's own link libraries; they are tried, and a build goes
    # on without them (Debian unstable's libselinux1-dev can be uninstallable
    # for days while its library migrates).
    missing=()
    for p in "postgresql-server-dev-$major" libcurl4-openssl-dev liblz4-dev libzstd-dev \
             libkrb5-dev libssl-dev libicu-dev libreadline-dev autoconf flex bison make gcc; do
        dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] || pt_apt_install "${missing[@]}"
    optional=()
    for p in libselinux1-dev libxslt1-dev libpam0g-dev; do
        dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || optional+=("$p")
    done
    if [ ${#optional[@]} -gt 0 ] && ! (pt_apt_install "${optional[@]}"); then
        echo "citus: ${optional[*]} could not be installed; building without them" >&2
    fi

    work=$(mktemp -d -t pt-citus-build.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    tar -C "$work" -xzf "$vendor/citus-$citus.tar.gz"
    src=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    # 15.20 exports have_createdb_privilege() itself; Citus 13.2.2 defines it
    # again (the patch makes its copy conditional on older 15.x)
    if [ "$citus" = 13.2.2 ] && [ "$major" = 15 ]; then
        (cd "$src" && patch -s -p1 <"$vendor/citus-13.2.2-pg15.20.patch")
    fi
    (cd "$src" && ./configure PG_CONFIG="$pgc" >"$work/configure.log" 2>&1) ||
        { tail -n 30 "$work/configure.log" >&2; exit 1; }
    # (the compiler's own errors, not the -Werror=... of every command line)
    (cd "$src" && make -j"$(nproc)" >"$work/make.log" 2>&1) ||
        { { grep -E ': error:|: fatal error:|\*\*\*' "$work/make.log" | head -n 30 || true; } >&2
          tail -n 15 "$work/make.log" >&2; exit 1; }
    stage=$work/stage
    (cd "$src" && make install DESTDIR="$stage" >"$work/install.log" 2>&1) ||
        { tail -n 30 "$work/install.log" >&2; exit 1; }
    mkdir -p "$cache"
    tar -C "$stage" -cf "$tarball.$$" . && mv "$tarball.$$" "$tarball"
    echo "citus: built and cached in $((SECONDS - start)) s"
fi

# warm (and after a cold build): put the staged files in place
pt_as_root tar -C / --no-overwrite-dir -xf "$tarball"
[ -f "$("$pgc" --pkglibdir)/citus.so" ] ||
    { echo "citus: citus.so not in $("$pgc" --pkglibdir) after unpacking" >&2; exit 1; }
echo "citus: Citus $citus installed for PostgreSQL $server in $((SECONDS - start)) s"
