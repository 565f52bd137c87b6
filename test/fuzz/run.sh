#!/usr/bin/env bash
# make fuzz: builds the libFuzzer harnesses (clang, ASan + UBSan) and runs
# each for FUZZ_SECONDS (default 120) from a copy of its committed seeds.
# Any crash, sanitizer report, leak or broken property fails the run.
# Prints one line per harness with the executions it reached, then
# "fuzz: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

. scripts/lib.sh
pt_require "" fuzz || { echo "fuzz: 0 passed, 1 failed"; exit 1; }

seconds=${FUZZ_SECONDS:-120}
out=test/fuzz/build
mkdir -p "$out"
cc=${FUZZ_CC:-clang}
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc -Itest/fuzz"
core_docnum="src/docnum_core.c src/docnum_extract.c src/docnum_lexicon.c"
core_deadline="$(echo src/deadline/*.c src/deadline/lexicon/*.c)"

passed=0
failed=0
for h in docnum_parse deadline_parse extract csv calls docread actors; do
    case $h in
        docnum_parse) srcs="$core_docnum" ;;
        deadline_parse) srcs="$core_deadline" ;;
        csv) srcs="src/csv_core.c" ;;
        calls) srcs="src/calls/calls.c src/calls/lexicon.c" ;;
        docread) srcs="$(echo src/docread/*.c)" ;;
        actors) srcs="src/actors/actors.c" ;;
        *) srcs="$core_docnum $core_deadline" ;;
    esac
    if ! $cc $flags -o "$out/fuzz_$h" "test/fuzz/fuzz_$h.c" $srcs 2>"$out/fuzz_$h.build.log"; then
        echo "fuzz $h: FAILED to build"; cat "$out/fuzz_$h.build.log"
        failed=$((failed + 1))
        continue
    fi
    work=$(mktemp -d)
    cp test/fuzz/seeds/$h/* "$work/"
    rm -f "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-*
    if "$out/fuzz_$h" "$work" -max_total_time="$seconds" -print_final_stats=1 \
            -detect_leaks=1 -timeout=10 -rss_limit_mb=1024 \
            -artifact_prefix="$out/" >"$out/fuzz_$h.log" 2>&1; then
        execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/fuzz_$h.log" | grep -o '[0-9]*$')
        echo "fuzz $h: ok, ${execs:-?} executions in ${seconds}s"
        passed=$((passed + 1))
    else
        echo "fuzz $h: FAILED"
        tail -n 40 "$out/fuzz_$h.log"
        # the input that failed, in the log (CI and fresh roots are thrown
        # away): base64 -d it into a file and run the harness on that file
        for f in "$out"/crash-* "$out"/leak-* "$out"/timeout-* "$out"/oom-*; do
            [ -f "$f" ] && echo "fuzz $h: failing input ${f##*/}, base64: $(base64 -w0 "$f")"
        done
        failed=$((failed + 1))
    fi
    rm -rf "$work"
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
