#!/usr/bin/env bash
# Renders the example's timeline_svg and plan_report in headless Chromium
# (Debian's chromium) and checks them: a non-empty PNG, an SVG with one bar
# per action that has a period, and the report's DOM as Chromium parsed it
# (a row per action, the lights actions_on gives, the timeline and legend).  Ends with "timeline: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh

major=$(bash scripts/prereqs.sh build cluster timeline) || { echo "timeline: 0 passed, 1 failed"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
pt_virtualenv -t -v "$major" -i '--encoding=UTF8 --locale=C.UTF-8' bash -c '
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION policy_tracker" >/dev/null &&
    psql -X -q -v ON_ERROR_STOP=1 -f data/load.sql >/dev/null &&
    psql -X -q -A -t -c "SELECT policy_tracker.timeline_svg('"'14965/17'"', '"'2018-07-01'"')" > '"$work"'/timeline.svg &&
    psql -X -q -A -t -c "SELECT count(*) FROM policy_tracker.action WHERE plan OPERATOR(policy_tracker.=) '"'14965/17'"' AND NOT lower_inf(policy_tracker.deadline_period(deadline)) AND NOT upper_inf(policy_tracker.deadline_period(deadline))" > '"$work"'/expected_bars &&
    psql -X -q -f test/upgrade/progress.sql >/dev/null &&
    psql -X -q -A -t -c "SELECT policy_tracker.plan_report('"'14965/17'"', '"'2018-07-01'"', '"'2018-01-01'"')" > '"$work"'/report.html &&
    psql -X -q -A -t -c "SELECT count(*) FROM policy_tracker.action WHERE plan OPERATOR(policy_tracker.=) '"'14965/17'"'" > '"$work"'/expected_rows &&
    psql -X -q -A -t -c "SELECT count(*) FROM policy_tracker.actions_on('"'2018-07-01'"') WHERE plan_ref OPERATOR(policy_tracker.=) '"'14965/17'"' AND traffic_light = '"'red'"'" > '"$work"'/expected_red
' >/dev/null 2>&1

passed=0
failed=0
result() { if [ "$1" = ok ]; then passed=$((passed + 1)); echo "ok   timeline: $2"; else failed=$((failed + 1)); echo "FAIL timeline: $2"; fi; }

bars=$(grep -o 'class="bar"' "$work/timeline.svg" 2>/dev/null | wc -l)
expected=$(cat "$work/expected_bars" 2>/dev/null)
[ -n "$expected" ] && [ "$bars" = "$expected" ] && result ok "one bar per action with a period ($bars)" ||
    result bad "bars: $bars, actions with a period: ${expected:-?}"

timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --window-size=1200,1100 \
    --screenshot="$work/timeline.png" "file://$work/timeline.svg" >"$work/chromium.log" 2>&1
size=$(stat -c %s "$work/timeline.png" 2>/dev/null || echo 0)
if [ "$size" -gt 10000 ] && head -c 8 "$work/timeline.png" | grep -q PNG; then
    result ok "Chromium rendered it to a ${size}-byte PNG"
    [ -n "${TIMELINE_PNG:-}" ] && cp "$work/timeline.png" "$TIMELINE_PNG"
else
    result bad "no PNG from Chromium (size $size)"
    tail -n 5 "$work/chromium.log"
fi
# the report as a browser sees it: Chromium parses the HTML, runs nothing,
# and the DOM it prints must hold a row per action, the lights, the
# timeline picture and the day in the heading
timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile2" --dump-dom "file://$work/report.html" >"$work/report.dom" 2>"$work/chromium2.log"
rows=$(grep -o '<tr class="action' "$work/report.dom" 2>/dev/null | wc -l)
[ -n "$(cat "$work/expected_rows" 2>/dev/null)" ] && [ "$rows" = "$(cat "$work/expected_rows")" ] &&
    result ok "plan_report in Chromium: a row per action ($rows)" ||
    result bad "plan_report rows in Chromium's DOM: $rows, actions: $(cat "$work/expected_rows" 2>/dev/null)"
red=$(grep -o '<tr class="action[^"]*" data-number="[0-9]*" data-light="red"' "$work/report.dom" 2>/dev/null | wc -l)
[ "$red" = "$(cat "$work/expected_red" 2>/dev/null)" ] && result ok "plan_report: red rows as actions_on says ($red)" ||
    result bad "plan_report red rows: $red, actions_on: $(cat "$work/expected_red" 2>/dev/null)"
grep -q '<div id="timeline"><svg' "$work/report.dom" && grep -q 'datetime="2018-07-01"' "$work/report.dom" &&
    grep -q 'class="legend"' "$work/report.dom" &&
    result ok "plan_report: the timeline with its legend, and the day in the heading" ||
    result bad "plan_report: timeline, legend or day missing from the DOM"
timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile3" --window-size=1200,3000 \
    --screenshot="$work/report.png" "file://$work/report.html" >"$work/chromium3.log" 2>&1
size=$(stat -c %s "$work/report.png" 2>/dev/null || echo 0)
[ "$size" -gt 20000 ] && result ok "Chromium rendered the report to a ${size}-byte PNG" ||
    result bad "no report PNG from Chromium (size $size)"
echo "timeline: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
