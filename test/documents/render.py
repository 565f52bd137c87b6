#!/usr/bin/python3
"""Renders Council documents to PDF in the Council's page layout.

Run with Debian's /usr/bin/python3 (python3-reportlab, python3-pyphen,
hyphen-en-us, hyphen-de, fonts-dejavu-core).

    render.py OUTDIR

writes OUTDIR/13943-17_en.pdf from ../shared/corpus/13943-17_draft-conclusions_en.txt
(relative to the repository root; CORPUS_DIR overrides the folder) and
OUTDIR/de_fixture.pdf from fixtures/de_conclusions.txt (beside this script).
OUTDIR/<name>.model.txt is the parsed document model, for debugging.

Two front ends fill one document model:
  - parse_corpus(): the markdown-ish converter output of the corpus (cover
    lines, tab-separated label lines, "- N." paragraphs, "- " points,
    "## Chapter" headings, <sup>n</sup> markers and the mangled footnote body
    forms: "<sup>&</sup><sup>4</sup> body", "<sup>8 body</sup>", "2 body",
    bodies without a number, bodies whose number was swallowed by a document
    number "<sup>16200/14</sup> ...").  The converter's page footers
    ("13943/17 MK/ec DG D 2B EN") are dropped: the layout draws its own.
  - parse_fixture(): the small structured format of fixtures/*.txt.

The layout (layout()) is a small page builder over reportlab's Paragraph and
Table flowables: A4, cover block, label/value table, numbered paragraphs with
the number in a left column and a hanging indent, dash/lettered points,
chapter headings, superscript footnote markers, footnote bodies at the foot
of the page their marker is on (paragraphs are split so that the lines
carrying a marker and its footnote land on the same page), a two-line footer
on every page (document number, initials, page number / [ANNEX,] DG, language)
and a page break with "ANNEX" before the annex.  Text is justified and
hyphenated (pyphen), as in the Council's documents.  Everything is
deterministic: the PDF's dates and ids are fixed (invariant=1).
"""
import os
import re
import sys
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS_DIR = os.environ.get("CORPUS_DIR", os.path.join(ROOT, "..", "shared", "corpus"))
CORPUS_FILE = "13943-17_draft-conclusions_en.txt"

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# ---------------------------------------------------------------- model ----

class Doc:
    """meta: council, place_date, docnum, markings (list), note_type,
    labels [(label, value)], initials, dg, lang, annex_word, hyphen_lang.
    blocks: ('para', num, text) | ('text', text) | ('point', bullet, text) |
    ('heading', text) | ('chapter', label, title) | ('annex', title).
    Texts carry footnote markers as <sup>n</sup> and nothing else.
    footnotes: {n: text}."""

    def __init__(self):
        self.meta = {"markings": [], "labels": []}
        self.blocks = []
        self.footnotes = {}

    def dump(self):
        out = []
        for k, v in self.meta.items():
            out.append("meta %s: %r" % (k, v))
        for b in self.blocks:
            out.append(" | ".join(str(x) for x in b))
        for n in sorted(self.footnotes):
            out.append("footnote %d: %s" % (n, self.footnotes[n]))
        return "\n".join(out) + "\n"


MARK_RE = re.compile(r"<sup>(\d+)</sup>")


def markers_of(text):
    return [int(m) for m in MARK_RE.findall(text)]


# ------------------------------------------------------ corpus front end ---

FOOTER_RE = re.compile(r"^\d+/\d+ [A-Z]{2}/[a-z]{2} DG [A-Z] \w+ [A-Z]{2}$")
PARA_RE = re.compile(r"^(?:- )?(\d+)\.\s+(.*)$")
POINT_RE = re.compile(r"^\s*([-•])\s+(.*)$")
# repairs of the converter's joins (the original has a hyphenated compound)
REPAIRS = [("state-of-theart", "state-of-the-art")]


def clean_inline(s):
    s = s.replace("<sup>&</sup>lt;", "<").replace("<sup>&</sup>", "")
    s = s.replace("**", "")
    s = s.replace("\\_", "_")
    s = re.sub(r"\s+<sup>", "<sup>", s)      # "framework <sup>16</sup>"
    for a, b in REPAIRS:
        s = s.replace(a, b)
    return s.strip()


