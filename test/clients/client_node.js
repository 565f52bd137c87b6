// Node.js client (pg) against policy_tracker: binds docnum and deadline as
// text, reads them back canonical, reads every view.
const { Client } = require('pg');
const views = ['action_overview', 'actor_workload', 'paragraph_coverage', 'deadline_calendar', 'reference_graph'];
let failures = 0;
function check(name, ok, detail) {
  console.log((ok ? 'ok   ' : 'FAIL ') + 'node: ' + name + (detail !== undefined ? ': ' + JSON.stringify(detail) : ''));
  if (!ok) failures++;
}
(async () => {
  const client = new Client();
  await client.connect();
  let r = await client.query('SELECT $1::policy_tracker.docnum::text AS d, $2::policy_tracker.deadline::text AS l',
                             ['12762/5/17 REV5', "d'ici à la mi-2018"]);
  check('docnum and deadline bound as text come back canonical',
        r.rows[0].d === 'ST 12762 2017 REV 5' && r.rows[0].l === 'by mid-2018', r.rows[0]);
  r = await client.query('SELECT policy_tracker.due_date($1) AS due', ['end of 2018/early 2019']);
  // node-pg's own pg-types turns a date into a Date, newer pg-types (Debian's
  // node-pg) keeps the 'YYYY-MM-DD' text: either must be 30 April 2019
  const due = r.rows[0].due;
  const dueText = due instanceof Date
    ? [due.getFullYear(), String(due.getMonth() + 1).padStart(2, '0'), String(due.getDate()).padStart(2, '0')].join('-')
    : due;
  check('a deadline parameter to a function', dueText === '2019-04-30', due);
  for (const v of views) {
    r = await client.query('SELECT * FROM policy_tracker.' + v);
    check('reads ' + v, r.rows.length > 0, r.rows.length);
  }
  r = await client.query('SELECT count(*)::int AS n FROM policy_tracker.overdue_on($1)', ['2018-07-01']);
  check('overdue_on with a date parameter', r.rows[0].n === 7, r.rows[0].n);
  await client.end();
  console.log('node: ' + failures + ' failed');
  process.exit(failures ? 1 : 0);
})().catch((e) => { console.log('FAIL node: ' + e.message); console.log('node: 1 failed'); process.exit(1); });
