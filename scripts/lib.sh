# Shell helpers shared by the project's scripts; source it, do not run it.

# Installs Debian packages with apt-get as root; otherwise names them in one
# line on standard error and returns 1.
pt_apt_install() {
    if [ "$(id -u)" -ne 0 ]; then
        echo "policy_tracker: missing prerequisites; install them with: sudo apt-get install $*" >&2
        return 1
    fi
    echo "policy_tracker: installing $* ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 &&
        apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Builds and installs the extension for PostgreSQL major version $1.
pt_build_install() {
    local pg_config="/usr/lib/postgresql/$1/bin/pg_config"
    [ -x "$pg_config" ] || pg_config=pg_config
    make --no-print-directory -s PG_CONFIG="$pg_config" all >/dev/null &&
        make --no-print-directory -s PG_CONFIG="$pg_config" install >/dev/null
}