def parse_corpus(path):
    doc = Doc()
    m = doc.meta
    m.update(council="Council of the European Union", initials="MK/ec",
             dg="DG D 2B", lang="EN", annex_word="ANNEX", hyphen_lang="en_US",
             title="Council document 13943/17")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")

    phase = "cover"          # cover -> labels -> note -> annex
    pending = []             # markers seen in the text, body not yet seen
    seen_markers = set()
    last_num = 0
    in_list = False          # after a paragraph ending with ':'
    chapter_label = None

    def add_text_block(block):
        nonlocal in_list
        doc.blocks.append(block)
        for n in markers_of(block[-1]):
            if n not in doc.footnotes and n not in seen_markers:
                pending.append(n)
            seen_markers.add(n)
        pending.sort()

    def add_footnote(n, body):
        body = clean_inline(body)
        if n is None:
            n = pending[0]
        doc.footnotes[n] = body
        if n in pending:
            pending.remove(n)

    for raw in lines:
        if not raw.strip():
            continue
        line = raw.rstrip()
        stripped = line.strip()
        heading = stripped.startswith("#")
        text = clean_inline(re.sub(r"^#+\s*", "", stripped))

        if FOOTER_RE.match(text) or text == "_":
            continue

        if phase == "cover":
            if heading and "NOTE" in text.upper():
                m["note_type"] = text
                phase = "labels"
            elif re.match(r"^\d+/\d+$", text):
                m["docnum"] = text
            elif re.match(r"^[A-Z][a-z]+, \d", text):
                m["place_date"] = text
            else:
                m["markings"] += [a + " " + b for a, b in
                                  re.findall(r"([A-Z][A-Z/]*) (\d+)", text)]
            continue
        if phase == "labels":
            if "\t" in line:
                label, value = line.split("\t", 1)
                m["labels"].append((label.strip(), clean_inline(value)))
                continue
            phase = "note"

        # continuation of a hard-wrapped point ("  will have to meet ...")
        if raw[:1].isspace() and not POINT_RE.match(raw) and doc.blocks:
            b = doc.blocks[-1]
            doc.blocks[-1] = b[:-1] + (clean_inline(b[-1] + " " + text),)
            continue

        # footnote bodies in their mangled forms
        mm = re.match(r"^<sup>(\d{1,2})</sup>\s*(.*)$", text)
        if mm and int(mm.group(1)) not in doc.footnotes:
            add_footnote(int(mm.group(1)), mm.group(2))
            continue
        mm = re.match(r"^<sup>(\d{1,2}) (.*?)</sup>\s*(.*)$", text)
        if mm and int(mm.group(1)) in pending:
            add_footnote(int(mm.group(1)), mm.group(2) + " " + mm.group(3))
            continue
        mm = re.match(r"^<sup>([^<]*)</sup>\s*(.*)$", text)
        if mm and pending:
            add_footnote(None, (mm.group(1) + " " + mm.group(2)).strip())
            continue
        mm = re.match(r"^(\d{1,2}) (.*)$", text)
        if mm and int(mm.group(1)) in pending:
            add_footnote(int(mm.group(1)), mm.group(2))
            continue

        # chapter headings: "## Chapter I" then the title heading
        if heading and re.match(r"^Chapter [IVX]+$", text):
            chapter_label = text
            continue
        if heading and chapter_label:
            doc.blocks.append(("chapter", chapter_label, text))
            chapter_label = None
            in_list = False
            continue

        mm = PARA_RE.match(text)
        if mm and int(mm.group(1)) == last_num + 1:
            last_num = int(mm.group(1))
            add_text_block(("para", last_num, mm.group(2)))
            in_list = mm.group(2).rstrip().endswith(":")
            continue

        mm = POINT_RE.match(line)
        if mm:
            body = clean_inline(mm.group(2))
            # "- At the meeting ... presented the first draft of the 3. Council ..."
            # is paragraph 3 whose number the converter moved into the text
            moved = re.search(r" %d\. " % (last_num + 1), body)
            if not in_list and moved:
                last_num += 1
                body = body[:moved.start()] + " " + body[moved.end():]
                add_text_block(("para", last_num, body))
                in_list = body.endswith(":")
                continue
            add_text_block(("point", "•" if mm.group(1) == "•" else "–", body))
            continue

        if heading:
            doc.blocks.append(("heading", text))
            in_list = False
            continue

        if pending:                       # a body without its number
            add_footnote(None, text)
            continue

        if phase == "note":               # first plain line after the note
            doc.blocks.append(("annex", text))
            phase = "annex"
            last_num = 0
            in_list = False
            continue
        add_text_block(("text", text))

    if pending:
        raise SystemExit("render.py: footnotes without a body: %s" % pending)
    return doc


