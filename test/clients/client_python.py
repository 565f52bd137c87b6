"""Python clients against policy_tracker: psycopg2, psycopg 3, SQLAlchemy
reflection, pandas.  Run by test/clients/run.sh with Debian's /usr/bin/python3 inside a
throwaway cluster holding the example data.  Prints one line per check and
exits non-zero when one fails."""
import datetime
import sys

import pandas
import psycopg
import psycopg2
import sqlalchemy

VIEWS = ["action_overview", "actor_workload", "paragraph_coverage",
         "deadline_calendar", "reference_graph"]
PLAIN = {"text", "integer", "bigint", "date", "boolean", "numeric"}
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + "python: " + name + (": " + str(detail) if detail else ""))
    if not ok:
        failures += 1


conn = psycopg2.connect("")
cur = conn.cursor()
# bind as text, read back canonical text
cur.execute("SELECT %s::policy_tracker.docnum::text, %s::policy_tracker.deadline::text",
            ("12762/5/17 REV5", "uiterlijk medio 2018"))
check("docnum and deadline bound as text come back canonical",
      cur.fetchone() == ("ST 12762 2017 REV 5", "by mid-2018"))
cur.execute("SELECT count(*) FROM policy_tracker.overdue_on(%s)", ("2018-07-01",))
check("overdue_on with a date parameter", cur.fetchone()[0] == 7)
for view in VIEWS:
    cur.execute("SELECT * FROM policy_tracker." + view)
    rows = cur.fetchall()
    check("psycopg2 reads " + view, len(rows) > 0, len(rows))
    # every column arrives as a plain Python value, never an unparsed string of a custom type
    cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                "WHERE a.attrelid = %s::regclass AND a.attnum > 0", ("policy_tracker." + view,))
    types = {t for _, t in cur.fetchall()}
    check(view + " has plain column types only", types <= PLAIN, types - PLAIN)

# psycopg 3: server-side parameter binding (the types arrive as text
# parameters the server casts), binary results for the plain views
with psycopg.connect("") as conn3:
    row = conn3.execute("SELECT %s::policy_tracker.docnum::text, policy_tracker.due_date(%s::policy_tracker.deadline)",
                        ("12762/5/17 REV5", "end of 2018/early 2019")).fetchone()
    check("psycopg 3 binds docnum and deadline as text", row == ("ST 12762 2017 REV 5", datetime.date(2019, 4, 30)), row)
    for view in VIEWS:
        cur3 = conn3.cursor(binary=True)
        rows = cur3.execute("SELECT * FROM policy_tracker." + view).fetchall()
        check("psycopg 3 reads " + view + " in binary", len(rows) > 0, len(rows))
    n = conn3.execute("SELECT count(*) FROM policy_tracker.overdue_on(%s)", (datetime.date(2018, 7, 1),)).fetchone()[0]
    check("psycopg 3: overdue_on with a date parameter", n == 7, n)

engine = sqlalchemy.create_engine("postgresql+psycopg2://")
inspector = sqlalchemy.inspect(engine)
views = set(inspector.get_view_names(schema="policy_tracker"))
check("SQLAlchemy reflects the views", set(VIEWS) <= views, sorted(views))
for view in VIEWS:
    columns = inspector.get_columns(view, schema="policy_tracker")
    untyped = [c["name"] for c in columns if isinstance(c["type"], sqlalchemy.types.NullType)]
    check("SQLAlchemy knows every column type of " + view, not untyped, untyped)
    uncommented = [c["name"] for c in columns if not c.get("comment")]
    check("SQLAlchemy sees a comment on every column of " + view, not uncommented, uncommented)

frame = pandas.read_sql("SELECT * FROM policy_tracker.action_overview", engine)
check("pandas.read_sql of action_overview", len(frame) == 44 and "traffic_light" in frame.columns, len(frame))
check("pandas gets dates as dates",
      all(isinstance(d, datetime.date) for d in frame["due_date"].dropna()))

print("python: %d failed" % failures)
sys.exit(1 if failures else 0)
