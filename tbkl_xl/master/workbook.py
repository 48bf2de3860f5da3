"""openpyxl adapter: read the master workbook into plain rows; write back only what the tool owns.

The workbook is loaded whole (openpyxl's normal mode) and written back in place: the task
sheets' task area (header row and below), the notice register, the agency directory, the
settings, the log (appended) and the hidden sheets are regenerated; everything else is the
staff's and stays as it is — their own sheets (formulas, merges, formats, charts), rows they
inserted above a header, column widths they set, and on task rows their comments, hyperlinks,
fills and fonts, which follow the task wherever its row moves.
"""
from __future__ import annotations

import json
import re
import warnings
import zipfile
from xml.etree import ElementTree
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import Rule
from openpyxl.formula.translate import Translator
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.table import TableColumn

from ..errors import WorkbookError
from ..messages import master as MSG
from . import layout as L
from .highlight import COLOURS, DONE_LATE, DONE_ON_TIME, DUE_SOON, OVERDUE
from .merge import SheetView, _later, normalise_record
from .sheets import Columns, canonical, find_header_row, recognise

APP_AUTHOR = "tbkl-xl"          # author of the comments the tool writes (staff comments are kept)
CORRECTION_NOTE = "Cán bộ đã hiệu đính ô này."     # how the tool's note on a corrected cell begins
COMMENT_SEP = "\n—\n"          # a staff comment and the tool's note under it
SNAPSHOT_KEYS = L.RECORD_FIELDS + ("_order", "_targets", "_lead", "_manual", "_seq", "_extra",
                                   "_parser", "_corr", "_conflicts", "_reviewed")
SPARE_ROWS = 1000               # formats and dropdowns reach this far below the last task
CHUNK = 30000                   # characters of record JSON per snapshot cell (limit 32,767)
CORRECTED_FONT = "1F4E9F"       # corrected cells: italic, this blue, a blue border
LINK_FONT = "0563C1"
HEADER_FILL = "DDEBF7"
TITLE_SIZE = 14
MARGINS = (0.45, 0.35, 0.6, 0.6)             # left, right, top, bottom (inches)
PAGE_WIDTH_PT = (11.69 - MARGINS[0] - MARGINS[1]) * 72     # A4 landscape between the margins
PX_PER_CHAR = 8                 # a column width unit in pixels, as LibreOffice prints it (Excel: 7)
MIN_PRINT_PT = 9.0              # body text must not print smaller than this


# ---------------------------------------------------------------- state read from a workbook
@dataclass
class TaskSheet:
    """A task sheet as found in the workbook (openpyxl worksheet kept for the in-place write)."""
    ws: object
    view: SheetView
    header_row: int                 # 1-based
    columns: Columns
    row_numbers: list               # 1-based sheet row of each row of ``view.rows``
    staff_made: bool = False        # staff put something above the header, a chart or a picture
    fixed_heights: set = field(default_factory=set)   # rows whose height a person fixed


@dataclass
class BookState:
    """What a workbook holds, as plain values, and the loaded workbook to write back into."""
    wb: object = None                                  # openpyxl Workbook (None: a new file)
    meta: Optional[dict] = None                        # None: no marker sheet
    sheet_agency: dict = field(default_factory=dict)   # sheet name -> agency (last write)
    sheet_headers: dict = field(default_factory=dict)  # sheet name -> headers (last write)
    snapshot: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    notice_sheet: list = field(default_factory=list)   # Thông báo rows as staff left them
    sheets: list = field(default_factory=list)         # SheetView of every task sheet
    task_sheets: dict = field(default_factory=dict)    # ident (SUMMARY or agency) -> TaskSheet
    agency_headers: list = field(default_factory=list)
    agencies: list = field(default_factory=list)       # Cơ quan rows (lists)
    config: list = field(default_factory=list)         # Cấu hình rows incl. header
    log_rows: int = 0                                  # rows of Nhật ký below its header
    foreign: list = field(default_factory=list)        # names of sheets staff own
    copies: list = field(default_factory=list)         # task-like sheets staff made (copies)
    renamed: dict = field(default_factory=dict)        # agency -> the name staff gave its sheet
    notes: list = field(default_factory=list)          # (source, message) found while reading
    rebuilt: list = field(default_factory=list)        # hidden sheets rebuilt from visible ones
    uncarried: list = field(default_factory=list)      # (sheet, what) staff content not kept

    @property
    def schema(self) -> int:
        try:
            return int((self.meta or {}).get("schema") or 1)
        except (TypeError, ValueError):
            return 1


def cell_value(c):
    """A cell's value, a formula as ``Formula`` (text that begins with '=' stays text)."""
    v = c.value
    if c.data_type == "f":
        return L.Formula(v if isinstance(v, str) else getattr(v, "text", "") or "")
    return v


def _values(ws, min_row=1) -> list:
    out = []
    for row in ws.iter_rows(min_row=min_row):
        out.append([cell_value(c) for c in row])
    while out and all(L.norm_value(v) is None for v in out[-1]):
        out.pop()
    for r in out:
        while r and r[-1] is None:
            r.pop()
    return out


