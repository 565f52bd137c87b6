#!/usr/bin/env bash
# Real clients over a standard connection, on the example data in a
# throwaway cluster: Python (psycopg2, SQLAlchemy reflection, pandas, from
# Debian's packages, run with Debian's /usr/bin/python3), Node.js (pg, from
# Debian's node-pg, or from npm for a Node.js not from Debian) and Java
# (PostgreSQL JDBC from Debian, text and binary transfer) and ODBC
# (Debian's psqlODBC under unixODBC, through pyodbc).
# Ends with "clients: N passed, N failed" counting every check.
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

major=$(bash scripts/prereqs.sh build cluster clients) || { echo "clients: 0 passed, 1 failed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# pg for Node.js: Debian's node-pg where it is installed, else from npm
node_path=/usr/share/nodejs
if ! NODE_PATH=$node_path node -e "require('pg')" >/dev/null 2>&1; then
    node_path=$work/node_modules
    (cd "$work" && npm install --no-audit --no-fund --no-save pg@8 >"$work/npm.log" 2>&1) ||
        { echo "FAIL node: npm install pg"; tail -n 5 "$work/npm.log"; }
fi
javac -d "$work" -cp /usr/share/java/postgresql.jar test/clients/ClientJava.java 2>"$work/javac.log" ||
    { echo "FAIL java: javac"; cat "$work/javac.log"; }

out=$(pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' bash -c '
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION policy_tracker" >/dev/null &&
    psql -X -q -v ON_ERROR_STOP=1 -f data/load.sql >/dev/null || { echo "FAIL setup"; exit 1; }
    export PGDATABASE=${PGDATABASE:-postgres}
    /usr/bin/python3 test/clients/client_python.py 2>&1
    NODE_PATH='"$node_path"' node test/clients/client_node.js 2>&1
    PGHOST_TCP=localhost java -cp '"$work"':/usr/share/java/postgresql.jar ClientJava 2>&1
    /usr/bin/python3 test/clients/client_odbc.py 2>&1
' 2>&1)
echo "$out" | grep -E '^(ok|FAIL) '
ok=$(echo "$out" | grep -c '^ok ')
bad=$(echo "$out" | grep -c '^FAIL')
for lang in python node java odbc; do
    echo "$out" | grep -qE "^$lang: [0-9]+ failed" || { echo "FAIL $lang: did not finish"; echo "$out" | grep -v '^ok ' | tail -n 15; bad=$((bad + 1)); }
done
echo "clients: $ok passed, $bad failed"
[ "$bad" -eq 0 ]
