"""Administrative documents in the format of Nghị định 30/2020/NĐ-CP (python-docx).

A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the
two-column header (the issuing body under its parent body, with a short rule; the national motto
with a rule as long as itself), ``Số: …``, the place and date in italics, the title and its
trích yếu, numbered sections, tables, ``Nơi nhận`` in 12/11 and the signature block.  Page
numbers from page 2, centred at the top.

The report and the reminder letters are built from these pieces; each piece is a plain function
over a ``docx.Document``.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional, Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.table import _Cell
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
PAGE_W, PAGE_H = Mm(210), Mm(297)
MARGINS = {"top": Mm(20), "bottom": Mm(20), "left": Mm(30), "right": Mm(15)}
TEXT_WIDTH_CM = 16.5                    # 210 - 30 - 15 mm
HEAD_LEFT_CM, HEAD_RIGHT_CM = 6.3, 10.2
CELL_MARGIN_CM = 0.19                   # Word's default left/right cell margin


@dataclass(frozen=True)
class Letterhead:
    parent: str                         # "UBND TỈNH LẠNG SƠN"
    issuer: str                         # "VĂN PHÒNG"
    number: str                         # "Số:        /BC-VP" (the number left blank)
    place: str                          # "Lạng Sơn"
    day: date
    subject: str = ""                   # "V/v …" under the number (công văn only)


MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def place_date(place: str, d: date) -> str:
    """``Lạng Sơn, ngày 05 tháng 02 năm 2026``: a day below 10 and the months 1 and 2 with a
    leading zero (Nghị định 30, Phụ lục I)."""
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {day} tháng {month} năm {d.year}"


# ---------------------------------------------------------------- text width (for the rules)
# Advance widths (1/1000 em) of Times Roman and Times Bold for the letters of Vietnamese
# (accents do not change a letter's width; đ is as wide as d).
_W_REG = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -,.:/",
                  [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556,
                   722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 444, 500, 444, 500, 444, 333,
                   500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500,
                   722, 500, 500, 444, 250, 333, 250, 250, 278, 278]))
_W_BOLD = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz -,.:/",
                   [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611,
                    778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 500, 556, 444, 556, 444, 333,
                    500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500,
                    722, 500, 500, 444, 250, 333, 250, 250, 333, 278]))


def text_width_cm(text: str, size_pt: float, bold: bool = False) -> float:
    table = _W_BOLD if bold else _W_REG
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    units = sum(table.get(ch, 500) for ch in base if not unicodedata.combining(ch))
    return units / 1000 * size_pt / 72 * 2.54


# ---------------------------------------------------------------- low-level helpers
def _set_fonts(rpr_parent) -> None:
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(k), FONT)


def _run(p, text: str, size: float = BODY_PT, bold=False, italic=False):
    r = p.add_run(text)
    r.font.name = FONT
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    _set_fonts(r._r)
    return r


def _fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=0, after=6, first=None, left=None, right=None,
         keep_next=False, line=1.0):
    pf = p.paragraph_format
    p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    pf.line_spacing = line
    if first is not None:
        pf.first_line_indent = Cm(first)
    if left is not None:
        pf.left_indent = Cm(left)
    if right is not None:
        pf.right_indent = Cm(right)
    if keep_next:
        pf.keep_with_next = True
    return p


# the elements of w:pPr that come after w:pBdr (schema order)
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
               "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
               "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
               "w:rPr", "w:sectPr", "w:pPrChange")


def _rule(container, width_cm: float, avail_cm: float, before: float = 4):
    """A solid rule, ``width_cm`` long, centred in ``avail_cm``: the top border of an empty,
    2-pt high paragraph added to ``container`` (a document or a table cell)."""
    p = container.add_paragraph()
    side = max(0.0, (avail_cm - width_cm) / 2)
    pf = p.paragraph_format
    pf.left_indent = Cm(side)
    pf.right_indent = Cm(side)
    pf.space_before = Pt(before)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(2)
    _run(p, "", 2)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.insert_element_before(bdr, *_AFTER_PBDR)
    return p


def _cell_width(cell, cm: float) -> None:
    cell.width = Cm(cm)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def _fixed_layout(table, widths: Sequence[float]) -> None:
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            _cell_width(cell, w)


def _cell_par(cell, first: bool):
    return cell.paragraphs[0] if first else cell.add_paragraph()


def _field(p, instr: str, size: float):
    r = _run(p, "", size)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r._r.addnext(fld)
    inner = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    inner.append(t)
    fld.append(inner)


# ---------------------------------------------------------------- the document
def new_document(title: str = "", *, landscape: bool = False) -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = (PAGE_H, PAGE_W) if landscape else (PAGE_W, PAGE_H)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    for k, v in MARGINS.items():
        setattr(sec, f"{k}_margin", v)
    sec.header_distance = Mm(10)
    sec.footer_distance = Mm(10)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().append(lang)
    # page number from page 2, centred in the header
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    _fmt(hp, WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _field(hp, "PAGE", 13)
    doc.core_properties.title = title
    doc.core_properties.author = "Văn phòng UBND tỉnh"
    doc.core_properties.language = "vi-VN"
    return doc


def letterhead(doc, lh: Letterhead) -> None:
    """The two-column header of Nghị định 30 (Phụ lục I, mục I)."""
    t = doc.add_table(rows=2, cols=2)
    _no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fixed_layout(t, (HEAD_LEFT_CM, HEAD_RIGHT_CM))
    left, right = t.cell(0, 0), t.cell(0, 1)
    avail_l = HEAD_LEFT_CM - 2 * CELL_MARGIN_CM
    avail_r = HEAD_RIGHT_CM - 2 * CELL_MARGIN_CM

    p = _fmt(_cell_par(left, True), WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _run(p, lh.parent.upper(), 13)
    p = _fmt(_cell_par(left, False), WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _run(p, lh.issuer.upper(), 13, bold=True)
    # rule: between 1/3 and 1/2 of the issuing body's line, centred under it
    _rule(left, max(1.2, 0.45 * text_width_cm(lh.issuer.upper(), 13, True)), avail_l)

    p = _fmt(_cell_par(right, True), WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _run(p, MOTTO_1, 12.5, bold=True)
    p = _fmt(_cell_par(right, False), WD_ALIGN_PARAGRAPH.CENTER, after=0)
    _run(p, MOTTO_2, 13.5, bold=True)
    _rule(right, text_width_cm(MOTTO_2, 13.5, True), avail_r)

    left, right = t.cell(1, 0), t.cell(1, 1)
    p = _fmt(_cell_par(left, True), WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
    _run(p, lh.number, 13)
    if lh.subject:
        p = _fmt(_cell_par(left, False), WD_ALIGN_PARAGRAPH.CENTER, before=4, after=0)
        _run(p, lh.subject, 12.5)
    p = _fmt(_cell_par(right, True), WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
    _run(p, place_date(lh.place, lh.day), 14, italic=True)


def title(doc, kind: str, subject_lines: Iterable[str]) -> None:
    """``BÁO CÁO`` and its trích yếu, bold, centred, a short rule under them."""
    p = _fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, before=18, after=0, keep_next=True)
    _run(p, kind.upper(), 14, bold=True)
    lines = list(subject_lines)
    for i, line in enumerate(lines):
        p = _fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, after=0, keep_next=True)
        _run(p, line, 14, bold=True)
    _rule(doc, 3.0, TEXT_WIDTH_CM, before=5)
    _fmt(doc.add_paragraph(), after=6)


def addressee(doc, names: Sequence[str]) -> None:
    """``Kính gửi: …`` (one name on the line, several as a list under it)."""
    if len(names) == 1:
        p = _fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12)
        _run(p, "Kính gửi: ", BODY_PT)
        _run(p, names[0] + ".", BODY_PT)
        return
    p = _fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, before=12, after=0, left=3.0)
    _run(p, "Kính gửi:", BODY_PT)
    for i, n in enumerate(names):
        p = _fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, after=0, left=4.5)
        _run(p, f"- {n}{'.' if i == len(names) - 1 else ';'}", BODY_PT)
    _fmt(doc.add_paragraph(), after=6)


def para(doc, text: str = "", *, bold=False, italic=False, indent=True, size=BODY_PT, runs=None,
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6, keep_next=False):
    """A body paragraph: justified, first line indented 1.27 cm.  ``runs``: (text, bold,
    italic) pieces instead of ``text``."""
    p = _fmt(doc.add_paragraph(), align, after=after, first=1.27 if indent else None,
             keep_next=keep_next, line=1.1)
    for piece, b, i in (runs or [(text, bold, italic)]):
        _run(p, piece, size, bold=b, italic=i)
    return p


def heading(doc, text: str) -> None:
    """A numbered section heading (``I. …``, ``1. …``): bold, keeps with what follows."""
    p = _fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, before=6, after=6, first=1.27,
             keep_next=True)
    _run(p, text, BODY_PT, bold=True)


def table(doc, headers: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float], *,
          align: Sequence[str] = (), size: float = TABLE_PT, bold_rows: Iterable[int] = (),
          head_size: Optional[float] = None) -> None:
    """A ruled table; the header row bold and repeated on every page.  ``align`` per column:
    "l", "c", "r" or "j" (default "l").  A row given as a string is a group row: one cell
    across the table, bold."""
    bold_rows = set(bold_rows)
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fixed_layout(t, widths)
    mar = OxmlElement("w:tblCellMar")               # narrow cell margins: 1 mm left and right
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), "57")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    t._tbl.tblPr.append(mar)
    amap = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
            "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}
    trpr = t._tbl.tr_lst[0].get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    tr_list = t._tbl.tr_lst                     # cells from each row's XML: python-docx's
    row_cells = (lambda i: [_Cell(tc, t) for tc in tr_list[i].tc_lst])   # t.cell() is quadratic
    head_cells = row_cells(0)
    for j, text in enumerate(headers):
        c = head_cells[j]
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = _fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER, before=2, after=2)
        _run(p, text, head_size or size, bold=True)
    for i, row in enumerate(rows, 1):
        # a row is never split over two pages
        trpr = tr_list[i].get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
        cells = row_cells(i)
        if isinstance(row, str):            # a group row: one merged cell, bold
            c = cells[0].merge(cells[len(headers) - 1])
            p = _fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT, before=2, after=2, keep_next=True)
            _run(p, row, size, bold=True)
            continue
        for j, v in enumerate(row):
            c = cells[j]
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            a = align[j] if j < len(align) else "l"
            p = _fmt(c.paragraphs[0], amap[a], before=2, after=2)
            _run(p, "" if v is None else str(v), size, bold=(i - 1) in bold_rows)
    _fmt(doc.add_paragraph(), after=6)


def closing(doc, recipients: Sequence[str], signer: str, *, on_behalf: str = "") -> None:
    """``Nơi nhận`` (12 bold italic; the list in 11) on the left, the signature block on the
    right: the signer's title in capitals, bold, with room for the signature; the name is left
    for the signer."""
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    _fixed_layout(t, (7.6, 8.9))
    left, right = t.cell(0, 0), t.cell(0, 1)
    p = _fmt(_cell_par(left, True), WD_ALIGN_PARAGRAPH.LEFT, before=6, after=0)
    _run(p, "Nơi nhận:", 12, bold=True, italic=True)
    for i, r in enumerate(recipients):
        p = _fmt(_cell_par(left, False), WD_ALIGN_PARAGRAPH.LEFT, after=0)
        _run(p, f"- {r}{'.' if i == len(recipients) - 1 else ';'}", 11)
    first = True
    if on_behalf:
        p = _fmt(_cell_par(right, True), WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0)
        _run(p, on_behalf.upper(), 14, bold=True)
        first = False
    p = _fmt(_cell_par(right, first), WD_ALIGN_PARAGRAPH.CENTER, before=0 if on_behalf else 6, after=0)
    _run(p, signer.upper(), 14, bold=True)
    for _ in range(5):
        _fmt(right.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, after=0)