def load(path: Path):
    """openpyxl's normal-mode load, with its warnings about unsupported extensions collected."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        wb = load_workbook(path, rich_text=False, keep_links=True)
    return wb, [str(w.message) for w in caught]


def uncarried_content(path: Path) -> list:
    """Kinds of staff content in the package that the write cannot carry (openpyxl drops
    them): said before writing and logged, never dropped silently.  Keys of
    ``messages.master.UNCARRIED_KINDS``."""
    found = []
    with zipfile.ZipFile(path) as z:
        names = z.namelist()

        def has(prefix):
            return any(n.startswith(prefix) for n in names)
        if any(n.startswith("xl/drawings/") and n.endswith(".xml") and (
                b"<xdr:sp>" in z.read(n) or b"<xdr:sp " in z.read(n)) for n in names):
            found.append("shapes")
        if has("xl/slicers/") or has("xl/slicerCaches/"):
            found.append("slicers")
        if has("xl/timelines/") or has("xl/timelineCaches/"):
            found.append("timelines")
        if any(n.startswith("xl/worksheets/sheet") and b"sparklineGroup" in z.read(n) for n in names):
            found.append("sparklines")
        if has("xl/ctrlProps/"):
            found.append("controls")
        if has("xl/threadedComments/"):
            found.append("threaded")
    return found


def read_book(path: Path) -> BookState:
    """Read every sheet of the workbook (formulas as ``Formula``) and keep it for the write."""
    wb, warns = load(path)
    st = BookState(wb=wb)
    kinds = uncarried_content(path)
    if any("extension is not supported" in w for w in warns) and "sparklines" not in kinds:
        kinds.append("extensions")
    st.uncarried += [("", MSG.UNCARRIED_KINDS[k]) for k in kinds]
    names = wb.sheetnames
    if L.META in names:
        st.meta = {}
        for r in _values(wb[L.META]):
            if not r or r[0] is None:
                continue
            if r[0] == "sheet" and len(r) >= 3:
                st.sheet_agency[str(r[1])] = r[2]
                if len(r) >= 4 and r[3]:
                    try:
                        st.sheet_headers[str(r[1])] = json.loads(str(r[3]))
                    except ValueError:
                        pass
            elif len(r) >= 2:
                st.meta[str(r[0])] = r[1]
    if L.SNAPSHOT in names:
        try:
            st.snapshot = _read_snapshot(_values(wb[L.SNAPSHOT]))
        except WorkbookError as e:           # say what to do: the newest backup to restore
            from .safety import restore_hint
            raise WorkbookError(str(e) + restore_hint(path)) from None
    if L.NOTICE_STORE in names:
        st.notices = _read_records(_values(wb[L.NOTICE_STORE]))
    if L.NOTICES in names:
        st.notice_sheet = _read_records(_values(wb[L.NOTICES]))
    if L.AGENCIES in names:
        rows = _values(wb[L.AGENCIES])
        st.agency_headers = rows[0] if rows else list(L.AGENCY_COLUMNS)
        st.agencies = rows[1:]
    if L.CONFIG in names:
        st.config = _values(wb[L.CONFIG])
    if L.LOG in names:
        st.log_rows = max(0, len(_values(wb[L.LOG])) - 1)
    _find_task_sheets(st, wb)
    fixed = fixed_height_rows(path, [ts.ws.title for ts in st.task_sheets.values()])
    for ts in st.task_sheets.values():
        ts.fixed_heights = fixed.get(ts.ws.title, set())
    return st


_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


_FIXED_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bcustomHeight="(?:1|true)"[^>]*>')
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')


def fixed_height_rows(path: Path, titles: list) -> dict:
    """sheet title -> rows whose height is fixed in the file (``customHeight``): a height a
    person set, as opposed to the hints the tool writes.  openpyxl reads every row with a
    height as fixed, so the file is asked."""
    out: dict = {}
    try:
        with zipfile.ZipFile(path) as z:
            rels = {r.get("Id"): r.get("Target") for r in
                    ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(f"{_NS_PKG}Relationship")}
            book = ElementTree.fromstring(z.read("xl/workbook.xml"))
            names = set(z.namelist())
            for sh in book.iter(f"{_NS_MAIN}sheet"):
                title = sh.get("name")
                target = rels.get(sh.get(f"{_NS_REL}id")) or ""
                part = target.lstrip("/") if target.startswith("/") else "xl/" + target
                if title not in titles or part not in names:
                    continue
                rows = out.setdefault(title, set())
                for m in _FIXED_ROW.finditer(z.read(part)):
                    r = _ROW_NUMBER.search(m.group(0))
                    if r:
                        rows.add(int(r.group(1)))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError):
        return {}
    return out


def _find_task_sheets(st: BookState, wb) -> None:
    owned = set(L.FIXED_SHEETS) - {L.SUMMARY}
    snap = {r[L.C_ID]: r for r in st.snapshot}
    found, loose = {}, []
    for ws in wb.worksheets:
        name = ws.title
        if name in owned:
            continue
        head = [[cell_value(c) for c in row] for row in ws.iter_rows(max_row=12)]
        h = find_header_row(head)
        if h is None:
            if name == L.SUMMARY or name in st.sheet_agency:
                st.notes.append((name, MSG.WARN_SHEET_NO_HEADER.format(sheet=name)))
                st.foreign.append(name)
            else:
                st.foreign.append(name)
            continue
        if name == L.SUMMARY:
            found[L.SUMMARY] = (ws, h)
        elif name in st.sheet_agency:
            found[str(st.sheet_agency[name])] = (ws, h)
        else:
            loose.append((ws, h))
    # a task sheet the tool did not write under that name: a sheet staff renamed (its tasks are
    # those of a sheet now missing) or a copy staff made (kept as theirs, not read)
    missing = {}
    if L.SUMMARY not in found:
        missing[L.SUMMARY] = set(snap)
    for sheet, agency in st.sheet_agency.items():
        agency = str(agency)
        if agency not in found:
            missing[agency] = {tid for tid, r in snap.items()
                               if agency in str(r.get("_targets") or "").split("\n")}
    for ws, h in loose:
        ids = _ids_on(ws, h)
        best, best_share = None, 0.5
        for ident, expected in missing.items():
            if not expected or ident in found:
                continue
            share = len(ids & expected) / len(expected)
            if share > best_share:
                best, best_share = ident, share
        if best is None:
            st.copies.append(ws.title)
            st.foreign.append(ws.title)
            continue
        found[best] = (ws, h)
        if best == L.SUMMARY:
            st.notes.append((ws.title, MSG.WARN_SUMMARY_RENAMED.format(sheet=ws.title)))
        else:
            st.renamed[best] = ws.title
    # the headers last written on each sheet, by what it shows (a renamed sheet: its old name's)
    written = {L.SUMMARY: st.sheet_headers.get(L.SUMMARY)}
    for sheet, agency in st.sheet_agency.items():
        if agency is not None:
            written.setdefault(str(agency), st.sheet_headers.get(sheet))
    for ident, (ws, h) in found.items():
        ts = _read_task_sheet(ws, h, None if ident == L.SUMMARY else ident,
                              st.sheet_headers.get(ws.title) or written.get(ident), snap)
        st.task_sheets[ident] = ts
        st.sheets.append(ts.view)
        for i, label in ts.columns.renamed.items():
            st.notes.append((ws.title, MSG.WARN_HEADER_RENAMED.format(
                sheet=ws.title, label=label or "(trống)", column=ts.columns.names[i])))
        for i, label in ts.columns.relabelled.items():
            st.notes.append((ws.title, (MSG.WARN_HEADER_REPEATED if label else MSG.WARN_HEADER_NONE).format(
                sheet=ws.title, label=label, column=get_column_letter(i + 1),
                new=ts.columns.names[i])))


def _ids_on(ws, h: int) -> set:
    head = [cell_value(c) for c in next(ws.iter_rows(min_row=h + 1, max_row=h + 1))]
    col = next((i for i, v in enumerate(head) if canonical(v) == L.C_ID), None)
    if col is None:
        return set()
    return {str(L.norm_value(r[0].value)) for r in ws.iter_rows(min_row=h + 2, min_col=col + 1,
                                                                 max_col=col + 1)
            if L.norm_value(r[0].value) is not None}


FORMULA_ROW = 100000            # a formula on a task row is kept as if it stood on this row


def shift_formula(v, src: int, dst: int):
    """A formula of sheet row ``src`` as it reads on row ``dst`` (relative references move
    with it, as Excel moves them when it sorts rows); any other value as it is.  Formulas on
    task rows are read as if on ``FORMULA_ROW`` and written on the row their task takes, so
    '=IF($H4<TODAY(),…)' typed beside a task stays about that task wherever its row goes."""
    if not isinstance(v, L.Formula) or src == dst:
        return v
    try:
        return L.Formula(Translator(str(v), origin=f"A{src}").translate_formula(f"A{dst}"))
    except Exception:               # a formula the translator cannot read: kept as typed
        return v


def _read_task_sheet(ws, h: int, agency, expected, snap) -> TaskSheet:
    rows = []
    numbers = []
    labels = None
    for row in ws.iter_rows(min_row=h + 1):
        if labels is None:
            labels = [cell_value(c) for c in row]
            continue
        vals = [cell_value(c) for c in row]
        if any(L.norm_value(v) is not None for v in vals):
            rows.append(vals)
            numbers.append(row[0].row)
    # formulas as if on FORMULA_ROW (but the tool's own, in the computed columns)
    computed = {i for i, v in enumerate(labels or []) if canonical(v) in L.COMPUTED_COLUMNS}
    for vals, r in zip(rows, numbers):
        for i, v in enumerate(vals):
            if isinstance(v, L.Formula) and i not in computed:
                vals[i] = shift_formula(v, r, FORMULA_ROW)
    cols = recognise(labels or [], rows, expected, snap)
    _snapshot_formulas_as_read(cols.names, rows, numbers, snap)
    return TaskSheet(ws=ws, view=SheetView(name=ws.title, agency=agency, headers=cols.names, rows=rows),
                     header_row=h + 1, columns=cols, row_numbers=numbers,
                     staff_made=_staff_made(ws, h + 1))


def _snapshot_formulas_as_read(names: list, rows: list, numbers: list, snap: dict) -> None:
    """A master written before formulas were kept row-free holds them as written on their row:
    a formula still as last written is that value, not an edit (the snapshot takes its
    row-free form)."""
    if L.C_ID not in names:
        return
    idc = names.index(L.C_ID)
    for vals, r in zip(rows, numbers):
        rec = snap.get(str(L.norm_value(vals[idc]))) if idc < len(vals) and vals[idc] is not None else None
        if rec is None:
            continue
        for name, v in zip(names, vals):
            if not isinstance(v, L.Formula) or name is None or name in L.COMPUTED_COLUMNS:
                continue
            raw = shift_formula(v, FORMULA_ROW, r)
            if name in L.RECORD_FIELDS:
                if rec.get(name) == raw and raw != v:
                    rec[name] = v
            elif (rec.get("_extra") or {}).get(name) == raw and raw != v:
                rec["_extra"][name] = v


def _staff_made(ws, header_row: int) -> bool:
    """Does a task sheet hold something staff made besides its task rows: a value above the
    header that is not the tool's title or legend, a chart or a picture?"""
    if getattr(ws, "_charts", None) or getattr(ws, "_images", None):
        return True
    for (r, _c), cell in ws._cells.items():
        if r < header_row and L.norm_value(cell.value) is not None and not _ours_above(cell.value):
            return True
    return False


