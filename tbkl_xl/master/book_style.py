"""How the tool's cells look and print: the style templates, one cell written, row heights,
the deadline formats and dropdowns, the title and legend rows, the print setup."""
from __future__ import annotations

from copy import copy
from datetime import date, datetime
from typing import Optional

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.properties import PageSetupProperties

from . import layout as L
from .highlight import COLOURS, DONE_LATE, DONE_ON_TIME, DUE_SOON, OVERDUE

APP_AUTHOR = "tbkl-xl"          # author of the comments the tool writes (staff comments are kept)


CORRECTION_NOTE = "Cán bộ đã hiệu đính ô này."     # how the tool's note on a corrected cell begins


COMMENT_SEP = "\n—\n"          # a staff comment and the tool's note under it


CORRECTED_FONT = "1F4E9F"       # corrected cells: italic, this blue, a blue border


LINK_FONT = "0563C1"


HEADER_FILL = "DDEBF7"


TITLE_SIZE = 14


MARGINS = (0.45, 0.35, 0.6, 0.6)             # left, right, top, bottom (inches)


PAGE_WIDTH_PT = (11.69 - MARGINS[0] - MARGINS[1]) * 72     # A4 landscape between the margins


PX_PER_CHAR = 8                 # a column width unit in pixels, as LibreOffice prints it (Excel: 7)


MIN_PRINT_PT = 9.0              # body text must not print smaller than this


