"""openpyxl adapter: read the master workbook into plain rows, write plain rows into a new
workbook (streaming, write-only mode) with all the formatting staff expect.

Reading never changes the file.  Writing always produces the whole workbook: our sheets are
rebuilt from the merged records, sheets staff added are carried over as values.
"""
from __future__ import annotations

import json
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Optional

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.properties import PageSetupProperties

from ..errors import WorkbookError
from . import layout as L
from .highlight import COLOURS, DONE_LATE, DONE_ON_TIME, DUE_SOON, OVERDUE
from .merge import SheetView

SNAPSHOT_COLUMNS = tuple(c for c in L.TASK_COLUMNS if c != L.C_LEFT) + (
    "_order", "_targets", "_lead", "_manual", "_seq", "_extra")
SPARE_ROWS = 1000               # formats and dropdowns reach this far below the last task


@dataclass
class BookState:
    """What a workbook holds, as plain values."""
    meta: Optional[dict] = None                        # None: no marker sheet
    sheet_agency: dict = field(default_factory=dict)   # sheet name -> agency (last write)
    snapshot: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    sheets: list = field(default_factory=list)         # SheetView of every task sheet
    agency_headers: list = field(default_factory=list)
    agencies: list = field(default_factory=list)       # Cơ quan rows (lists)
    config: list = field(default_factory=list)         # Cấu hình rows incl. header
    log: list = field(default_factory=list)            # Nhật ký rows without header
    foreign: list = field(default_factory=list)        # (name, rows) of sheets staff added


def _rows(ws) -> list:
    try:
        ws.reset_dimensions()
    except AttributeError:
        pass
    out = []
    for r in ws.iter_rows(values_only=True):
        out.append(list(r))
    while out and all(v is None for v in out[-1]):
        out.pop()
    for r in out:
        while r and r[-1] is None:
            r.pop()
    return out


def _is_task_sheet(rows: list) -> bool:
    return bool(rows) and L.C_ID in [L.norm_value(v) for v in rows[0]]


def read_book(path: Path) -> BookState:
    """Read every sheet of the workbook as values (formulas as their text)."""
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as e:          # zip/xml errors of a damaged or foreign file
        raise WorkbookError(f"{path} cannot be read as an .xlsx workbook ({type(e).__name__}: {e}); "
                            f"restore it from {path.parent / 'backup'} or give a new file name")
    st = BookState()
    try:
        names = wb.sheetnames
        if L.META in names:
            st.meta = {}
            for r in _rows(wb[L.META]):
                if not r or r[0] is None:
                    continue
                if r[0] == "sheet" and len(r) >= 3:
                    st.sheet_agency[str(r[1])] = r[2]
                elif len(r) >= 2:
                    st.meta[str(r[0])] = r[1]
        for name in names:
            if name in (L.META,):
                continue
            rows = _rows(wb[name])
            if name == L.SNAPSHOT:
                st.snapshot = _read_snapshot(rows)
            elif name == L.NOTICE_STORE:
                st.notices = _read_records(rows)
            elif name == L.AGENCIES:
                st.agency_headers = rows[0] if rows else list(L.AGENCY_COLUMNS)
                st.agencies = rows[1:]
            elif name == L.CONFIG:
                st.config = rows
            elif name == L.LOG:
                st.log = rows[1:]
            elif name == L.NOTICES:
                pass                    # rebuilt from the hidden notice store
            elif _is_task_sheet(rows):
                agency = None if name == L.SUMMARY else st.sheet_agency.get(name, name)
                st.sheets.append(SheetView(name=name, agency=agency, headers=rows[0], rows=rows[1:]))
            else:
                st.foreign.append((name, rows))
    finally:
        wb.close()
    # Tổng hợp first does not matter for the merge, agency sheets keep workbook order
    return st


def _read_records(rows: list) -> list:
    if not rows:
        return []
    heads = [str(h) if h is not None else None for h in rows[0]]
    out = []
    for r in rows[1:]:
        rec = {h: L.norm_value(r[i]) if i < len(r) else None for i, h in enumerate(heads) if h}
        out.append(rec)
    return out


CHUNK = 30000                   # characters of record JSON per snapshot cell (limit 32,767)