def _ours_above(v) -> bool:
    """A value of the tool's title row or colour legend."""
    if isinstance(v, str) and v.startswith("="):
        return TITLE_TAIL in v or v in LEGEND_TEXTS
    return v in LEGEND_TEXTS


def _read_records(rows: list) -> list:
    if not rows:
        return []
    heads = [str(h) if h is not None else None for h in rows[0]]
    out = []
    for r in rows[1:]:
        rec = {h: L.norm_value(r[i]) if i < len(r) else None for i, h in enumerate(heads) if h}
        out.append(rec)
    return out


def _enc(v):
    if isinstance(v, L.Formula):
        return {"formula": str(v)}
    if isinstance(v, datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, date):
        return {"date": v.isoformat()}
    if isinstance(v, dict):
        return {"dict": {str(k): _enc(x) for k, x in v.items()}}
    if isinstance(v, (list, tuple)):
        return [_enc(x) for x in v]
    return v


def _dec(v):
    if isinstance(v, dict):
        if "date" in v:
            return date.fromisoformat(v["date"])
        if "datetime" in v:
            return datetime.fromisoformat(v["datetime"])
        if "formula" in v:
            return L.Formula(v["formula"])
        if "dict" in v:
            return {k: _dec(x) for k, x in v["dict"].items()}
        return {k: _dec(x) for k, x in v.items()}      # schema 1: _extra as a plain mapping
    if isinstance(v, list):
        return [_dec(x) for x in v]
    return v


PARSER_SAME = "_ps"             # snapshot: the parser's values are those shown but for the ones given