# ---------------------------------------------------------------- styles
class Styles:
    """Style templates registered once; each cell gets a copy of a template's style array."""

    def __init__(self, wb):
        ws = wb.worksheets[0] if wb.worksheets else wb.create_sheet("_tmp")
        self.font = Font(name=L.FONT_NAME, size=L.FONT_SIZE)
        self.align = Alignment(wrap_text=True, vertical="top")
        blue = Side(style="thin", color=CORRECTED_FONT)

        def make(font=None, alignment=None, number_format=None, fill=None, border=None,
                 quote=False):
            c = Cell(ws)
            c.font = font or self.font
            c.alignment = alignment or self.align
            if number_format:
                c.number_format = number_format
            if fill:
                c.fill = fill
            if border:
                c.border = border
            if quote:
                c.quotePrefix = True
            return c._style
        corr_font = Font(name=L.FONT_NAME, size=L.FONT_SIZE, italic=True, color=CORRECTED_FONT)
        corr_border = Border(left=blue, right=blue, top=blue, bottom=blue)
        self.text = make()
        self.quoted = make(quote=True)
        self.date = make(number_format=L.DATE_FORMAT)
        self.datetime = make(number_format=L.DATETIME_FORMAT)
        self.int = make(number_format="0", alignment=Alignment(vertical="top", horizontal="center"))
        self.link = make(font=Font(name=L.FONT_NAME, size=L.FONT_SIZE, color=LINK_FONT, underline="single"))
        self.link_date = make(font=Font(name=L.FONT_NAME, size=L.FONT_SIZE, color=LINK_FONT, underline="single"),
                              number_format=L.DATE_FORMAT)
        self.corr_text = make(font=corr_font, border=corr_border)
        self.corr_quoted = make(font=corr_font, border=corr_border, quote=True)
        self.corr_date = make(font=corr_font, border=corr_border, number_format=L.DATE_FORMAT)
        self.header = make(font=Font(name=L.FONT_NAME, size=L.FONT_SIZE, bold=True),
                           alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"),
                           fill=PatternFill("solid", fgColor=HEADER_FILL))
        self.title = make(font=Font(name=L.FONT_NAME, size=TITLE_SIZE, bold=True),
                          alignment=Alignment(vertical="center", horizontal="left"))
        self.legend_head = make(font=Font(name=L.FONT_NAME, size=11, italic=True),
                                alignment=Alignment(vertical="center", horizontal="right"))
        self.legend = {}
        for cls in (OVERDUE, DUE_SOON, DONE_ON_TIME, DONE_LATE):
            fill, fontc = COLOURS[cls]
            self.legend[cls] = make(font=Font(name=L.FONT_NAME, size=11, color=fontc),
                                    alignment=Alignment(vertical="center", horizontal="center",
                                                        wrap_text=True),
                                    fill=PatternFill("solid", fgColor=fill))
        self.legend["corrected"] = make(font=Font(name=L.FONT_NAME, size=11, italic=True,
                                                  color=CORRECTED_FONT), border=corr_border,
                                        alignment=Alignment(vertical="center", horizontal="center",
                                                            wrap_text=True))
        # the look of the tool's own cells (font, fill, border): any other is staff markup.
        # Compared by what it looks like, not by style ids: LibreOffice saves the same look
        # under other ids (fonts with a charset and family)
        self.wb = wb
        self.ours = {self._look(s.fontId, s.fillId, s.borderId)
                     for s in (self.text, self.quoted, self.date, self.datetime, self.int,
                               self.link, self.link_date, self.corr_text, self.corr_quoted,
                               self.corr_date, self.header)}
        self._is_ours: dict = {}
        if ws.title == "_tmp":
            wb.remove(ws)

    def _look(self, font_id, fill_id, border_id) -> tuple:
        def rgb(color):
            kind = getattr(color, "type", None)
            if kind == "rgb":
                return color.rgb[-6:].upper()
            if kind is None:
                return None
            return (kind, getattr(color, kind, None), round(color.tint or 0, 3))
        f = self.wb._fonts[font_id]
        fill = self.wb._fills[fill_id]
        b = self.wb._borders[border_id]
        pattern = getattr(fill, "patternType", None)
        if not hasattr(fill, "patternType"):            # a gradient: never the tool's
            pattern = ("gradient", repr(fill))
        return ((f.name, float(f.sz or 0), bool(f.b), bool(f.i), f.u or None, rgb(f.color)),
                (pattern, rgb(fill.fgColor) if pattern and hasattr(fill, "fgColor") else None),
                tuple((s.style, rgb(s.color)) if s is not None and s.style else None
                      for s in (b.left, b.right, b.top, b.bottom)))

    def is_ours(self, style) -> bool:
        """Is a cell's look (its style array) one the tool writes?"""
        key = (style.fontId, style.fillId, style.borderId)
        if key not in self._is_ours:
            self._is_ours[key] = self._look(*key) in self.ours
        return self._is_ours[key]

    def for_value(self, v, corrected=False):
        if isinstance(v, datetime) and (v.hour or v.minute or v.second):
            return self.datetime
        if isinstance(v, date):
            return self.corr_date if corrected else self.date
        if isinstance(v, str) and not isinstance(v, L.Formula) and v.startswith("="):
            return self.corr_quoted if corrected else self.quoted
        return self.corr_text if corrected else self.text


def put_cell(ws, r: int, c: int, v, style):
    """Write one cell; text is always text (a leading '=' never makes a formula).  The type is
    set directly: every text here is already fit for a cell (``layout.clean_text`` or read
    from a cell), and openpyxl's own checks cost a third of a large write."""
    cell = Cell(ws, row=r, column=c)
    if v is None:
        pass
    elif isinstance(v, L.Formula):
        cell._value, cell.data_type = str(v), "f"
    elif isinstance(v, str):
        cell._value, cell.data_type = v, "s"
    elif isinstance(v, bool):
        cell._value, cell.data_type = v, "b"
    elif isinstance(v, (int, float)):
        cell._value, cell.data_type = v, "n"
    elif isinstance(v, (date, datetime)):
        cell._value, cell.data_type = v, "d"
    else:
        cell.value = v
    cell._style = copy(style)
    ws._cells[(r, c)] = cell
    return cell


def put_plain(ws, r, c, v):
    cell = Cell(ws, row=r, column=c)
    if v is not None:
        cell.value = v
        if cell.data_type == "f":
            cell.data_type = "s"
    ws._cells[(r, c)] = cell