def _enc(v):
    if isinstance(v, datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, date):
        return {"date": v.isoformat()}
    return v


def _dec(v):
    if isinstance(v, dict) and "date" in v:
        return date.fromisoformat(v["date"])
    if isinstance(v, dict) and "datetime" in v:
        return datetime.fromisoformat(v["datetime"])
    return v


def snapshot_row(rec: dict) -> list:
    """One hidden row per task: the id, then the record as JSON split over cells."""
    d = {k: _enc(rec.get(k)) for k in SNAPSHOT_COLUMNS if k != "_extra" and rec.get(k) is not None}
    if rec.get("_extra"):
        d["_extra"] = {k: _enc(v) for k, v in rec["_extra"].items()}
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
            raise WorkbookError(f"hidden sheet '{L.SNAPSHOT}' is damaged at task {r[0]!r}; "
                                f"restore the workbook from its backup/ folder")
        rec = {k: None for k in SNAPSHOT_COLUMNS}
        rec.update({k: _dec(v) for k, v in d.items() if k != "_extra"})
        rec["_extra"] = {k: _dec(v) for k, v in (d.get("_extra") or {}).items()}
        rec[L.C_ID] = str(r[0])
        out.append(rec)
    return out


# ---------------------------------------------------------------- writing
class _Styles:
    """Style templates registered once; each cell gets a copy of a template's style array."""

    def __init__(self, wb, ws):
        font = Font(name=L.FONT_NAME, size=L.FONT_SIZE)
        top_wrap = Alignment(wrap_text=True, vertical="top")
        self.font, self.align = font, top_wrap

        def make(**kw):
            c = WriteOnlyCell(ws)
            c.font = kw.get("font", font)
            c.alignment = kw.get("alignment", top_wrap)
            if "number_format" in kw:
                c.number_format = kw["number_format"]
            return c._style
        self.text = make()
        self.date = make(number_format=L.DATE_FORMAT)
        self.datetime = make(number_format=L.DATETIME_FORMAT)
        self.int = make(number_format="0")
        self.header = make(font=Font(name=L.FONT_NAME, size=L.FONT_SIZE, bold=True),
                           alignment=Alignment(wrap_text=True, vertical="center", horizontal="center"))
        hdr = WriteOnlyCell(ws)
        hdr._style = copy(self.header)
        hdr.fill = PatternFill("solid", fgColor="DDEBF7")
        self.header = hdr._style


def _cell(ws, v, style, as_text=False):
    if v is None:
        return None
    c = WriteOnlyCell(ws, v)
    if as_text and c.data_type == "f":
        c.data_type = "s"
    if isinstance(v, datetime) and not (v.hour or v.minute or v.second):
        c._style = copy(style.date)
    elif isinstance(v, datetime):
        c._style = copy(style.datetime)
    elif isinstance(v, date):
        c._style = copy(style.date)
    else:
        c._style = copy(style.text)
    return c


def _plain(ws, v):
    """An unstyled cell for the hidden sheets: text never turns into a formula."""
    if isinstance(v, str) and v.startswith("="):
        c = WriteOnlyCell(ws, v)
        c.data_type = "s"
        return c
    return v


def _setup_sheet(ws, headers, widths, styles, n_rows, *, filter_=True, landscape=True):
    for i, (h, w) in enumerate(zip(headers, widths), 1):
        cd = ws.column_dimensions[get_column_letter(i)]
        cd.width = w
        cd.font = styles.font
        cd.alignment = styles.align
    ws.freeze_panes = "A2"
    if filter_:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(n_rows + 1, 2)}"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"


def _header_row(ws, headers, styles):
    out = []
    for h in headers:
        c = WriteOnlyCell(ws, h)
        if c.data_type == "f":
            c.data_type = "s"
        c._style = copy(styles.header)
        out.append(c)
    return out


def task_headers(extras) -> list:
    return list(L.TASK_COLUMNS) + [h for h in extras if h not in L.TASK_COLUMNS]


def _col(headers, name) -> str:
    return get_column_letter(headers.index(name) + 1)


