#!/usr/bin/env bash
# `make test-deb`: test/deb/run.sh in a fresh Debian 12 root (make deb,
# apt-get install the .deb, CREATE EXTENSION and the example, the package's
# autopkgtest), through ../shared/tools/fresh-machine.sh.  That tool clones
# the committed HEAD, so commit first; run as root.
set -uo pipefail
cd "$(dirname "$0")/../.."
[ "$(id -u)" -eq 0 ] || { echo "make test-deb: run as root (it builds a chroot)" >&2; exit 2; }
[ -x ../shared/tools/fresh-machine.sh ] || [ -f ../shared/tools/fresh-machine.sh ] ||
    { echo "make test-deb: ../shared/tools/fresh-machine.sh not found beside the project" >&2; exit 2; }
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    echo "make test-deb: note: uncommitted changes are not tested (the fresh root gets committed HEAD $(git rev-parse --short HEAD))" >&2
fi
start=$SECONDS
bash ../shared/tools/fresh-machine.sh 'bash test/deb/run.sh'
rc=$?
echo "test-deb: $((SECONDS - start)) s in the fresh root"
exit $rc
