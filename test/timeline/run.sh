#!/usr/bin/env bash
# Renders the example's timeline_svg in headless Chromium (Debian's
# chromium) and checks the picture: a non-empty PNG, and an SVG with one bar
# per action that has a period.  Ends with "timeline: N passed, N failed".
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
    psql -X -q -A -t -c "SELECT count(*) FROM policy_tracker.action WHERE plan OPERATOR(policy_tracker.=) '"'14965/17'"' AND NOT lower_inf(policy_tracker.deadline_period(deadline)) AND NOT upper_inf(policy_tracker.deadline_period(deadline))" > '"$work"'/expected_bars
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
echo "timeline: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
