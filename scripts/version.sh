#!/usr/bin/env bash
# Prints the release version, read from META.json's top-level "version"
# (the one place it is written; `make dist` and `make deb` use it).
set -euo pipefail
cd "$(dirname "$0")/.."
v=$(sed -nE 's/^    "version": *"([^"]+)".*/\1/p' META.json)
[ -n "$v" ] && [ "$(echo "$v" | wc -l)" -eq 1 ] || { echo "version.sh: no single top-level \"version\" in META.json" >&2; exit 1; }
echo "$v"