def snapshot_row(rec: dict) -> list:
    """One hidden row per task: the id, then the record as JSON split over cells.  The notice's
    title is not repeated (it is in the notice store) and of the parser's values only those a
    correction hides are kept: the snapshot of a large master stays small."""
    d = {k: _enc(rec.get(k)) for k in SNAPSHOT_KEYS if rec.get(k) not in (None, {}, [])
         and k not in (L.C_TITLE, "_parser")}
    parser = rec.get("_parser") or {}
    d["_parser"] = {k: _enc(v) for k, v in parser.items()
                    if v != rec.get(k)}
    d[PARSER_SAME] = 1
    js = json.dumps(d, ensure_ascii=False, sort_keys=True)
    return [rec[L.C_ID]] + [js[i:i + CHUNK] for i in range(0, len(js), CHUNK)]


def _read_snapshot(rows: list) -> list:
    out = []
    for r in rows[1:]:
        if not r or r[0] is None:
            continue
        try:
            d = json.loads("".join(str(v) for v in r[1:] if v is not None) or "{}")
        except ValueError:
            raise WorkbookError(MSG.SNAPSHOT_DAMAGED.format(sheet=L.SNAPSHOT, task=r[0]))
        rec = {k: _dec(v) for k, v in d.items()}
        rec[L.C_ID] = str(r[0])
        if rec.pop(PARSER_SAME, None) and not rec.get("_manual"):
            parser = {f: rec.get(f) for f in L.CORRECTABLE_COLUMNS + (L.C_REVIEW, "_targets")}
            parser.update(rec.get("_parser") or {})
            rec["_parser"] = parser
        out.append(normalise_record(rec))
    return out


# ---------------------------------------------------------------- what to write
@dataclass
class TaskSheetOut:
    name: str
    agency: Optional[str]           # None: Tổng hợp
    records: list
    extras: list                    # headers of columns staff added on this sheet
    title: str                      # what the title row names


@dataclass
class BookOut:
    """Everything the writer needs, as plain values."""
    task_sheets: list               # TaskSheetOut, Tổng hợp first, then agencies in display order
    notices: list                   # notice records
    agency_headers: list
    agencies: list                  # rows
    config: list                    # rows incl. header
    new_log: list                   # rows to append to Nhật ký
    meta: dict
    tasks: list                     # every record (snapshot), display order


# ---------------------------------------------------------------- styles
class _Styles:
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


def _put(ws, r: int, c: int, v, style):
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


def _plain(ws, r, c, v):
    cell = Cell(ws, row=r, column=c)
    if v is not None:
        cell.value = v
        if cell.data_type == "f":
            cell.data_type = "s"
    ws._cells[(r, c)] = cell


def _clear_rows(ws, first: int) -> list:
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


class _AutoHeightRow(RowDimension):
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


_OUR_FILLS = {v[0] for v in COLOURS.values()}


def _is_our_rule(rule) -> bool:
    try:
        fill = rule.dxf.fill.bgColor.rgb[-6:] if rule.dxf and rule.dxf.fill else None
    except AttributeError:
        fill = None
    text = " ".join(rule.formula or ())
    return fill in _OUR_FILLS and ("ISNUMBER" in text or L.ST_DONE in text)


def _status_list() -> str:
    return '"' + ",".join(L.STATUSES) + '"'


def _is_our_validation(dv) -> bool:
    return dv.type == "list" and dv.formula1 in (_status_list(), f'"{L.REVIEWED}"')


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


def _write_title_rows(ws, title, headers, styles) -> None:
    last = get_column_letter(max(1, _print_span(headers)))
    _put(ws, 1, 1, L.Formula(title_formula(title)), styles.title)
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 24
    # the colour legend, under the title
    legend = LEGEND
    slots = _legend_slots(headers, len(legend))
    for (cls, text), (a, b) in zip(legend, slots):
        style = styles.legend_head if cls is None else styles.legend[cls]
        _put(ws, 2, a, text, style)
        for c in range(a + 1, b + 1):
            _put(ws, 2, c, None, style)
        if b > a:
            ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    ws.row_dimensions[2].height = 30


def _print_span(headers) -> int:
    """Columns printed for a department: from A to the last of ``PRINT_COLUMNS`` present."""
    idx = [i for i, h in enumerate(headers) if h in L.PRINT_COLUMNS]
    return (max(idx) + 1) if idx else len(headers)


def _legend_slots(headers, n) -> list:
    """Split the printed columns into at most ``n`` runs of about equal width (1-based, inclusive)."""
    span = _print_span(headers)
    widths = [L.WIDTHS.get(h, L.EXTRA_WIDTH) for h in headers[:span]]
    total, share = sum(widths), sum(widths) / n
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
    span = _print_span(headers)
    px = sum(w * PX_PER_CHAR + 5 for w in widths[:span])
    scale = min(1.0, PAGE_WIDTH_PT / (px * 0.75))
    if scale * L.FONT_SIZE >= MIN_PRINT_PT:
        return None
    return int(100 * MIN_PRINT_PT / L.FONT_SIZE + 0.999)


def _print_setup(ws, headers, widths, header_row, *, landscape=True) -> None:
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


# ---------------------------------------------------------------- task sheets
@dataclass
class _Deco:
    """What staff put on a task's row besides values: kept and put back on the task's row."""
    cells: dict = field(default_factory=dict)     # header -> (look or None, comment, hyperlink)
    height: Optional[float] = None
    hidden: bool = False


def _harvest_decorations(ts: TaskSheet, styles: _Styles) -> dict:
    ws = ts.ws
    names = ts.columns.names
    try:
        idc = names.index(L.C_ID)
    except ValueError:
        return {}
    out = {}
    # the id of each row as the merge read it (a row whose id disagreed with its content was
    # given the id of the task it shows)
    for raw, r in zip(ts.view.rows, ts.row_numbers):
        tid = L.norm_value(raw[idc]) if idc < len(raw) else None
        if tid is None:
            continue
        d = _Deco()
        for j, h in enumerate(names):
            c = ws._cells.get((r, j + 1))
            if c is None or h is None:
                continue
            style = None              # their markup: (font, fill, border)
            if c.has_style and not styles.is_ours(c._style) and not _painted(h, c):
                style = (copy(c.font), copy(c.fill), copy(c.border))
            comment = _staff_comment(c.comment)
            link = c.hyperlink
            if link is not None and (link.location or "").startswith(f"'{L.NOTICES}'!"):
                link = None
            if style is not None or comment is not None or link is not None:
                d.cells[h] = (style, comment, link)
        rd = ws.row_dimensions.get(r)
        if rd is not None:
            if r in ts.fixed_heights and rd.ht:
                d.height = rd.ht
            d.hidden = bool(rd.hidden)
        if d.cells or d.height or d.hidden:
            out.setdefault(str(tid), d)
    return out