def conditional_rules(headers) -> list:
    """(class, formula) of the deadline formats, in priority order; row 2 relative."""
    dl, st, dd = (_col(headers, c) for c in (L.C_DEADLINE, L.C_STATUS, L.C_DONE_DATE))
    return [
        (DONE_LATE, f"AND(ISNUMBER(${dd}2),ISNUMBER(${dl}2),${dd}2>${dl}2)"),
        (DONE_ON_TIME, f'OR(${st}2="{L.ST_DONE}",ISNUMBER(${dd}2))'),
        (OVERDUE, f'AND(${st}2<>"{L.ST_DROPPED}",ISNUMBER(${dl}2),${dl}2<TODAY())'),
        (DUE_SOON, f'AND(${st}2<>"{L.ST_DROPPED}",ISNUMBER(${dl}2),${dl}2-TODAY()<={L.DUE_SOON_NAME})'),
    ]


def left_formula(headers, row: int) -> str:
    dl, st, dd = (_col(headers, c) for c in (L.C_DEADLINE, L.C_STATUS, L.C_DONE_DATE))
    return (f'=IF(OR(NOT(ISNUMBER(${dl}{row})),${st}{row}="{L.ST_DONE}",'
            f'${st}{row}="{L.ST_DROPPED}",ISNUMBER(${dd}{row})),"",${dl}{row}-TODAY())')


_PARSER_TEXT = set(L.PARSER_COLUMNS)


class _AutoHeightRow(RowDimension):
    """A row height written as a hint, not fixed: applications that do not size rows
    themselves (LibreOffice when printing) use it, Excel still fits the row as staff type."""
    @property
    def customHeight(self):
        return False


LINE_HEIGHT = L.FONT_SIZE * 1.3            # points per line of wrapped text
MAX_ROW_HEIGHT = 409                       # Excel's limit