# ----------------------------------------------------- fixture front end ---

def parse_fixture(path):
    """Format (one item per line, '#' lines are comments):
         @key value          metadata (council, place_date, docnum, marking,
                             note_type, label "Label:|value", initials, dg,
                             lang, annex_word, hyphen_lang, title)
         = text              chapter heading on one line ("= I. Einleitung")
         ANNEX: title        page break, annex word, annex title
         N. text             numbered paragraph
         a) text             lettered point     * text   dash point
         > text              unnumbered paragraph
         [^n]: text          footnote body; markers are written [^n]"""
    doc = Doc()
    m = doc.meta
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            line = re.sub(r"\[\^(\d+)\]", r"<sup>\1</sup>", line)
            if line.startswith("@"):
                key, _, value = line[1:].partition(" ")
                if key == "marking":
                    m["markings"].append(value)
                elif key == "label":
                    a, _, b = value.partition("|")
                    m["labels"].append((a, b))
                else:
                    m[key] = value
                continue
            mm = re.match(r"^<sup>(\d+)</sup>:\s*(.*)$", line)
            if mm:
                doc.footnotes[int(mm.group(1))] = mm.group(2)
            elif line.startswith("= "):
                doc.blocks.append(("chapter", "", line[2:]))
            elif line.startswith("ANNEX:"):
                doc.blocks.append(("annex", line[6:].strip()))
            elif re.match(r"^\d+\. ", line):
                n, _, t = line.partition(" ")
                doc.blocks.append(("para", int(n[:-1]), t))
            elif re.match(r"^[a-z]\) ", line):
                doc.blocks.append(("point", line[:2], line[3:]))
            elif line.startswith("* "):
                doc.blocks.append(("point", "–", line[2:]))
            elif line.startswith("> "):
                doc.blocks.append(("text", line[2:]))
            else:
                raise SystemExit("render.py: %s: cannot parse %r" % (path, line))
    return doc


# ---------------------------------------------------------------- layout ---

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 2.5 * cm, 2.5 * cm
TOP = 2.2 * cm
FOOTER_H = 2.4 * cm             # the footer's two lines and the rule above
BODY_W = PAGE_W - LEFT - RIGHT
BODY_TOP = PAGE_H - TOP
BODY_BOTTOM = FOOTER_H + 0.4 * cm
NUM_COL = 1.25 * cm             # the left column of paragraph numbers
FS, LEAD = 11.5, 17             # Council documents: 12 pt Times, 1.5 lines