def clear_rows(ws, first: int) -> list:
    """Remove every cell, merge and row format from row ``first`` down; returns the merges that
    were there (staff's: the caller reports them)."""
    for key in [k for k in ws._cells if k[0] >= first]:
        del ws._cells[key]
    gone = []
    for mr in list(ws.merged_cells.ranges):
        if mr.max_row >= first:
            ws.merged_cells.remove(mr)
            gone.append(str(mr))
    for r in [r for r in ws.row_dimensions if r >= first]:
        del ws.row_dimensions[r]
    return gone


class AutoHeightRow(RowDimension):
    """A row height written as a hint, not fixed: applications that do not size rows
    themselves (LibreOffice when printing) use it, Excel still fits the row as staff type."""
    @property
    def customHeight(self):
        return False


LINE_HEIGHT = L.FONT_SIZE * 1.3            # points per line of wrapped text


CHARS_PER_WIDTH = 1.0                      # characters of 12 pt Times per unit of column width


MAX_ROW_HEIGHT = 409                       # Excel's limit


def wrapped_lines(text: str, per_line: int) -> int:
    """Lines a text takes when wrapped at spaces into lines of ``per_line`` characters (a word
    longer than a line is cut across lines)."""
    total = 0
    for part in text.split("\n"):
        lines, used = 1, 0
        for word in part.split():
            n = len(word)
            if used and used + 1 + n <= per_line:
                used += 1 + n
            elif not used and n <= per_line:
                used = n
            else:
                if used:
                    lines += 1
                lines += (n - 1) // per_line
                used = n % per_line or per_line
        total += lines
    return max(total, 1)


def row_height(values, widths) -> float | None:
    """Estimated height of a row of wrapped text (None for a one-line row)."""
    lines = 1
    for v, w in zip(values, widths):
        if isinstance(v, str) and v:
            per_line = max(1, int(w * CHARS_PER_WIDTH))
            lines = max(lines, wrapped_lines(v, per_line))
    if lines == 1:
        return None
    return min(MAX_ROW_HEIGHT, round(lines * LINE_HEIGHT + 3, 1))


def _col(headers, name) -> str:
    return get_column_letter(headers.index(name) + 1)


def conditional_rules(headers, first: int = 2) -> list:
    """(class, formula) of the deadline formats, in priority order; relative to row ``first``."""
    dl, st, dd = (_col(headers, c) for c in (L.C_DEADLINE, L.C_STATUS, L.C_DONE_DATE))
    r = first
    return [
        (DONE_LATE, f"AND(ISNUMBER(${dd}{r}),ISNUMBER(${dl}{r}),${dd}{r}>${dl}{r})"),
        (DONE_ON_TIME, f'OR(${st}{r}="{L.ST_DONE}",ISNUMBER(${dd}{r}))'),
        (OVERDUE, f'AND(${st}{r}<>"{L.ST_DROPPED}",ISNUMBER(${dl}{r}),${dl}{r}<TODAY())'),
        (DUE_SOON, f'AND(${st}{r}<>"{L.ST_DROPPED}",ISNUMBER(${dl}{r}),${dl}{r}-TODAY()<={L.DUE_SOON_NAME})'),
    ]


def left_formula(headers, row: int) -> str:
    dl, st, dd = (_col(headers, c) for c in (L.C_DEADLINE, L.C_STATUS, L.C_DONE_DATE))
    return (f'=IF(OR(NOT(ISNUMBER(${dl}{row})),${st}{row}="{L.ST_DONE}",'
            f'${st}{row}="{L.ST_DROPPED}",ISNUMBER(${dd}{row})),"",${dl}{row}-TODAY())')


OUR_FILLS = {v[0] for v in COLOURS.values()}


def is_our_rule(rule) -> bool:
    try:
        fill = rule.dxf.fill.bgColor.rgb[-6:] if rule.dxf and rule.dxf.fill else None
    except AttributeError:
        fill = None
    text = " ".join(rule.formula or ())
    return fill in OUR_FILLS and ("ISNUMBER" in text or L.ST_DONE in text)


def status_list() -> str:
    return '"' + ",".join(L.STATUSES) + '"'


def is_our_validation(dv) -> bool:
    return dv.type == "list" and dv.formula1 in (status_list(), f'"{L.REVIEWED}"')


