-- timeline_svg: a well-formed SVG with one bar per action that has a
-- finite period, coloured by traffic light as of the day, presidency bands,
-- and a line at the day.  (test/timeline renders it in a browser.)
SET search_path = public, policy_tracker;

SELECT timeline_svg('14965/17', '2018-07-01') AS svg \gset
SELECT xml_is_well_formed_document(:'svg') AS well_formed,
       left(:'svg', 5) = '<svg ' AND right(:'svg', 6) = '</svg>' AS is_svg;
SELECT (SELECT count(*) FROM regexp_matches(:'svg', 'class="bar"', 'g')) AS bars,
       (SELECT count(*) FROM action WHERE plan = '14965/17'
          AND NOT lower_inf(deadline_period(deadline)) AND NOT upper_inf(deadline_period(deadline))) AS actions_with_a_period;
-- one bar per such action, by id
SELECT array_agg(m[1]::bigint ORDER BY m[1]::bigint) = (
         SELECT array_agg(id ORDER BY id) FROM action WHERE plan = '14965/17'
           AND NOT lower_inf(deadline_period(deadline)) AND NOT upper_inf(deadline_period(deadline))) AS bar_per_action
FROM regexp_matches(:'svg', 'class="bar" data-action="(\d+)"', 'g') AS m;
-- traffic lights as of 1 July 2018: what overdue_on calls overdue is red
SELECT m[1] AS light, count(*) FROM regexp_matches(:'svg', 'data-light="(\w+)"', 'g') AS m GROUP BY 1 ORDER BY 1;
SELECT count(*) AS overdue_on_1_july FROM overdue_on('2018-07-01');
-- presidency bands and the line at the day
SELECT (SELECT count(*) FROM regexp_matches(:'svg', 'class="term"', 'g')) AS terms,
       (SELECT string_agg(m[1], ' ') FROM regexp_matches(:'svg', 'class="term-label"[^>]*>(\w\w \d{4})<', 'g') AS m) AS labels,
       (SELECT count(*) FROM regexp_matches(:'svg', 'class="today"', 'g')) AS day_line;
-- ongoing actions get an open-ended bar, "2018 and ongoing" a dashed
-- continuation after its period; the legend says what colours and shapes mean
SELECT (SELECT array_agg(m[1]::bigint ORDER BY m[1]::bigint)
        FROM regexp_matches(:'svg', 'class="bar ongoing" data-action="(\d+)"', 'g') AS m)
       IS NOT DISTINCT FROM
       (SELECT array_agg(id ORDER BY id) FROM action WHERE plan = '14965/17'
          AND (lower_inf(deadline_period(deadline)) OR upper_inf(deadline_period(deadline)))) AS ongoing_bars,
       (SELECT count(*) FROM regexp_matches(:'svg', 'class="bar ongoing"', 'g')) AS ongoing,
       (SELECT array_agg(m[1]::bigint ORDER BY m[1]::bigint)
        FROM regexp_matches(:'svg', 'class="continuing" data-action="(\d+)"', 'g') AS m)
       IS NOT DISTINCT FROM
       (SELECT array_agg(id ORDER BY id) FROM action WHERE plan = '14965/17' AND deadline_continuing(deadline)
          AND NOT upper_inf(deadline_period(deadline))) AS continuing_lines,
       (SELECT count(*) FROM regexp_matches(:'svg', 'class="continuing"', 'g')) AS continuing,
       :'svg' ~ '<g class="legend">.*done.*in progress or delayed.*overdue or blocked.*not started or dropped.*ongoing \(no end\).*continues after its date'
         AS legend;
SELECT xml_is_well_formed_document(:'svg') AS well_formed;

-- plan_report: the plan as of a day, with what changed since an earlier day
SELECT plan_report('14965/17', '2018-07-01', '2018-01-01') AS report \gset
SELECT xml_is_well_formed_content(regexp_replace(:'report', '^<!DOCTYPE html>', '')) AS well_formed,
       (SELECT count(*) FROM regexp_matches(:'report', '<tr class="action', 'g'))
         = (SELECT count(*) FROM action WHERE plan = '14965/17') AS row_per_action,
       (SELECT count(*) FROM regexp_matches(:'report', '<h2 class="heading">', 'g'))
         = (SELECT count(DISTINCT heading) FROM action WHERE plan = '14965/17') AS table_per_heading,
       (SELECT sum(m[1]::int) FROM regexp_matches(:'report', '<td class="count">(\d+)</td>', 'g') AS m)
         = (SELECT count(*) FROM action WHERE plan = '14965/17') AS summary_counts_every_action,
       :'report' LIKE '%<div id="timeline"><svg%' AS has_timeline;
-- each row's light is actions_on's light on that day
SELECT count(*) AS lights_differing
FROM regexp_matches(:'report', '<tr class="action[^"]*" data-number="(\d+)" data-light="(\w+)"', 'g') AS m
JOIN actions_on('2018-07-01') AS a ON a.plan_ref = '14965/17' AND a.number = m[1]::int
WHERE a.traffic_light <> m[2];
-- rows marked changed are those whose reported status differs between the days
SELECT (SELECT array_agg(m[1]::int ORDER BY m[1]::int)
        FROM regexp_matches(:'report', '<tr class="action changed" data-number="(\d+)"', 'g') AS m)
       IS NOT DISTINCT FROM
       (SELECT array_agg(a.number ORDER BY a.number) FROM actions_on('2018-07-01') a
        JOIN actions_on('2018-01-01') b ON b.action_id = a.action_id
        WHERE a.plan_ref = '14965/17' AND a.status IS DISTINCT FROM b.status) AS changed_rows_right;
SELECT plan_report('14965/17', '2018-07-01', '2018-12-01');
SELECT plan_report('ST 46 2018 INIT', '2018-07-01');

-- titles are escaped
INSERT INTO document (ref, kind) VALUES ('ST 44 2018 INIT', 'action_plan');
SELECT count(*) FROM load_action_plan('ST 44 2018 INIT',
  E'heading,action,lead,involved,deadline,progress,notes\n"A & B","Check <x> & ""y""",Commission,,May 2018,,');
SELECT xml_is_well_formed_document(timeline_svg('ST 44 2018 INIT', '2018-01-01')) AS escaped_well_formed,
       timeline_svg('ST 44 2018 INIT', '2018-01-01') LIKE '%Check &lt;x&gt; &amp; &quot;y&quot;%' AS title_escaped;
-- a plan without actions still draws
INSERT INTO document (ref, kind) VALUES ('ST 45 2018 INIT', 'action_plan');
SELECT xml_is_well_formed_document(timeline_svg('ST 45 2018 INIT', '2018-01-01')) AS empty_plan;
DELETE FROM document WHERE ref = 'ST 45 2018 INIT';
-- a plan that is not there is an error, not an empty picture
SELECT timeline_svg('ST 46 2018 INIT', '2018-01-01');
DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE plan = 'ST 44 2018 INIT');
DELETE FROM action WHERE plan = 'ST 44 2018 INIT';
DELETE FROM document WHERE ref = 'ST 44 2018 INIT';