def _painted(header, cell) -> bool:
    """A deadline colour the «Tô màu thời hạn» button put on ``Còn lại (ngày)``: the tool's,
    painted again for the task's class, not staff markup to carry along."""
    if header != L.C_LEFT or cell.fill is None or cell.fill.fill_type != "solid":
        return False
    rgb = getattr(cell.fill.fgColor, "rgb", None)
    return isinstance(rgb, str) and rgb[-6:].upper() in _OUR_FILLS


def _staff_comment(comment) -> Optional[Comment]:
    """A cell's comment without the tool's correction note, which the write puts back: by its
    author, and by its text (LibreOffice saves comments without their author; a staff comment
    on a corrected cell carries the note under it)."""
    if comment is None or comment.author == APP_AUTHOR:
        return None
    parts = comment.text.split(COMMENT_SEP)
    kept = [p for p in parts if not p.lstrip().startswith(CORRECTION_NOTE)]
    if not kept:
        return None
    if len(kept) == len(parts):
        return comment
    out = copy(comment)
    out.text = COMMENT_SEP.join(kept)
    return out


def _expanded_columns(ws) -> dict:
    """1-based column -> (width, hidden, outline level); openpyxl keeps a run of equal columns
    as one entry."""
    out = {}
    for cd in ws.column_dimensions.values():
        lo = cd.min or 0
        hi = cd.max or lo
        for j in range(lo, hi + 1):
            out[j] = (cd.width if cd.customWidth or cd.width else None, bool(cd.hidden),
                      cd.outline_level or 0)
    return out


def _column_formats(ts: Optional[TaskSheet]) -> dict:
    """header -> (width, hidden, outline level) as staff left them."""
    if ts is None:
        return {}
    cols = _expanded_columns(ts.ws)
    return {h: cols[j + 1] for j, h in enumerate(ts.columns.names) if h is not None and j + 1 in cols}


def _task_headers(ts: Optional[TaskSheet], extras: list, migrate: bool) -> list:
    if ts is None or migrate:
        heads = list(L.TASK_COLUMNS)
        if ts is not None:
            heads += [h for h in ts.columns.names if h is not None and h not in L.TASK_COLUMNS
                      and h not in L.LEGACY_TASK_COLUMNS and h not in heads]
    else:
        # a column of an earlier layout (Trích yếu) on a sheet already migrated was put back by
        # staff: it stays where they put it, filled by the tool like the other notice columns
        heads = list(ts.columns.names)
        while heads and heads[-1] is None:
            heads.pop()
        heads += [h for h in L.TASK_COLUMNS if h not in heads]
    heads += [h for h in extras if h not in heads]
    return heads


def _link_target(notice_rows: dict, nid) -> Optional[str]:
    row = notice_rows.get(nid)
    return f"'{L.NOTICES}'!B{row}" if row else None


