-- A picture of a plan: one bar per action over its deadline period, grouped
-- by heading, coloured by traffic light as of a day, presidency terms as
-- bands, and a line at that day.  Plain SVG text: save it, or show it in any
-- browser or BI tool that renders SVG.
CREATE FUNCTION @extschema@.xml_text(t text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           pg_catalog.replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;');
COMMENT ON FUNCTION @extschema@.xml_text(text) IS 'text escaped for XML';

CREATE FUNCTION @extschema@.timeline_svg(plan @extschema@.docnum, on_date date DEFAULT CURRENT_DATE)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    label_w   constant int := 420;
    plot_w    constant int := 760;
    row_h     constant int := 18;
    top       constant int := 40;
    d0        date;
    d1        date;
    span      numeric;
    y         int := top;
    out       text := '';
    r         record;
    heading   text := NULL;
    term      date;
    x0        numeric;
    x1        numeric;
    colour    text;
    light     text;
    n_rows    int;
BEGIN
    -- an unknown plan would draw an empty picture, which reads as "nothing
    -- to do": say so instead
    IF NOT EXISTS (SELECT 1 FROM document AS d WHERE d.ref = timeline_svg.plan AND d.kind = 'action_plan') THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '22023',
                  HINT = 'SELECT ref, title FROM policy_tracker.document WHERE kind = ''action_plan'' lists the plans you may read.';
    END IF;
    SELECT least(min(lower(deadline_period(a.deadline))), on_date),
           greatest(max(upper(deadline_period(a.deadline))), on_date + 1)
      INTO d0, d1
      FROM action a
     WHERE a.plan = timeline_svg.plan
       AND NOT lower_inf(deadline_period(a.deadline)) AND NOT upper_inf(deadline_period(a.deadline));
    IF d0 IS NULL THEN
        d0 := date_trunc('year', on_date)::date;
        d1 := (date_trunc('year', on_date) + interval '1 year')::date;
    END IF;
    -- whole presidency terms
    d0 := make_date(extract(year FROM d0)::int, CASE WHEN extract(month FROM d0) <= 6 THEN 1 ELSE 7 END, 1);
    d1 := (make_date(extract(year FROM d1 - 1)::int, CASE WHEN extract(month FROM d1 - 1) <= 6 THEN 1 ELSE 7 END, 1)
           + interval '6 months')::date;
    span := d1 - d0;
    SELECT count(*) + count(DISTINCT a.heading) INTO n_rows FROM action a WHERE a.plan = timeline_svg.plan;

    -- presidency bands
    term := d0;
    WHILE term < d1 LOOP
        x0 := label_w + plot_w * (term - d0) / span;
        x1 := label_w + plot_w * (least((term + interval '6 months')::date, d1) - d0) / span;
        out := out || format('<rect class="term" x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
                             '<text class="term-label" x="%s" y="%s" font-size="11" text-anchor="middle">%s %s</text>',
                             round(x0, 1), top - 20, round(x1 - x0, 1), n_rows * row_h + 24,
                             CASE WHEN extract(month FROM term) = 1 THEN '#f3f3f3' ELSE '#e6ecf5' END,
                             round((x0 + x1) / 2, 1), top - 6, coalesce(presidency(term), ''),
                             extract(year FROM term));
        term := (term + interval '6 months')::date;
    END LOOP;

    FOR r IN
        SELECT a.id, a.number, a.heading, a.title, a.deadline, a.deadline_text,
               deadline_period(a.deadline) AS p, deadline_continuing(a.deadline) AS continuing,
               s.status, s.reported_on
        FROM action a
        LEFT JOIN LATERAL (SELECT pr.status, pr.reported_on FROM progress AS pr
                           WHERE pr.action = a.id AND pr.reported_on <= on_date
                           ORDER BY pr.reported_on DESC, pr.id DESC LIMIT 1) AS s ON true
        WHERE a.plan = timeline_svg.plan
        ORDER BY a.number
    LOOP
        IF heading IS DISTINCT FROM r.heading THEN
            heading := r.heading;
            out := out || format('<text class="heading" x="4" y="%s" font-size="12" font-weight="bold">%s</text>',
                                 y + 13, xml_text(left(coalesce(heading, ''), 80)));
            y := y + row_h;
        END IF;
        -- the same light and reason as the views and actions_on()
        light := traffic_light(r.status, r.deadline, on_date);
        colour := CASE light WHEN 'green' THEN '#2e9d4f' WHEN 'amber' THEN '#e6a100'
                             WHEN 'red' THEN '#d33a2c' ELSE '#9a9a9a' END;
        out := out || format('<text class="label" x="16" y="%s" font-size="11">%s. %s</text>',
                             y + 13, r.number, xml_text(left(r.title, 62)));
        IF r.p IS NOT NULL THEN
            -- an open end (ongoing, "from 2019 onwards") runs to the right
            -- edge and ends in an arrow; an open start begins at the left
            x0 := CASE WHEN lower_inf(r.p) THEN label_w ELSE label_w + plot_w * (greatest(lower(r.p), d0) - d0) / span END;
            x1 := CASE WHEN upper_inf(r.p) THEN label_w + plot_w ELSE label_w + plot_w * (upper(r.p) - d0) / span END;
            out := out || format('<rect class="%s" data-action="%s" data-light="%s" x="%s" y="%s" width="%s" height="%s" fill="%s"%s><title>%s: %s (%s)</title></rect>',
                                 CASE WHEN upper_inf(r.p) OR lower_inf(r.p) THEN 'bar ongoing' ELSE 'bar' END,
                                 r.id, light, round(x0, 1), y + 3, round(greatest(x1 - x0, 2), 1), row_h - 6, colour,
                                 CASE WHEN upper_inf(r.p) OR lower_inf(r.p) THEN ' fill-opacity="0.55"' ELSE '' END,
                                 xml_text(left(r.title, 120)), xml_text(r.deadline::text),
                                 light_reason(r.status, r.reported_on, r.deadline, on_date));
            IF upper_inf(r.p) THEN
                out := out || format('<polygon class="open-end" points="%s,%s %s,%s %s,%s" fill="%s"/>',
                                     round(x1, 1), y + 1, round(x1 + 8, 1), y + row_h / 2, round(x1, 1), y + row_h - 1, colour);
            END IF;
            -- "2018 and ongoing": the period, then a dashed line on to the edge
            IF r.continuing AND NOT upper_inf(r.p) THEN
                out := out || format('<line class="continuing" data-action="%s" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="3" stroke-dasharray="5 3"/>',
                                     r.id, round(x1, 1), y + row_h / 2, label_w + plot_w, y + row_h / 2, colour);
            END IF;
        END IF;
        y := y + row_h;
    END LOOP;

    -- the day
    x0 := label_w + plot_w * (on_date - d0) / span;
    out := out || format('<line class="today" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3"/>'
                         '<text x="%s" y="%s" font-size="11" text-anchor="middle">%s</text>',
                         round(x0, 1), top - 20, round(x0, 1), y + 4, round(x0, 1), y + 18, on_date);
    -- the legend: what the colours and shapes mean
    y := y + 30;
    out := out || format('<g class="legend"><text x="16" y="%s" font-size="11" font-weight="bold">Legend</text>', y + 12);
    x0 := 80;
    FOR r IN SELECT * FROM (VALUES ('#2e9d4f', 'done'), ('#e6a100', 'in progress or delayed'),
                                   ('#d33a2c', 'overdue or blocked'), ('#9a9a9a', 'not started or dropped'))
                           AS l(colour, what) LOOP
        out := out || format('<rect class="swatch" x="%s" y="%s" width="14" height="10" fill="%s"/>'
                             '<text x="%s" y="%s" font-size="11">%s</text>',
                             x0, y + 3, r.colour, x0 + 18, y + 12, r.what);
        x0 := x0 + 40 + 6 * length(r.what);
    END LOOP;
    out := out || format('<rect x="%s" y="%s" width="24" height="10" fill="#9a9a9a" fill-opacity="0.55"/>'
                         '<polygon points="%s,%s %s,%s %s,%s" fill="#9a9a9a"/>'
                         '<text x="%s" y="%s" font-size="11">ongoing (no end)</text>',
                         x0, y + 3, x0 + 24, y + 1, x0 + 31, y + 8, x0 + 24, y + 15, x0 + 36, y + 12);
    x0 := x0 + 150;
    out := out || format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#9a9a9a" stroke-width="3" stroke-dasharray="5 3"/>'
                         '<text x="%s" y="%s" font-size="11">continues after its date</text>'
                         '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3"/>'
                         '<text x="%s" y="%s" font-size="11">the day shown</text></g>',
                         x0, y + 8, x0 + 28, y + 8, x0 + 34, y + 12,
                         x0 + 200, y + 1, x0 + 200, y + 15, x0 + 206, y + 12);
    RETURN format('<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif">'
                  '<title>%s as of %s</title><rect width="100%%" height="100%%" fill="white"/>',
                  label_w + plot_w + 20, y + 30, label_w + plot_w + 20, y + 30,
                  xml_text(docnum_display(plan)), on_date)
           || out || '</svg>';
END $$;
COMMENT ON FUNCTION @extschema@.timeline_svg(@extschema@.docnum, date) IS
    'SVG timeline of a plan: a bar per action over its period (ongoing ones open-ended, continuing ones dashed on), grouped by heading, coloured by traffic_light as of the date, presidency terms as bands, with a legend';