# ---------------------------------------------------------------- title rows
TITLE_TAIL = ": nhiệm vụ theo dõi đến ngày "


def title_formula(title: str) -> str:
    """The title row: what the sheet holds and 'theo dõi đến ngày' with today's date (a formula,
    so a printed sheet is dated the day it is printed and the file need not change daily)."""
    t = title.replace('"', '""')
    return (f'="{t}{TITLE_TAIL}"&RIGHT("0"&DAY(TODAY()),2)&"/"'
            f'&RIGHT("0"&MONTH(TODAY()),2)&"/"&YEAR(TODAY())')


LEGEND = [(None, "Chú thích màu:"), (OVERDUE, "Quá hạn, chưa hoàn thành"),
          (DUE_SOON, L.Formula(f'="Sắp đến hạn (còn ≤ "&{L.DUE_SOON_NAME}&" ngày)"')),
          (DONE_ON_TIME, "Hoàn thành đúng hạn"), (DONE_LATE, "Hoàn thành trễ hạn"),
          ("corrected", "Chữ nghiêng xanh, viền xanh: ô cán bộ đã hiệu đính")]


LEGEND_TEXTS = {str(text) for _, text in LEGEND}


def write_title_rows(ws, title, headers, styles) -> None:
    last = get_column_letter(max(1, print_span(headers)))
    put_cell(ws, 1, 1, L.Formula(title_formula(title)), styles.title)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 24
    # the colour legend, under the title
    legend = LEGEND
    slots = _legend_slots(headers, len(legend))
    for (cls, text), (a, b) in zip(legend, slots):
        style = styles.legend_head if cls is None else styles.legend[cls]
        put_cell(ws, 2, a, text, style)
        for c in range(a + 1, b + 1):
            put_cell(ws, 2, c, None, style)
        if b > a:
            ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    ws.row_dimensions[2].height = 30


def print_span(headers) -> int:
    """Columns printed for a department: from A to the last of ``PRINT_COLUMNS`` present."""
    idx = [i for i, h in enumerate(headers) if h in L.PRINT_COLUMNS]
    return (max(idx) + 1) if idx else len(headers)


def _legend_slots(headers, n) -> list:
    """Split the printed columns into at most ``n`` runs of about equal width (1-based, inclusive)."""
    span = print_span(headers)
    widths = [L.WIDTHS.get(h, L.EXTRA_WIDTH) for h in headers[:span]]
    share = sum(widths) / n
    slots, start, acc = [], 0, 0.0
    for k in range(n):
        if start >= span:
            break
        end = start
        acc += widths[end]
        if k == n - 1:
            end = span - 1
        else:
            while (end + 1 < span - (n - k - 1)
                   and acc + widths[end + 1] / 2 <= share * (k + 1)):
                end += 1
                acc += widths[end]
        slots.append((start + 1, end + 1))
        start = end + 1
    return slots


def print_scale(headers, widths) -> Optional[int]:
    """Fit the printed columns to the page width when the text stays >= 9 pt; else a fixed
    scale that keeps 9 pt (the columns then go on to a second page)."""
    span = print_span(headers)
    px = sum(w * PX_PER_CHAR + 5 for w in widths[:span])
    scale = min(1.0, PAGE_WIDTH_PT / (px * 0.75))
    if scale * L.FONT_SIZE >= MIN_PRINT_PT:
        return None
    return int(100 * MIN_PRINT_PT / L.FONT_SIZE + 0.999)


def print_setup(ws, headers, widths, header_row, *, landscape=True) -> None:
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom = MARGINS
    ws.page_margins.header, ws.page_margins.footer = 0.3, 0.3
    scale = print_scale(headers, widths) if landscape else None
    if scale is None:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    else:
        ws.page_setup.scale = scale
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.print_title_rows = f"1:{header_row}"
    ws.oddFooter.right.text = "Trang &P/&N"
    ws.oddFooter.right.size = 9
    ws.oddFooter.right.font = L.FONT_NAME
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.left.size = 9
    ws.oddFooter.left.font = L.FONT_NAME
