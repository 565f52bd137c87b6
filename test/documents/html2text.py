#!/usr/bin/python3
"""html2text.py IN.html OUT.txt: the text of `pdftohtml -i -noframes -stdout`
output, as a browser shows it and "select all, copy" gives it: the <head>
is dropped, source newlines are white space (collapsed, as HTML does), <br/>
ends a line, <hr/> (the page separator) becomes an empty line, every other
tag is removed and entities are decoded (&#160; becomes a no-break space
U+00A0, which is kept)."""
import html
import re
import sys

src = open(sys.argv[1], encoding="utf-8").read()
body = re.sub(r"(?s)^.*?<body[^>]*>", "", src)
body = re.sub(r"(?s)</body>.*$", "", body)
body = re.sub(r"[ \t\r\n]+", " ", body)
body = re.sub(r"<br\s*/?>", "\n", body)
body = re.sub(r"<hr\s*/?>", "\n", body)
body = re.sub(r"<[^>]+>", "", body)
text = html.unescape(body)
text = "\n".join(l.strip(" ") for l in text.split("\n"))
text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(text)
