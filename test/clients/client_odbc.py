"""ODBC, the driver behind Excel, Power BI and Tableau: Debian's psqlODBC
(odbc-postgresql) under unixODBC, through pyodbc, run by
test/clients/run.sh with Debian's /usr/bin/python3 inside a throwaway
cluster holding the example data.  Reads every plain view with the
settings the README recommends and checks the types the driver reports;
also shows why the settings matter: with the driver's defaults every text
column is a long text (SQL_LONGVARCHAR), which BI tools treat as a memo
they will not group or filter on.  Prints one line per check."""
import datetime
import os
import sys

import pyodbc

VIEWS = ["action_overview", "actor_workload", "paragraph_coverage",
         "deadline_calendar", "reference_graph"]
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + "odbc: " + name + (": " + str(detail) if detail else ""))
    if not ok:
        failures += 1


base = ("DRIVER={PostgreSQL Unicode};SERVER=localhost;PORT=%s;DATABASE=%s;UID=%s;PWD=%s;"
        % (os.environ.get("PGPORT", "5432"), os.environ.get("PGDATABASE", "postgres"),
           os.environ.get("PGUSER", "postgres"), os.environ.get("PGPASSWORD", "")))
# the README's settings for BI tools
recommended = base + "TextAsLongVarchar=0;MaxVarcharSize=4000;UnknownsAsLongVarchar=0;BoolsAsChar=0;"

conn = pyodbc.connect(recommended, autocommit=True)
cur = conn.cursor()
for view in VIEWS:
    cur.execute("SELECT * FROM policy_tracker." + view)
    rows = cur.fetchall()
    check("reads " + view, len(rows) > 0, len(rows))
    kinds = {}
    for name, pytype, *_ in cur.description:
        kinds.setdefault(pytype.__name__, []).append(name)
    odd = set(kinds) - {"str", "int", "date", "bool", "Decimal"}
    check(view + ": every column arrives as text, a number, a date or a boolean", not odd, kinds)
    cols = cur.columns(table=view, schema="policy_tracker").fetchall()
    long_text = [c.column_name for c in cols if c.data_type in (pyodbc.SQL_LONGVARCHAR, pyodbc.SQL_WLONGVARCHAR)]
    check(view + ": no text column is reported as a long text", cols and not long_text, long_text)

cur.execute("SELECT due_date, deadline FROM policy_tracker.action_overview WHERE number = 31")
due, text = cur.fetchone()
check("a due date arrives as a date", isinstance(due, datetime.date) and due == datetime.date(2018, 4, 30), due)
cur.execute("SELECT policy_tracker.due_date(?::policy_tracker.deadline)", "end of 2018/early 2019")
check("a deadline bound as a parameter", cur.fetchone()[0] == datetime.date(2019, 4, 30))
cur.execute("SELECT count(*) FROM policy_tracker.overdue_on(?)", datetime.date(2018, 7, 1))
check("overdue_on with a date parameter", cur.fetchone()[0] == 7)
conn.close()

# the driver's defaults: text is a long text
conn = pyodbc.connect(base, autocommit=True)
cols = conn.cursor().columns(table="action_overview", schema="policy_tracker").fetchall()
title = [c for c in cols if c.column_name == "title"]
check("with the driver's defaults, text is SQL_LONGVARCHAR (why the README's settings matter)",
      title and title[0].data_type in (pyodbc.SQL_LONGVARCHAR, pyodbc.SQL_WLONGVARCHAR),
      title[0].data_type if title else "no column")
conn.close()

print("odbc: %d failed" % failures)
sys.exit(1 if failures else 0)