def fonts():
    for name, fn in (("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
                     ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold",
                                  italic="Serif-Italic", boldItalic="Serif-BoldItalic")


def styles(hyphen_lang):
    hy = dict(hyphenationLang=hyphen_lang, embeddedHyphenation=1, uriWasteReduce=0.3)
    base = ParagraphStyle("base", fontName="Serif", fontSize=FS, leading=LEAD,
                          alignment=TA_JUSTIFY, spaceAfter=10, **hy)
    return {
        "text": base,
        "para": ParagraphStyle("para", base, leftIndent=NUM_COL, bulletIndent=0,
                               bulletFontName="Serif", bulletFontSize=FS),
        "point": ParagraphStyle("point", base, leftIndent=2 * NUM_COL,
                                bulletIndent=NUM_COL, bulletFontName="Serif",
                                bulletFontSize=FS),
        "heading": ParagraphStyle("heading", base, fontName="Serif-Bold",
                                  alignment=TA_CENTER, spaceBefore=6, spaceAfter=12,
                                  hyphenationLang=None),
        "chapter": ParagraphStyle("chapter", base, fontName="Serif-Bold",
                                  alignment=TA_CENTER, spaceBefore=10, spaceAfter=14,
                                  hyphenationLang=None),
        "title": ParagraphStyle("title", base, fontName="Serif-Bold", fontSize=FS + 0.5,
                                alignment=TA_CENTER, spaceAfter=18, hyphenationLang=None),
        "annexword": ParagraphStyle("annexword", base, fontName="Serif-Bold",
                                    alignment=TA_RIGHT, spaceAfter=24,
                                    hyphenationLang=None),
        "footnote": ParagraphStyle("footnote", base, fontSize=9, leading=11,
                                   leftIndent=0.5 * cm, bulletIndent=0,
                                   bulletFontName="Serif", bulletFontSize=9,
                                   alignment=TA_LEFT, spaceAfter=1, hyphenationLang=None),
        "cover_left": ParagraphStyle("cl", base, fontName="Serif-Bold", fontSize=15,
                                     leading=18, alignment=TA_LEFT, hyphenationLang=None),
        "cover_right": ParagraphStyle("cr", base, alignment=TA_LEFT, hyphenationLang=None,
                                      spaceAfter=0),
        "docnum": ParagraphStyle("dn", base, fontName="Serif-Bold", fontSize=14,
                                 leading=18, alignment=TA_LEFT, hyphenationLang=None,
                                 spaceAfter=0),
        "marking": ParagraphStyle("mk", base, fontSize=10, leading=12, alignment=TA_LEFT,
                                  hyphenationLang=None, spaceAfter=0),
        "notetype": ParagraphStyle("nt", base, fontName="Serif-Bold", fontSize=13,
                                   alignment=TA_LEFT, spaceBefore=14, spaceAfter=14,
                                   hyphenationLang=None),
        "label": ParagraphStyle("lb", base, alignment=TA_LEFT, hyphenationLang=None,
                                spaceAfter=0),
        "value": ParagraphStyle("vl", base, alignment=TA_LEFT, spaceAfter=0),
    }


def markup(text, fs=FS):
    """Model text -> reportlab markup: escaped, markers superscript."""
    t = escape(text)
    return re.sub(r"&lt;sup&gt;(\d+)&lt;/sup&gt;",
                  r'<super rise="%.1f" size="%.1f">\1</super>' % (fs * 0.38, fs * 0.62), t)


def para_markers(p, width):
    """Footnote markers a (wrapped) Paragraph shows: its superscript words."""
    p.wrap(width, 10 ** 6)
    bl = p.blPara
    found = []
    if getattr(bl, "kind", 0) == 1:
        for line in bl.lines:
            for w in line.words:
                if getattr(w, "rise", 0) > 0 and w.text.strip().isdigit():
                    found.append(int(w.text.strip()))
    return found


class Item:
    """One flowable of the body, with what the page builder needs."""

    def __init__(self, flow, kind, keep_with_next=False, page_break=False):
        self.flow, self.kind = flow, kind
        self.keep_with_next, self.page_break = keep_with_next, page_break


def build_items(doc, st):
    items = []
    m = doc.meta
    # cover block: council and place/date, document number, markings
    cover = Table([[Paragraph(escape(m["council"]), st["cover_left"]),
                    Paragraph(escape(m.get("place_date", "")), st["cover_right"])]],
                  colWidths=[BODY_W * 0.5, BODY_W * 0.5])
    cover.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    items.append(Item(cover, "cover"))
    right = [[None, Paragraph(escape(m["docnum"]), st["docnum"])]]
    for mk in m["markings"]:
        right.append([None, Paragraph(escape(mk), st["marking"])])
    tb = Table(right, colWidths=[BODY_W * 0.5, BODY_W * 0.5])
    tb.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, 0), 6)]))
    items.append(Item(tb, "cover"))
    items.append(Item(Paragraph(escape(m["note_type"]), st["notetype"]), "cover"))
    rows = [[Paragraph(escape(a), st["label"]), Paragraph(markup(b), st["value"])]
            for a, b in m["labels"]]
    lt = Table(rows, colWidths=[3.6 * cm, BODY_W - 3.6 * cm])
    lt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, "black"),
                            ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    items.append(Item(lt, "labels"))
    items.append(Item(Spacer(14), "space"))

    for b in doc.blocks:
        kind = b[0]
        if kind == "para":
            items.append(Item(Paragraph(markup(b[2]), st["para"], bulletText="%d." % b[1]),
                              "para"))
        elif kind == "point":
            items.append(Item(Paragraph(markup(b[2]), st["point"], bulletText=b[1]),
                              "point"))
        elif kind == "text":
            items.append(Item(Paragraph(markup(b[1]), st["text"]), "text"))
        elif kind == "heading":
            items.append(Item(Paragraph(markup(b[1]), st["heading"]), "heading",
                              keep_with_next=True))
        elif kind == "chapter":
            head = (escape(b[1]) + "<br/>" if b[1] else "") + escape(b[2])
            items.append(Item(Paragraph(head,
                                        st["chapter"]), "chapter", keep_with_next=True))
        elif kind == "annex":
            items.append(Item(Paragraph(escape(m["annex_word"]), st["annexword"]),
                              "annexword", page_break=True))
            items.append(Item(Paragraph(markup(b[1]), st["title"]), "title",
                              keep_with_next=True))
    return items