def write_task_sheet(wb, ts: Optional[TaskSheet], spec: TaskSheetOut, styles: _Styles,
                     notice_rows: dict, migrate: bool, decorations: dict, uncarried: list):
    """Regenerate the task area of one sheet in place (or make the sheet).  ``decorations``:
    task id -> what staff put on the task's row (on this sheet, or the sheet it left)."""
    if ts is None:
        ws = wb.create_sheet(spec.name)
        first_write = True
    else:
        ws = ts.ws
        if ws.title != spec.name:
            ws.title = spec.name
        first_write = migrate
    headers = _task_headers(ts, spec.extras, migrate)
    fmts = _column_formats(ts)
    if ts is not None:
        h = ts.header_row
        lost = _clear_rows(ws, h)
        staff_merges = [m for m in lost if not m.startswith("A1:") and not m.startswith("A2:")]
        if staff_merges and not migrate:
            uncarried.append((ws.title, MSG.UNCARRIED_MERGES.format(ranges=", ".join(staff_merges[:5]))))
        if migrate and h == 1:
            h = L.TITLE_ROWS + 1
            _clear_rows(ws, 1)
            _write_title_rows(ws, spec.title, headers, styles)
        cf = ConditionalFormattingList()
        for rng in ws.conditional_formatting:
            for rule in rng.rules:
                if not _is_our_rule(rule):
                    cf.add(str(rng.sqref), rule)
        ws.conditional_formatting = cf
        ws.data_validations.dataValidation = [dv for dv in ws.data_validations.dataValidation
                                              if not _is_our_validation(dv)]
    else:
        h = L.TITLE_ROWS + 1
        _write_title_rows(ws, spec.title, headers, styles)
    # header row
    for j, name in enumerate(headers, 1):
        _put(ws, h, j, name, styles.header)
    ws.row_dimensions[h].height = 32
    ix = {name: j for j, name in enumerate(headers, 1) if name is not None}
    widths = []
    for name in headers:
        default = L.WIDTHS.get(name, L.EXTRA_WIDTH) if name is not None else 8.43
        w = fmts.get(name, (None,))[0] if not first_write else None
        widths.append(w or default)
    link_col = ix[L.C_NUMBER]
    for k, rec in enumerate(spec.records):
        r = h + 1 + k
        extra = rec.get("_extra") or {}
        corr = rec.get("_corr") or {}
        deco = decorations.get(rec[L.C_ID])
        values = []
        for name, j in ix.items():
            if name == L.C_STT:
                _put(ws, r, j, k + 1, styles.int)
                continue
            if name == L.C_LEFT:
                _put(ws, r, j, L.Formula(left_formula(headers, r)), styles.int)
                continue
            v = rec.get(name) if name in L.RECORD_FIELDS else extra.get(name)
            values.append((j, v))
            is_corr = name in corr
            if v is None and not is_corr:
                continue
            cell = _put(ws, r, j, shift_formula(v, FORMULA_ROW, r), styles.for_value(v, is_corr))
            if is_corr:
                cell.comment = _correction_comment(rec, name)
        # the notice number links to its row on Thông báo (the trích yếu is there, not copied)
        target = _link_target(notice_rows, rec.get(L.C_NOTICE_ID))
        if target:
            c = ws._cells.get((r, link_col))
            if c is None or c.value is None:
                jd = ix[L.C_ISSUED]
                c = ws._cells.get((r, jd))
            if c is not None and c.value is not None:
                c.hyperlink = Hyperlink(ref=c.coordinate, location=target,
                                        tooltip="Xem thông báo trên trang Thông báo")
                c._style = copy(styles.link_date if isinstance(c.value, (date, datetime)) else styles.link)
        if deco is not None:
            _apply_decoration(ws, r, ix, deco, corr, styles)
        if deco is None or deco.height is None:
            hgt = row_height([v for _, v in values], [widths[j - 1] for j, _ in values])
            if hgt:
                ws.row_dimensions[r] = _AutoHeightRow(ws, index=r, ht=hgt)
    last = max(h + 1, h + len(spec.records))
    end = h + len(spec.records) + SPARE_ROWS
    lastcol = get_column_letter(len(headers))
    # columns: widths staff set follow their column; beyond the task columns, as they were
    beyond = {k: v for k, v in _expanded_columns(ws).items() if k > len(headers)}
    ws.column_dimensions.clear()
    for j, name in enumerate(headers, 1):
        cd = ws.column_dimensions[get_column_letter(j)]
        cd.width = widths[j - 1]
        cd.font, cd.alignment = copy(styles.font), copy(styles.align)
        if name in L.DATE_COLUMNS:
            cd.number_format = L.DATE_FORMAT
        default = (None, True, 1) if name in L.INTERNAL_COLUMNS else (None, False, 0)
        _, hidden, level = fmts.get(name, default) if not first_write else default
        cd.hidden, cd.outline_level = hidden, level
    for j, (width, hidden, level) in beyond.items():
        cd = ws.column_dimensions[get_column_letter(j)]
        cd.width, cd.hidden, cd.outline_level = width, hidden, level
    # dropdowns: status; and 'Đã kiểm tra' to clear a review flag (other text is allowed)
    st = get_column_letter(ix[L.C_STATUS])
    dv = DataValidation(type="list", formula1=_status_list(), allow_blank=True,
                        showErrorMessage=True, errorStyle="warning",
                        errorTitle=L.C_STATUS, error="Chọn một giá trị trong danh sách")
    dv.add(f"{st}{h + 1}:{st}{end}")
    _add_validation(ws, dv, ix[L.C_STATUS])
    rv = get_column_letter(ix[L.C_REVIEW])
    dv = DataValidation(type="list", formula1=f'"{L.REVIEWED}"', allow_blank=True,
                        showErrorMessage=False, showInputMessage=True,
                        promptTitle=L.C_REVIEW,
                        prompt="Đã xem lại nhiệm vụ: chọn 'Đã kiểm tra' để tắt cờ")
    dv.add(f"{rv}{h + 1}:{rv}{end}")
    _add_validation(ws, dv, ix[L.C_REVIEW])
    for cls, formula in conditional_rules(headers, h + 1):
        fill, font = COLOURS[cls]
        dxf = DifferentialStyle(fill=PatternFill(bgColor=fill, fgColor=fill, fill_type="solid"),
                                font=Font(color=font))
        ws.conditional_formatting.add(f"A{h + 1}:{lastcol}{end}",
                                      Rule(type="expression", formula=[formula], dxf=dxf,
                                           stopIfTrue=True))
    if _fit_tables(ws, h, headers, last, ts):
        ws.auto_filter.ref = None           # the table filters; Excel refuses a second filter
    else:
        ws.auto_filter.ref = f"A{h}:{lastcol}{last}"
    if first_write:
        ws.freeze_panes = f"A{h + 1}"
        _print_setup(ws, headers, widths, h)
        ws.print_area = f"A1:{get_column_letter(_print_span(headers))}{last}"
    else:
        _keep_print_ranges(ws, ts, headers, h, last)
    return ws, headers, h


def _add_validation(ws, ours: DataValidation, col: int) -> None:
    """Put the tool's dropdown on column ``col`` of the task area, unless staff gave that column
    a dropdown of their own (a status list they lengthened): theirs then covers the column's
    task area in place of ours.  Excel refuses two validations on one cell."""
    area = str(ours.sqref)
    for dv in ws.data_validations.dataValidation:
        ranges = [str(r) for r in dv.sqref.ranges]
        hits = [r for r in ranges if range_boundaries(r)[0] <= col <= range_boundaries(r)[2]]
        if not hits:
            continue
        if all(range_boundaries(r)[0] == range_boundaries(r)[2] == col for r in hits):
            dv.sqref = MultiCellRange(" ".join([r for r in ranges if r not in hits] + [area]))
        return                  # theirs spans more columns: left as they made it
    ws.data_validations.append(ours)


def _fit_tables(ws, h: int, headers: list, last: int, ts: Optional[TaskSheet]) -> bool:
    """An Excel table staff made over the task area (Format as Table) follows it: its rows are
    the tasks', its columns grow with the header when it reached the last one, and each column
    is named by its header (a column staff computed in the table keeps its formula).  True when
    such a table is there."""
    found = False
    old_width = len(ts.columns.names) if ts is not None else len(headers)
    for name in list(ws.tables):
        t = ws.tables[name]
        min_col, min_row, max_col, _ = range_boundaries(t.ref)
        if min_row != h:
            continue
        found = True
        if max_col >= old_width:
            max_col = max(max_col, len(headers))
        ref = f"{get_column_letter(min_col)}{h}:{get_column_letter(max_col)}{max(last, h + 1)}"
        t.ref = ref
        if t.autoFilter is not None:
            t.autoFilter.ref = ref
        old = {c.name: c for c in t.tableColumns}
        cols, used = [], set()
        for j in range(min_col, max_col + 1):
            label = headers[j - 1] if j - 1 < len(headers) else None
            label = str(label) if label is not None else f"Cột {get_column_letter(j)}"
            while label in used:
                label += " "
            used.add(label)
            col = old.get(label) or TableColumn(id=0, name=label)
            cols.append(col)
        for k, col in enumerate(cols, 1):
            col.id = k
        t.tableColumns = cols
    return found