def row_height(values, widths) -> float | None:
    """Estimated height of a row of wrapped text (None for a one-line row)."""
    lines = 1
    for v, w in zip(values, widths):
        if isinstance(v, str) and v:
            per_line = max(1, int(w * 1.1))
            lines = max(lines, sum(-(-len(part) // per_line) or 1 for part in v.split("\n")))
    if lines == 1:
        return None
    return min(MAX_ROW_HEIGHT, round(lines * LINE_HEIGHT + 3, 1))


def _write_task_sheet(wb, name, records, extras, styles):
    ws = wb.create_sheet(name)
    headers = task_headers(extras)
    n = len(records)
    widths = [L.WIDTHS.get(h, L.EXTRA_WIDTH) for h in headers]
    _setup_sheet(ws, headers, widths, styles, n)
    for h in L.DATE_COLUMNS:
        ws.column_dimensions[_col(headers, h)].number_format = L.DATE_FORMAT
    last = get_column_letter(len(headers))
    end = n + 1 + SPARE_ROWS
    dv = DataValidation(type="list", formula1='"' + ",".join(L.STATUSES) + '"', allow_blank=True,
                        showErrorMessage=True, errorStyle="warning",
                        errorTitle=L.C_STATUS, error="Chọn một giá trị trong danh sách")
    dv.add(f"{_col(headers, L.C_STATUS)}2:{_col(headers, L.C_STATUS)}{end}")
    ws.data_validations.append(dv)
    for cls, formula in conditional_rules(headers):
        fill, font = COLOURS[cls]
        dxf = DifferentialStyle(fill=PatternFill(bgColor=fill, fgColor=fill, fill_type="solid"),
                                font=Font(color=font))
        ws.conditional_formatting.add(f"A2:{last}{end}",
                                      Rule(type="expression", formula=[formula], dxf=dxf,
                                           stopIfTrue=True))
    ws.append(_header_row(ws, headers, styles))
    ileft = headers.index(L.C_LEFT)
    for r, rec in enumerate(records, 2):
        extra = rec.get("_extra") or {}
        row = []
        values = [None] * len(headers)
        for i, h in enumerate(headers):
            if i == ileft:
                c = WriteOnlyCell(ws, left_formula(headers, r))
                c._style = copy(styles.int)
                row.append(c)
                continue
            v = rec.get(h) if h in L.TASK_COLUMNS else extra.get(h)
            values[i] = v
            row.append(_cell(ws, v, styles, as_text=h in _PARSER_TEXT or bool(rec.get("_manual"))
                             and h not in L.STAFF_COLUMNS))
        height = row_height(values, widths)
        if height:
            ws.row_dimensions[r] = _AutoHeightRow(ws, index=r, ht=height)
        ws.append(row)
    return ws


def _write_table(wb, name, headers, rows, widths, styles, *, filter_=True, landscape=True,
                 hidden=False):
    ws = wb.create_sheet(name)
    _setup_sheet(ws, headers, widths, styles, len(rows), filter_=filter_, landscape=landscape)
    ws.append(_header_row(ws, headers, styles))
    for r in rows:
        ws.append([_cell(ws, v, styles, as_text=True) for v in r])
    if hidden:
        ws.sheet_state = "hidden"
    return ws


@dataclass
class BookOut:
    """Everything the writer needs, as plain values."""
    tasks: list                     # records, display order
    agency_sheets: list             # (sheet name, agency name, [records]) in display order
    sheet_extras: dict              # agency name or SUMMARY -> extra headers
    notices: list                   # notice records
    agency_headers: list
    agencies: list                  # rows
    config: list                    # rows incl. header
    log: list                       # rows
    foreign: list                   # (name, rows)
    meta: dict


def write_book(path: Path, out: BookOut) -> None:
    wb = Workbook(write_only=True)
    styles = _Styles(wb, SimpleNamespace(parent=wb))
    _write_task_sheet(wb, L.SUMMARY, out.tasks, out.sheet_extras.get(L.SUMMARY, []), styles)
    _write_table(wb, L.NOTICES, list(L.NOTICE_COLUMNS),
                 [[n.get(c) for c in L.NOTICE_COLUMNS] for n in out.notices],
                 L.NOTICE_WIDTHS, styles)
    for sheet, agency, recs in out.agency_sheets:
        _write_task_sheet(wb, sheet, recs, out.sheet_extras.get(agency, []), styles)
    aw = [L.AGENCY_WIDTHS[i] if i < len(L.AGENCY_WIDTHS) else L.EXTRA_WIDTH
          for i in range(len(out.agency_headers))]
    _write_table(wb, L.AGENCIES, out.agency_headers, out.agencies, aw, styles)
    cfg_ws = _write_table(wb, L.CONFIG, list(out.config[0]), out.config[1:], (28, 40, 60), styles,
                          filter_=False, landscape=False)
    due_row = next((i for i, r in enumerate(out.config, 1) if r and r[0] == L.CFG_DUE_SOON), 3)
    wb.defined_names[L.DUE_SOON_NAME] = DefinedName(
        L.DUE_SOON_NAME, attr_text=f"'{L.CONFIG}'!$B${due_row}")
    _write_table(wb, L.LOG, list(L.LOG_COLUMNS), out.log, L.LOG_WIDTHS, styles)
    for name, rows in out.foreign:
        ws = wb.create_sheet(name)
        if callable(rows):          # a report sheet drawn by its renderer (master/exchange.py)
            rows(ws)
        else:
            for r in rows:
                ws.append([_plain(ws, v) for v in r])
        if name.startswith(L.REPORT_PREFIX):
            ws.sheet_state = "hidden"
    # hidden sheets
    ws = wb.create_sheet(L.META)
    for k, v in out.meta.items():
        ws.append([k, v])
    for sheet, agency, _ in out.agency_sheets:
        ws.append(["sheet", _plain(ws, sheet), _plain(ws, agency)])
    ws.sheet_state = "hidden"
    ws = wb.create_sheet(L.NOTICE_STORE)
    ws.append(list(L.NOTICE_STORE_COLUMNS))
    for n in out.notices:
        ws.append([_plain(ws, n.get(c)) for c in L.NOTICE_STORE_COLUMNS])
    ws.sheet_state = "hidden"
    ws = wb.create_sheet(L.SNAPSHOT)
    ws.append([L.C_ID, "json"])
    for rec in out.tasks:
        ws.append([_plain(ws, v) for v in snapshot_row(rec)])
    ws.sheet_state = "hidden"
    del cfg_ws
    wb.save(path)