class Spacer:
    def __init__(self, h):
        self.h = h

    def wrap(self, w, h):
        return w, self.h

    def split(self, w, h):
        return []

    def drawOn(self, c, x, y):
        pass

    def getSpaceBefore(self):
        return 0

    def getSpaceAfter(self):
        return 0


class Page:
    def __init__(self, annex):
        self.placed = []        # (flow, y_top)
        self.footnotes = []     # numbers, in order of appearance
        self.y = BODY_TOP       # next free y (top of the next flowable)
        self.annex = annex
        self.first_annex = False


def layout(doc, out_pdf):
    fonts()
    st = styles(doc.meta.get("hyphen_lang", "en_US"))
    items = build_items(doc, st)
    fn_paras, fn_h = {}, {}
    for n in doc.footnotes:
        # the number is a superscript at the left, the body hangs
        p2 = Paragraph('<bullet><super rise="3" size="6.5">%d</super></bullet>%s'
                       % (n, markup(doc.footnotes[n], 9)), st["footnote"])
        fn_paras[n] = p2
        fn_h[n] = p2.wrap(BODY_W, 10 ** 6)[1] + st["footnote"].spaceAfter

    def fn_height(nums):
        return (0.6 * cm + sum(fn_h[n] for n in nums)) if nums else 0

    pages = [Page(False)]
    annex = False

    def bottom_limit(page, extra=()):
        nums = page.footnotes + [n for n in extra if n not in page.footnotes]
        return BODY_BOTTOM + fn_height(nums)

    def new_page():
        pages.append(Page(annex))

    def fresh(marks):
        # a body is printed once, at the foot of its first marker's page: a
        # marker repeated later (paragraph 52's second "20") gets no body
        done = {n for p in pages[:-1] for n in p.footnotes}
        return [n for n in marks if n not in done]

    i = 0
    pending_flow = None
    while i < len(items) or pending_flow is not None:
        if pending_flow is not None:
            it, flow, continuing = pending_item, pending_flow, True
        else:
            it, flow, continuing = items[i], items[i].flow, False
        page = pages[-1]
        if it.page_break and not continuing:
            annex = True
            new_page()
            page = pages[-1]
            page.first_annex = True
        space_before = 0 if (continuing or page.y == BODY_TOP) else flow.getSpaceBefore()
        w, h = flow.wrap(BODY_W, 10 ** 6)
        marks = fresh(para_markers(flow, BODY_W) if isinstance(flow, Paragraph) else [])
        need_next = 0
        if it.keep_with_next:
            # keep a heading with the first three lines of what follows
            j = i + 1
            if j < len(items):
                nf = items[j].flow
                nw, nh = nf.wrap(BODY_W, 10 ** 6)
                need_next = min(nh, 3 * LEAD) + nf.getSpaceBefore() + flow.getSpaceAfter()
        top = page.y - space_before
        if top - h - need_next >= bottom_limit(page, marks):
            page.placed.append((flow, top, h))
            page.footnotes += [n for n in marks if n not in page.footnotes]
            page.y = top - h - flow.getSpaceAfter()
            pending_flow = None
            if not continuing:
                i += 1
            continue
        # does not fit whole: split a paragraph so that its markers' bodies fit
        placed = False
        if not it.keep_with_next and isinstance(flow, (Paragraph, Table)):
            avail = top - bottom_limit(page)
            while avail > 2 * LEAD:
                parts = flow.split(BODY_W, avail)
                if len(parts) < 2:
                    break
                first = parts[0]
                fw, fh = first.wrap(BODY_W, 10 ** 6)
                fm = fresh(para_markers(first, BODY_W) if isinstance(first, Paragraph) else [])
                if top - fh >= bottom_limit(page, fm):
                    page.placed.append((first, top, fh))
                    page.footnotes += [n for n in fm if n not in page.footnotes]
                    page.y = top - fh
                    pending_item, pending_flow = it, parts[1]
                    if not continuing:
                        i += 1
                    placed = True
                    break
                avail -= LEAD
        if placed:
            new_page()
            continue
        if page.placed:
            new_page()
            if continuing:
                pending_item, pending_flow = it, flow
            continue
        raise SystemExit("render.py: a block does not fit on an empty page")

    draw(doc, pages, fn_paras, fn_h, out_pdf)
    return len(pages)