_AREA = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$")


def _keep_print_ranges(ws, ts: TaskSheet, headers: list, h: int, last: int) -> None:
    """What a department head prints: the title, the legend and the printed columns of each
    task.  Rows to repeat and columns to print that staff chose stay theirs; the tool's own
    (rows from 1 down to the header, columns up to the last printed tool column) follow the
    header and the tasks."""
    titles = (ws.print_title_rows or "").replace("$", "")
    if not titles or titles.startswith("1:"):
        ws.print_title_rows = f"1:{h}"
    tool_last = get_column_letter(_print_span(headers))
    area = (ws.print_area or "").split("!")[-1] if ws.print_area else ""
    m = _AREA.match(area) if "," not in area else None
    first_col, first_row, last_col = "A", 1, tool_last
    if m is not None:
        was_tool = get_column_letter(_print_span(ts.columns.names)) if ts is not None else tool_last
        first_col, first_row = m.group(1), min(int(m.group(2)), h)
        if m.group(3) != was_tool:
            last_col = m.group(3)           # staff print more (or fewer) columns
    ws.print_area = f"{first_col}{first_row}:{last_col}{last}"


def _correction_comment(rec: dict, name: str) -> Comment:
    parser = (rec.get("_parser") or {}).get(name)
    shown = parser.strftime("%d/%m/%Y") if isinstance(parser, (date, datetime)) else (parser or "(trống)")
    text = f"{CORRECTION_NOTE}\nGiá trị theo thông báo: {shown}"
    if name == L.C_DEADLINE and _later(rec.get(name), parser):
        text += "\n(đã gia hạn)"
    c = Comment(text, APP_AUTHOR)
    c.width, c.height = 240, 80
    return c


def _apply_decoration(ws, r, ix, deco: _Deco, corr, styles) -> None:
    for name, (style, comment, link) in deco.cells.items():
        j = ix.get(name)
        if j is None:
            continue
        cell = ws._cells.get((r, j))
        if cell is None:
            cell = _put(ws, r, j, None, styles.text)
        if style is not None:
            font, fill, border = style
            if name in corr:        # their look on a corrected cell: still marked corrected
                font = copy(font)
                font.i, font.color = True, CORRECTED_FONT
            cell.font, cell.fill, cell.border = font, fill, border
        if comment is not None:
            if cell.comment is not None:     # the tool's correction note goes under theirs
                comment = Comment(comment.text + COMMENT_SEP + cell.comment.text, comment.author)
            cell.comment = copy(comment)
        if link is not None:
            cell.hyperlink = copy(link)
    if deco.height is not None:
        ws.row_dimensions[r].height = deco.height
    if deco.hidden:
        ws.row_dimensions[r].hidden = True


# ---------------------------------------------------------------- other sheets
def _table(wb, name, headers, rows, widths, styles, *, keep_extras_by=None, landscape=True,
           filter_=True, heights=False):
    """Rewrite a table sheet (header in row 1).  Columns staff added are kept, their values
    following the row's key column ``keep_extras_by``."""
    ws = wb[name] if name in wb.sheetnames else None
    first = ws is None
    if first:
        ws = wb.create_sheet(name)
    headers = list(headers)
    extra_vals = {}
    if not first and keep_extras_by is not None:
        old = _values(ws)
        if old:
            oh = [L.norm_value(v) for v in old[0]]
            extras = [(i, v) for i, v in enumerate(oh) if v is not None and v not in headers]
            if extras and keep_extras_by in oh:
                k = oh.index(keep_extras_by)
                for r in old[1:]:
                    key = L.norm_value(r[k]) if k < len(r) else None
                    extra_vals[key] = {str(v): (r[i] if i < len(r) else None) for i, v in extras}
                headers += [str(v) for _, v in extras]
    _clear_rows(ws, 1)
    for j, hd in enumerate(headers, 1):
        _put(ws, 1, j, hd, styles.header)
    ws.row_dimensions[1].height = 32
    kcol = headers.index(keep_extras_by) if keep_extras_by in headers else None
    ws_widths = [widths[i] if i < len(widths) else L.EXTRA_WIDTH for i in range(len(headers))]
    for i, row in enumerate(rows, 2):
        row = list(row) + [None] * (len(headers) - len(row))
        if kcol is not None and extra_vals:
            ev = extra_vals.get(L.norm_value(row[kcol]), {})
            for j, hd in enumerate(headers):
                if hd in ev and row[j] is None:
                    row[j] = ev[hd]
        for j, v in enumerate(row[:len(headers)], 1):
            _put(ws, i, j, v, styles.for_value(v))
        if heights:
            hgt = row_height(row, ws_widths)
            if hgt:
                ws.row_dimensions[i] = _AutoHeightRow(ws, index=i, ht=hgt)
    if first:
        for j, w in enumerate(ws_widths, 1):
            cd = ws.column_dimensions[get_column_letter(j)]
            cd.width = w
        ws.freeze_panes = "A2"
        _print_setup(ws, headers, ws_widths, 1, landscape=landscape)
    if filter_:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 2)}"
    return ws


def _log_formulas_as_shown(rows: list, written: dict) -> list:
    """Formulas in log lines as they read on the task's row of the sheet named (else Tổng hợp),
    not in their row-free form."""
    pos = {}
    for name, (spec, _headers, h) in written.items():
        for k, r in enumerate(spec.records):
            pos[(name, r[L.C_ID])] = h + 1 + k
    out = []
    for row in rows:
        row = list(row)
        if len(row) == len(L.LOG_COLUMNS) and any(isinstance(v, L.Formula) for v in row[3:5]):
            r = pos.get((row[5], row[1])) or pos.get((L.SUMMARY, row[1]))
            if r:
                row[3], row[4] = (shift_formula(v, FORMULA_ROW, r) for v in row[3:5])
        out.append(row)
    return out


