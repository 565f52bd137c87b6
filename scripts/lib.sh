# Shell helpers shared by the project's scripts; source it, do not run it.
#
# Prerequisites are checked by what the build and the tests actually use (the
# server headers by $(pg_config --includedir-server)/postgres.h, the fuzzer
# runtime by linking a fuzzer, ...), never by a file some other package also
# ships: Debian's postgresql-client-<major> carries pg_config and pgxs.mk but
# no postgres.h, and a check on pgxs.mk once let a machine without headers
# through.

pt_log=${TMPDIR:-/tmp}/policy_tracker-apt.log
pt_apt_updated=

# Runs a command as root: directly when root, through sudo otherwise.
pt_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 1
    fi
}

# Installs Debian packages with apt-get (as root, or through sudo).  apt's
# chatter goes to $pt_log; one line says what is being installed, and on
# failure the log's tail is shown.
pt_apt_install() {
    if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
        echo "policy_tracker: missing prerequisites; as root, install them with: apt-get install $*" >&2
        return 1
    fi
    echo "policy_tracker: installing $* ..." >&2
    local start=$SECONDS
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "$pt_apt_updated" ]; then
        pt_as_root apt-get -o DPkg::Lock::Timeout=600 update >>"$pt_log" 2>&1 ||
            { tail -n 20 "$pt_log" >&2; echo "policy_tracker: apt-get update failed (log: $pt_log)" >&2; return 1; }
        pt_apt_updated=1
    fi
    if ! pt_as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
            install -y --no-install-recommends "$@" >>"$pt_log" 2>&1; then
        tail -n 20 "$pt_log" >&2
        echo "policy_tracker: apt-get install $* failed (log: $pt_log)" >&2
        return 1
    fi
    echo "policy_tracker: installed in $((SECONDS - start)) s" >&2
}

# The PostgreSQL major version to build and test against: $PG_MAJOR when set,
# else the newest server installed under /usr/lib/postgresql.
pt_server_major() {
    if [ -n "${PG_MAJOR:-}" ]; then echo "$PG_MAJOR"; return; fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && basename "$(dirname "$(dirname "$d")")"
}

pt_pg_config() { echo "/usr/lib/postgresql/$1/bin/pg_config"; }

# pt_compiles CC FLAGS... : true when CC compiles and links a small program
# (with the given flags) that includes libc headers.
pt_compiles() {
    local cc=$1 dir rc
    shift
    command -v "$cc" >/dev/null 2>&1 || return 1
    dir=$(mktemp -d)
    printf '#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\nint main(void){char b[4];strcpy(b,"ok");puts(b);return 0;}\n' >"$dir/t.c"
    "$cc" "$@" -o "$dir/t" "$dir/t.c" >/dev/null 2>&1 && "$dir/t" >/dev/null 2>&1
    rc=$?
    rm -rf "$dir"
    return $rc
}

# true when clang builds and links a libFuzzer harness with ASan and UBSan
# (the runtime comes from libclang-rt-<n>-dev, not from clang itself)
pt_fuzzer_links() {
    local dir rc
    command -v "${FUZZ_CC:-clang}" >/dev/null 2>&1 || return 1
    dir=$(mktemp -d)
    printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n){(void)d;(void)n;return 0;}\n' >"$dir/f.c"
    "${FUZZ_CC:-clang}" -fsanitize=fuzzer,address,undefined -o "$dir/f" "$dir/f.c" >/dev/null 2>&1
    rc=$?
    rm -rf "$dir"
    return $rc
}