def draw(doc, pages, fn_paras, fn_h, out_pdf):
    m = doc.meta
    c = pdfcanvas.Canvas(out_pdf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(m.get("title", m["docnum"]))
    c.setAuthor(m["council"])
    c.setCreator("policy_tracker test/documents/render.py")
    for pno, page in enumerate(pages, 1):
        for flow, top, h in page.placed:
            flow.drawOn(c, LEFT, top - h)
        if page.footnotes:
            hs = sum(fn_h[n] for n in page.footnotes)
            y = BODY_BOTTOM + hs
            c.setLineWidth(0.5)
            c.line(LEFT, y + 0.3 * cm, LEFT + 5 * cm, y + 0.3 * cm)
            for n in page.footnotes:
                p = fn_paras[n]
                ph = p.wrap(BODY_W, 10 ** 6)[1]
                p.drawOn(c, LEFT, y - ph)
                y -= fn_h[n]
        # footer: number, initials and page / [ANNEX], DG and language
        c.setLineWidth(0.5)
        c.line(LEFT, FOOTER_H, PAGE_W - RIGHT, FOOTER_H)
        y1, y2 = FOOTER_H - 0.55 * cm, FOOTER_H - 1.05 * cm
        mid = LEFT + 8.0 * cm
        c.setFont("Serif", 10)
        c.drawString(LEFT, y1, m["docnum"])
        c.drawString(mid, y1, m["initials"])
        c.drawRightString(PAGE_W - RIGHT, y1, str(pno))
        if page.annex:
            c.drawString(LEFT, y2, m["annex_word"])
        c.drawString(mid, y2, m["dg"])
        c.setFont("Serif-Bold", 10)
        c.drawRightString(PAGE_W - RIGHT, y2, m["lang"])
        c.showPage()
    c.save()


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: render.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    jobs = [("13943-17_en", parse_corpus, os.path.join(CORPUS_DIR, CORPUS_FILE)),
            ("de_fixture", parse_fixture, os.path.join(HERE, "fixtures", "de_conclusions.txt"))]
    for name, parse, src in jobs:
        if not os.path.isfile(src):
            raise SystemExit("render.py: missing source %s" % src)
        doc = parse(src)
        with open(os.path.join(out, name + ".model.txt"), "w", encoding="utf-8") as f:
            f.write(doc.dump())
        n = layout(doc, os.path.join(out, name + ".pdf"))
        print("render.py: %s.pdf: %d pages, %d blocks, %d footnotes"
              % (name, n, len(doc.blocks), len(doc.footnotes)))


if __name__ == "__main__":
    main()
