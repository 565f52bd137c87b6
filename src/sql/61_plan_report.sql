-- The check-list analysts make by hand: one plan as of a day, as an HTML
-- page (a file to open in a browser, mail or print): what the plan is, how
-- many actions stand where, the timeline, then a table per heading with the
-- leads, deadlines, lights and the latest report, and what changed since an
-- earlier day.  Built from actions_on() and timeline_svg(), so the page says
-- what the views say.
CREATE FUNCTION @extschema@.plan_report(plan @extschema@.docnum, on_date date DEFAULT CURRENT_DATE,
    since date DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    doc       record;
    r         record;
    heading   text := NULL;
    first     boolean := true;
    out       text;
BEGIN
    SELECT d.ref, d.title, d.adopted_on INTO doc
    FROM document AS d WHERE d.ref = plan_report.plan AND d.kind = 'action_plan';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '22023',
                  HINT = 'SELECT ref, title FROM policy_tracker.document WHERE kind = ''action_plan'' lists the plans you may read.';
    END IF;
    IF since IS NOT NULL AND since > on_date THEN
        RAISE EXCEPTION 'the earlier day % comes after the day of the report %', since, on_date
            USING ERRCODE = '22023', HINT = 'plan_report(plan, on_date, since) compares since with on_date.';
    END IF;

    out := format('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>%s as of %s</title>'
                  '<style>body{font-family:sans-serif;margin:2em;max-width:80em}'
                  'table{border-collapse:collapse;width:100%%;margin-bottom:1.5em}'
                  'th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top;font-size:90%%}'
                  'th{background:#f3f3f3}.light{font-weight:bold}'
                  '.light-green{color:#2e9d4f}.light-amber{color:#b37d00}.light-red{color:#d33a2c}.light-grey{color:#777}'
                  '.changed{background:#fff6d6}</style></head><body>'
                  '<h1 id="plan">%s</h1><p id="title">%s</p>'
                  '<p id="as-of">As of <time datetime="%s">%s</time>%s</p>',
                  xml_text(docnum_display(plan)), on_date, xml_text(docnum_display(plan)),
                  xml_text(coalesce(doc.title, '')), on_date, on_date,
                  CASE WHEN since IS NULL THEN ''
                       ELSE format('; changes since <time datetime="%s">%s</time> are marked', since, since) END);

    -- how many actions stand where
    out := out || '<table id="summary"><tr><th>Light</th><th>Why</th><th>Actions</th></tr>';
    FOR r IN
        SELECT a.traffic_light, a.light_reason, count(*) AS n
        FROM actions_on(on_date, plan_report.plan) AS a
        GROUP BY 1, 2
        ORDER BY array_position(ARRAY['red', 'amber', 'grey', 'green'], a.traffic_light), 2
    LOOP
        out := out || format('<tr><td class="light light-%s">%s</td><td>%s</td><td class="count">%s</td></tr>',
                             r.traffic_light, r.traffic_light, xml_text(r.light_reason), r.n);
    END LOOP;
    out := out || '</table>';

    out := out || '<h2>Timeline</h2><div id="timeline">' || timeline_svg(plan, on_date) || '</div>';

    -- a table per heading
    FOR r IN
        WITH then_ AS (SELECT x.action_id, x.status, x.traffic_light
                       FROM actions_on(coalesce(since, on_date), plan_report.plan) AS x
                       WHERE since IS NOT NULL)
        SELECT a.number, a.heading, a.title, a.leads, a.involved, act.deadline_text, a.deadline, a.due_date,
               a.status, a.status_date, a.traffic_light, a.light_reason, a.paragraphs,
               lr.note AS latest_note, lr.source AS latest_source,
               b.status AS status_then, b.traffic_light AS light_then
        FROM actions_on(on_date, plan_report.plan) AS a
        JOIN action AS act ON act.id = a.action_id
        LEFT JOIN LATERAL (SELECT p.note, p.source FROM progress AS p
                           WHERE p.action = a.action_id AND p.reported_on <= on_date
                           ORDER BY p.reported_on DESC, p.id DESC LIMIT 1) AS lr ON true
        LEFT JOIN then_ AS b ON b.action_id = a.action_id
        ORDER BY a.number
    LOOP
        IF first OR heading IS DISTINCT FROM r.heading THEN
            IF NOT first THEN
                out := out || '</table>';
            END IF;
            first := false;
            heading := r.heading;
            out := out || format('<h2 class="heading">%s</h2><table class="actions"><tr><th>No.</th><th>Action</th>'
                                 '<th>Lead</th><th>Involved</th><th>Deadline</th><th>Due</th><th>Light</th>'
                                 '<th>Latest report</th><th>Paragraphs</th>%s</tr>',
                                 xml_text(coalesce(heading, '(no heading)')),
                                 CASE WHEN since IS NULL THEN '' ELSE '<th>Since ' || since || '</th>' END);
        END IF;
        out := out || format('<tr class="action%s" data-number="%s" data-light="%s"><td>%s</td><td>%s</td><td>%s</td>'
                             '<td>%s</td><td title="%s">%s</td><td>%s</td><td class="light light-%s">%s</td>'
                             '<td>%s</td><td>%s</td>%s</tr>',
                             CASE WHEN since IS NOT NULL AND r.status IS DISTINCT FROM r.status_then
                                  THEN ' changed' ELSE '' END,
                             r.number, r.traffic_light, r.number, xml_text(r.title), xml_text(coalesce(r.leads, '')),
                             xml_text(coalesce(r.involved, '')), xml_text(coalesce(r.deadline_text, '')),
                             xml_text(coalesce(r.deadline, '')), coalesce(r.due_date::text, ''),
                             r.traffic_light, xml_text(r.light_reason),
                             CASE WHEN r.status IS NULL THEN 'none'
                                  ELSE xml_text(replace(r.status, '_', ' ')) || ' on ' || r.status_date
                                       || coalesce(': ' || xml_text(r.latest_note), '')
                                       || coalesce(' (' || xml_text(docnum_display(r.latest_source)) || ')', '') END,
                             xml_text(coalesce(r.paragraphs, '')),
                             CASE WHEN since IS NULL THEN ''
                                  WHEN r.status IS NOT DISTINCT FROM r.status_then THEN '<td class="since">unchanged</td>'
                                  ELSE format('<td class="since">was %s</td>',
                                              coalesce(xml_text(replace(r.status_then, '_', ' ')), 'not reported')) END);
    END LOOP;
    IF NOT first THEN
        out := out || '</table>';
    END IF;
    RETURN out || '</body></html>';
END $$;
COMMENT ON FUNCTION @extschema@.plan_report(@extschema@.docnum, date, date) IS
    'HTML report of one plan as of a day: counts by light and reason, the timeline, a table per heading with leads, deadlines, lights, the latest report and paragraphs, and what changed since an earlier day';