# pt_missing_for STAGE MAJOR: prints the Debian packages STAGE lacks, one per
# line.  Stages: build (server, headers, PGXS, C compiler, make), unit (C
# unit tests plain and with ASan/UBSan), fuzz (libFuzzer), cluster
# (pg_virtualenv and pg_regress), load (pgbench), clients, timeline,
# documents (test/documents/: PDF rendering, converters and OCR).
pt_missing_for() {
    local stage=$1 major=$2 pgc
    pgc=$(pt_pg_config "$major")
    case $stage in
    build)
        [ -x "/usr/lib/postgresql/$major/bin/postgres" ] || echo "postgresql-$major"
        if [ ! -x "$pgc" ] || [ ! -f "$("$pgc" --includedir-server 2>/dev/null)/postgres.h" ] ||
           [ ! -f "$("$pgc" --pgxs 2>/dev/null)" ]; then
            echo "postgresql-server-dev-$major"
        fi
        command -v make >/dev/null 2>&1 || echo make
        pt_compiles "${CC:-gcc}" || printf '%s\n' gcc libc6-dev
        ;;
    unit)
        pt_compiles "${CC:-gcc}" || printf '%s\n' gcc libc6-dev
        ;;
    fuzz)
        pt_fuzzer_links || printf '%s\n' clang libclang-rt-dev
        ;;
    cluster)
        command -v pg_virtualenv >/dev/null 2>&1 || echo postgresql-common
        [ -x "$(dirname "$("$pgc" --pgxs 2>/dev/null)")/../test/regress/pg_regress" ] ||
            echo "postgresql-server-dev-$major"
        [ -x "/usr/lib/postgresql/$major/bin/psql" ] || echo "postgresql-client-$major"
        ;;
    load)
        [ -x "/usr/lib/postgresql/$major/bin/pgbench" ] || echo "postgresql-$major"
        ;;
    clients)
        /usr/bin/python3 -c 'import psycopg2, sqlalchemy, pandas' >/dev/null 2>&1 ||
            printf '%s\n' python3-psycopg2 python3-sqlalchemy python3-pandas
        /usr/bin/python3 -c 'import psycopg' >/dev/null 2>&1 || echo python3-psycopg
        # ODBC: psqlODBC registered with unixODBC, and pyodbc to drive it
        /usr/bin/python3 -c 'import pyodbc' >/dev/null 2>&1 || echo python3-pyodbc
        odbcinst -q -d 2>/dev/null | grep -q 'PostgreSQL Unicode' || printf '%s\n' odbc-postgresql unixodbc
        [ -f /usr/share/java/postgresql.jar ] || echo libpostgresql-jdbc-java
        { javac -version && java -version; } >/dev/null 2>&1 || echo default-jdk-headless
        # Node.js's pg driver: Debian's node-pg goes with Debian's nodejs
        # (and needs no HTTPS to a registry); a Node.js from elsewhere
        # (NodeSource's, say) cannot take it and gets pg from npm instead.
        if ! node -e 0 >/dev/null 2>&1; then
            printf '%s\n' nodejs node-pg
        elif dpkg-query -W -f '${Version}' nodejs 2>/dev/null | grep -qv nodesource; then
            NODE_PATH=/usr/share/nodejs node -e "require('pg')" >/dev/null 2>&1 || echo node-pg
        else
            npm --version >/dev/null 2>&1 || echo npm
        fi
        ;;
    timeline)
        chromium --version >/dev/null 2>&1 || echo chromium
        ;;
    documents)
        # test/documents/: render.py (reportlab, pyphen's hyphenation
        # dictionaries, DejaVu fonts), then the converters users run:
        # poppler's pdftotext/pdftohtml/pdftoppm, pdfminer's pdf2txt and
        # tesseract with its English and German models
        /usr/bin/python3 -c 'import reportlab' >/dev/null 2>&1 || echo python3-reportlab
        /usr/bin/python3 -c 'import pyphen' >/dev/null 2>&1 || echo python3-pyphen
        [ -f /usr/share/hyphen/hyph_en_US.dic ] || echo hyphen-en-us
        [ -f /usr/share/hyphen/hyph_de_DE.dic ] || echo hyphen-de
        [ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || echo fonts-dejavu-core
        # italic and bold italic serif are in -extra (a fresh root lacks them)
        [ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf ] || echo fonts-dejavu-extra
        { pdftotext -v && pdftohtml -v && pdftoppm -v; } >/dev/null 2>&1 || echo poppler-utils
        /usr/bin/python3 /usr/bin/pdf2txt --help >/dev/null 2>&1 || echo python3-pdfminer
        if ! tesseract --version >/dev/null 2>&1; then
            printf '%s\n' tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu
        else
            tesseract --list-langs 2>/dev/null | grep -qx eng || echo tesseract-ocr-eng
            tesseract --list-langs 2>/dev/null | grep -qx deu || echo tesseract-ocr-deu
        fi
        ;;
    *)
        echo "pt_missing_for: unknown stage $stage" >&2
        return 2
        ;;
    esac
}

# pt_require MAJOR STAGE...: installs what the stages lack, then checks again,
# so that a package that did not bring what was expected is reported here and
# not as a compiler error later.
pt_require() {
    local major=$1 stage missing=()
    shift
    for stage in "$@"; do
        while IFS= read -r p; do
            [ -n "$p" ] && [[ " ${missing[*]} " != *" $p "* ]] && missing+=("$p")
        done < <(pt_missing_for "$stage" "$major")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    pt_apt_install "${missing[@]}" || return 1
    for stage in "$@"; do
        if [ -n "$(pt_missing_for "$stage" "$major")" ]; then
            echo "policy_tracker: after installing, still missing for $stage: $(pt_missing_for "$stage" "$major" | tr '\n' ' ')" >&2
            return 1
        fi
    done
}

# Builds and installs the extension for PostgreSQL major version $1.
pt_build_install() {
    local pg_config
    pg_config=$(pt_pg_config "$1")
    make --no-print-directory -s PG_CONFIG="$pg_config" all >/dev/null || return 1
    if [ -w "$("$pg_config" --sharedir)/extension" ]; then
        make --no-print-directory -s PG_CONFIG="$pg_config" install >/dev/null
    else
        pt_as_root make --no-print-directory -s PG_CONFIG="$pg_config" install >/dev/null
    fi
}

# A TCP port nobody listens on (read from /proc, so no tool is needed).
# pg_virtualenv -t starts every throwaway cluster on 5432 unless PGPORT says
# otherwise, and test runs in a chroot (test-matrix, fresh-machine, the
# package test) share this machine's network with the ones outside.
pt_free_port() {
    local used port
    # listening sockets (state 0A), local port in hex
    used=$(awk 'NR > 1 && $4 == "0A" {split($2, a, ":"); print a[2]}' \
           /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u)
    while :; do
        port=$((20000 + RANDOM % 40000))
        grep -qx "$(printf '%04X' "$port")" <<<"$used" || { echo "$port"; return; }
    done
}

# pg_virtualenv on a free port: a throwaway cluster owned by postgres.
pt_virtualenv() {
    PGPORT=$(pt_free_port) pg_virtualenv "$@"
}