def _append_log(wb, rows, styles):
    """Nhật ký grows: new lines go below the last one, the rest of the sheet is untouched."""
    ws = wb[L.LOG] if L.LOG in wb.sheetnames else None
    if ws is None:
        ws = _table(wb, L.LOG, L.LOG_COLUMNS, [], L.LOG_WIDTHS, styles)
    start = max([r for (r, c), cell in ws._cells.items() if cell.value is not None], default=1) + 1
    for i, row in enumerate(rows, start):
        for j, v in enumerate(row, 1):
            _put(ws, i, j, L.clean_text(v) if isinstance(v, str) else v, styles.for_value(v))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(L.LOG_COLUMNS))}{max(start + len(rows) - 1, 2)}"


def _hidden(wb, name, rows):
    ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
    _clear_rows(ws, 1)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                _plain(ws, i, j, v)
    ws.sheet_state = "hidden"
    return ws


# ---------------------------------------------------------------- the write
def write_book(state: BookState, out: BookOut):
    """Write ``out`` into the loaded workbook of ``state`` (or a new one); returns the
    openpyxl Workbook to save.  Only what the tool owns is regenerated."""
    wb = state.wb
    if wb is None:
        wb = Workbook()
        wb.remove(wb.active)
    styles = _Styles(wb)
    notice_rows = {n[L.N_ID]: i for i, n in enumerate(out.notices, 2)}
    migrate = state.wb is not None and state.schema < 2
    old_order = [ws.title for ws in wb.worksheets]
    # what staff put on task rows, per sheet, read before any sheet is rewritten; a task that
    # leaves an agency's sheet for another's takes it along
    deco = {ident: _harvest_decorations(ts, styles) for ident, ts in state.task_sheets.items()}
    placed = {(spec.agency or L.SUMMARY, r[L.C_ID]) for spec in out.task_sheets for r in spec.records}
    left = {}
    for ident, d in deco.items():
        if ident == L.SUMMARY:
            continue
        for tid, x in d.items():
            if (ident, tid) not in placed:
                left.setdefault(tid, x)
    written = {}
    for spec in out.task_sheets:
        ident = spec.agency or L.SUMMARY
        ts = state.task_sheets.get(ident)
        mine = dict(deco.get(ident, {}))
        if ident != L.SUMMARY:
            for r in spec.records:
                if r[L.C_ID] not in mine and r[L.C_ID] in left:
                    mine[r[L.C_ID]] = left[r[L.C_ID]]
        ws, headers, h = write_task_sheet(wb, ts, spec, styles, notice_rows, migrate, mine,
                                          state.uncarried)
        written[ws.title] = (spec, headers, h)
    # agency sheets with no task any more
    wanted = {spec.agency or L.SUMMARY for spec in out.task_sheets}
    for ident, ts in state.task_sheets.items():
        if ident not in wanted and ts.ws.title in wb.sheetnames and ts.ws.title not in written:
            wb.remove(ts.ws)
    _table(wb, L.NOTICES, L.NOTICE_COLUMNS,
           [[n.get(c) for c in L.NOTICE_COLUMNS] for n in out.notices], L.NOTICE_WIDTHS, styles,
           keep_extras_by=L.N_ID, heights=True)
    aw = [L.AGENCY_WIDTHS[i] if i < len(L.AGENCY_WIDTHS) else L.EXTRA_WIDTH
          for i in range(len(out.agency_headers))]
    _table(wb, L.AGENCIES, out.agency_headers, out.agencies, aw, styles)
    _table(wb, L.CONFIG, list(out.config[0]), out.config[1:], (28, 40, 60), styles, filter_=False,
           landscape=False)
    due_row = next((i for i, r in enumerate(out.config, 1) if r and r[0] == L.CFG_DUE_SOON), 3)
    if L.DUE_SOON_NAME in wb.defined_names:
        del wb.defined_names[L.DUE_SOON_NAME]
    wb.defined_names[L.DUE_SOON_NAME] = DefinedName(
        L.DUE_SOON_NAME, attr_text=f"'{L.CONFIG}'!$B${due_row}")
    _append_log(wb, _log_formulas_as_shown(out.new_log, written), styles)
    meta_rows = [[k, v] for k, v in out.meta.items()]
    for name, (spec, headers, h) in written.items():
        if spec.agency is not None:
            meta_rows.append(["sheet", name, spec.agency, json.dumps(headers, ensure_ascii=False)])
    meta_rows.append(["sheet", L.SUMMARY, None,
                      json.dumps(written[L.SUMMARY][1], ensure_ascii=False)])
    _hidden(wb, L.META, meta_rows)
    _hidden(wb, L.NOTICE_STORE, [list(L.NOTICE_STORE_COLUMNS)]
            + [[n.get(c) for c in L.NOTICE_STORE_COLUMNS] for n in out.notices])
    _hidden(wb, L.SNAPSHOT, [[L.C_ID, "json"]] + [snapshot_row(r) for r in out.tasks])
    _order_sheets(wb, old_order, [s.name for s in out.task_sheets])
    return wb


def _order_sheets(wb, old_order: list, task_names: list) -> None:
    """Tool sheets in their order; each sheet of the staff's stays after the sheet it followed."""
    tool = [task_names[0], L.NOTICES] + task_names[1:] + [L.AGENCIES, L.CONFIG, L.LOG, L.META,
                                                          L.NOTICE_STORE, L.SNAPSHOT]
    tool_set = set(tool)
    anchored: dict = {}
    anchor = None
    for name in old_order:
        if name in tool_set:
            anchor = name
        elif name in wb.sheetnames:
            anchored.setdefault(anchor, []).append(name)
    order = list(anchored.get(None, []))
    placed = set(order)
    for name in tool:
        if name in wb.sheetnames and name not in placed:
            order.append(name)
            placed.add(name)
        for f in anchored.get(name, []):
            if f not in placed:
                order.append(f)
                placed.add(f)
    for name in wb.sheetnames:          # anchors that are gone: at the end
        if name not in placed:
            order.append(name)
    active = wb.active.title if wb.worksheets and wb.active is not None else order[0]
    wb._sheets = [wb[n] for n in order]
    if wb[active].sheet_state != "visible":
        active = order[0]
    wb.active = order.index(active)
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws.title == active


def is_xlsx(path: Path) -> bool:
    return zipfile.is_zipfile(path)
