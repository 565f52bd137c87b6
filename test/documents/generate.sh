#!/usr/bin/env bash
# generate.sh [OUTDIR]: renders the test documents to PDF (render.py) and
# converts them back to text (convert.sh) into OUTDIR (default
# test/documents/out, ignored by git).  Fails when a tool is missing (the
# packages are those of `scripts/prereqs.sh documents`), when the corpus is
# not at ../shared/corpus, or when an output is empty.  Prints the time taken.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/out}
py=/usr/bin/python3
start=$(date +%s.%N)

missing=()
$py -c 'import reportlab, pyphen' 2>/dev/null || missing+=("python3-reportlab/python3-pyphen")
$py -c 'import pyphen, sys; sys.exit(not ({"en_US", "de_DE"} <= set(pyphen.LANGUAGES)))' 2>/dev/null ||
    missing+=("hyphen-en-us/hyphen-de")
for t in pdftotext pdftohtml pdftoppm pdf2txt tesseract; do
    command -v $t >/dev/null 2>&1 || missing+=("$t")
done
if command -v tesseract >/dev/null 2>&1; then
    langs=$(tesseract --list-langs 2>/dev/null || true)
    for l in eng deu; do grep -qx "$l" <<<"$langs" || missing+=("tesseract-$l"); done
fi
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing+=("fonts-dejavu-core")
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf ] || missing+=("fonts-dejavu-extra")
if [ ${#missing[@]} -gt 0 ]; then
    echo "generate.sh: missing: ${missing[*]} (scripts/prereqs.sh documents installs them)" >&2
    exit 1
fi

mkdir -p "$out"
rm -f "$out"/*.pdf "$out"/*.txt "$out"/*.html
$py "$here/render.py" "$out"
# the two documents are converted one after the other: each one's OCR
# already keeps both cores busy
"$here/convert.sh" "$out" 13943-17_en eng
"$here/convert.sh" "$out" de_fixture deu

rc=0
for name in 13943-17_en de_fixture; do
    for v in pdf pdftotext.txt layout.txt pdfminer.txt html.txt ocr.txt damaged.txt; do
        f=$out/$name.$v
        if [ ! -s "$f" ] || { [ "$v" != pdf ] && ! grep -q '[[:alnum:]]' "$f"; }; then
            echo "generate.sh: empty or missing output $f" >&2
            rc=1
        fi
    done
done
end=$(date +%s.%N)
# wall time, and the CPU time of all the tools (what a loaded machine does
# not change): bash's `times`, second line = children's user and system
times >"$out/.times"        # a builtin: no subshell, so it sees our children
cpu=$(sed -n 2p "$out/.times" | $py -c 'import re,sys; print(sum(int(m)*60+float(s) for m,s in re.findall(r"(\d+)m([\d.]+)s", sys.stdin.read())))')
printf 'generate.sh: %s in %.1f s (CPU %.1f s)\n' "$out" "$($py -c "print($end - $start)")" "$cpu"
rm -f "$out/.times"
exit $rc
