#!/usr/bin/env bash
# convert.sh OUTDIR NAME OCRLANG: converts OUTDIR/NAME.pdf back to text the
# ways users do, writing into OUTDIR:
#   NAME.pdftotext.txt  pdftotext (poppler), reading order, form feeds
#   NAME.layout.txt     pdftotext -layout (columns kept with spaces)
#   NAME.pdfminer.txt   pdfminer.six's pdf2txt (Debian python3-pdfminer)
#   NAME.html.txt       pdftohtml -i -noframes -stdout, tags stripped (html2text.py)
#   NAME.ocr.txt        pdftoppm -r 300 (OCR_DPI) -gray, then tesseract -l OCRLANG
#                       --psm 4 (OCR_PSM) per page (pages joined with form feeds,
#                       as pdftotext does)
#   NAME.damaged.txt    damage.py over NAME.pdftotext.txt (seed 13943)
# OCR runs two pages at a time with one thread each (OMP_THREAD_LIMIT=1):
# on two cores that is faster than tesseract's own threads.
# 300 dpi and --psm 4, because at 200 dpi or with --psm 3 (tesseract's
# automatic page segmentation) characters are gone from the text, which no
# reader can give back: at 200 dpi (either mode) the first digit of a
# footnote's document number ("5 12109/13" read "5 2109/13", "16200/14"
# read "6200/14"), and --psm 3 cuts the hanging column of paragraph and
# footnote numbers off the page's text block (at 300 dpi every footnote
# number of page 4, at 200 dpi the first digits of the lines beside it too).
# 300 dpi is tesseract's documented minimum for good results, and --psm 4
# ("a single column of text of variable sizes") is the page a Council
# document has.  The reader still reads --psm 3 output (its unit tests keep
# that layout); what OCR does to footnote markers is the same in both.
set -euo pipefail
out=$1 name=$2 lang=$3
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
pdf=$out/$name.pdf
[ -s "$pdf" ] || { echo "convert.sh: no $pdf" >&2; exit 1; }

pdftotext -enc UTF-8 "$pdf" "$out/$name.pdftotext.txt"
pdftotext -enc UTF-8 -layout "$pdf" "$out/$name.layout.txt"
$py /usr/bin/pdf2txt -o "$out/$name.pdfminer.txt" "$pdf"
pdftohtml -i -noframes -stdout -enc UTF-8 "$pdf" >"$out/$name.html"
$py "$here/html2text.py" "$out/$name.html" "$out/$name.html.txt"

ocr=$out/ocr-$name
rm -rf "$ocr"
mkdir -p "$ocr"
pdftoppm -r "${OCR_DPI:-300}" -gray "$pdf" "$ocr/p"
# tesseract IMAGE BASE writes BASE.txt (no form feed: one is added per page)
ls "$ocr"/p-*.pgm | OMP_THREAD_LIMIT=1 xargs -P 2 -I{} \
    sh -c 'tesseract "$1" "${1%.pgm}" -l "$2" --psm "$3" >/dev/null 2>&1 || { echo "convert.sh: tesseract failed on $1" >&2; exit 255; }' _ {} "$lang" "${OCR_PSM:-4}"
for t in $(ls "$ocr"/p-*.txt | sort -V); do cat "$t"; printf '\f'; done >"$out/$name.ocr.txt"
rm -rf "$ocr"

$py "$here/damage.py" 13943 "$out/$name.pdftotext.txt" "$out/$name.damaged.txt"
