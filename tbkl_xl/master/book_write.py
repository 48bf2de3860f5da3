"""Writing the master back in place: only what the tool owns is regenerated (the task area
of each task sheet, Thông báo, Cơ quan, Cấu hình, the new lines of Nhật ký, the hidden sheets);
what staff put on task rows (comments, links, their look, formulas) follows the task."""
from __future__ import annotations

import json
import re
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import TableColumn

from . import layout as L
from ..messages import master as MSG
from .book_read import BookState, FORMULA_ROW, TaskSheet, sheet_values, shift_formula
from .book_style import (APP_AUTHOR, COMMENT_SEP, CORRECTED_FONT, CORRECTION_NOTE, AutoHeightRow,
                         OUR_FILLS, Styles, clear_rows, is_our_rule, is_our_validation,
                         put_plain, print_setup, print_span, put_cell, status_list, write_title_rows,
                         conditional_rules, left_formula, row_height)
from .footer import footer_ranges, write_footer
from .highlight import COLOURS
from .merge import _later, notice_corrections
from .snapshot import snapshot_row

SPARE_ROWS = 1000               # formats and dropdowns reach this far below the last task


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


# ---------------------------------------------------------------- task sheets
@dataclass
class _Deco:
    """What staff put on a task's row besides values: kept and put back on the task's row."""
    cells: dict = field(default_factory=dict)     # header -> (look or None, comment, hyperlink)
    height: Optional[float] = None
    hidden: bool = False


def _harvest_decorations(ts: TaskSheet, styles: Styles) -> dict:
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
    return isinstance(rgb, str) and rgb[-6:].upper() in OUR_FILLS


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


def write_task_sheet(wb, ts: Optional[TaskSheet], spec: TaskSheetOut, styles: Styles,
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
        lost = clear_rows(ws, h)
        kept = footer_ranges(ts.footer)
        staff_merges = [m for m in lost if not m.startswith("A1:") and not m.startswith("A2:")
                        and m not in kept]
        if staff_merges and not migrate:
            uncarried.append((ws.title, MSG.UNCARRIED_MERGES.format(ranges=", ".join(staff_merges[:5]))))
        if migrate and h == 1:
            h = L.TITLE_ROWS + 1
            clear_rows(ws, 1)
            write_title_rows(ws, spec.title, headers, styles)
        cf = ConditionalFormattingList()
        for rng in ws.conditional_formatting:
            for rule in rng.rules:
                if not is_our_rule(rule):
                    cf.add(str(rng.sqref), rule)
        ws.conditional_formatting = cf
        ws.data_validations.dataValidation = [dv for dv in ws.data_validations.dataValidation
                                              if not is_our_validation(dv)]
    else:
        h = L.TITLE_ROWS + 1
        write_title_rows(ws, spec.title, headers, styles)
    # header row
    for j, name in enumerate(headers, 1):
        put_cell(ws, h, j, name, styles.header)
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
                put_cell(ws, r, j, k + 1, styles.int)
                continue
            if name == L.C_LEFT:
                put_cell(ws, r, j, L.Formula(left_formula(headers, r)), styles.int)
                continue
            v = rec.get(name) if name in L.RECORD_FIELDS else extra.get(name)
            values.append((j, v))
            is_corr = name in corr
            if v is None and not is_corr:
                continue
            cell = put_cell(ws, r, j, shift_formula(v, FORMULA_ROW, r), styles.for_value(v, is_corr))
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
                ws.row_dimensions[r] = AutoHeightRow(ws, index=r, ht=hgt)
    last = max(h + 1, h + len(spec.records))
    foot_end = None
    if ts is not None and ts.footer is not None:
        foot_end = write_footer(ws, ts.footer, h + len(spec.records))
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
    dv = DataValidation(type="list", formula1=status_list(), allow_blank=True,
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
        print_setup(ws, headers, widths, h)
        ws.print_area = f"A1:{get_column_letter(print_span(headers))}{last}"
    else:
        _keep_print_ranges(ws, ts, headers, h, last, foot_end)
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


def _keep_print_ranges(ws, ts: TaskSheet, headers: list, h: int, last: int,
                       foot_end: Optional[int] = None) -> None:
    """What a department head prints: the title, the legend and the printed columns of each
    task.  Rows to repeat and columns to print that staff chose stay theirs; the tool's own
    (rows from 1 down to the header, columns up to the last printed tool column) follow the
    header and the tasks."""
    titles = (ws.print_title_rows or "").replace("$", "")
    if not titles or titles.startswith("1:"):
        ws.print_title_rows = f"1:{h}"
    tool_last = get_column_letter(print_span(headers))
    area = (ws.print_area or "").split("!")[-1] if ws.print_area else ""
    m = _AREA.match(area) if "," not in area else None
    first_col, first_row, last_col = "A", 1, tool_last
    if m is not None:
        was_tool = get_column_letter(print_span(ts.columns.names)) if ts is not None else tool_last
        first_col, first_row = m.group(1), min(int(m.group(2)), h)
        if m.group(3) != was_tool:
            last_col = m.group(3)           # staff print more (or fewer) columns
        if foot_end is not None and ts.footer is not None and int(m.group(4)) >= ts.footer.first:
            last = foot_end                 # the footer was printed: it still is
    ws.print_area = f"{first_col}{first_row}:{last_col}{last}"


def _mark_notice_corrections(ws, notices: list, styles) -> None:
    """A notice's field a clerk corrected on Thông báo: marked as on a task row (italic blue, a
    blue border), its comment giving the notice's value."""
    for i, n in enumerate(notices, 2):
        for name, info in notice_corrections(n).items():
            if name not in L.NOTICE_COLUMNS:
                continue
            v = n.get(name)
            cell = put_cell(ws, i, L.NOTICE_COLUMNS.index(name) + 1, v, styles.for_value(v, True))
            cell.comment = _value_comment(info.get("parser"))


def _value_comment(parser, extended: bool = False) -> Comment:
    """The note on a corrected cell: the notice's value (and whether the correction extended it)."""
    shown = parser.strftime("%d/%m/%Y") if isinstance(parser, (date, datetime)) else (parser or "(trống)")
    text = f"{CORRECTION_NOTE}\nGiá trị theo thông báo: {shown}" + ("\n(đã gia hạn)" if extended else "")
    c = Comment(text, APP_AUTHOR)
    c.width, c.height = 240, 80
    return c


def _correction_comment(rec: dict, name: str) -> Comment:
    parser = (rec.get("_parser") or {}).get(name)
    return _value_comment(parser, name == L.C_DEADLINE and _later(rec.get(name), parser))


def _apply_decoration(ws, r, ix, deco: _Deco, corr, styles) -> None:
    for name, (style, comment, link) in deco.cells.items():
        j = ix.get(name)
        if j is None:
            continue
        cell = ws._cells.get((r, j))
        if cell is None:
            cell = put_cell(ws, r, j, None, styles.text)
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
        old = sheet_values(ws)
        if old:
            oh = [L.norm_value(v) for v in old[0]]
            extras = [(i, v) for i, v in enumerate(oh) if v is not None and v not in headers]
            if extras and keep_extras_by in oh:
                k = oh.index(keep_extras_by)
                for r in old[1:]:
                    key = L.norm_value(r[k]) if k < len(r) else None
                    extra_vals[key] = {str(v): (r[i] if i < len(r) else None) for i, v in extras}
                headers += [str(v) for _, v in extras]
    clear_rows(ws, 1)
    for j, hd in enumerate(headers, 1):
        put_cell(ws, 1, j, hd, styles.header)
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
            put_cell(ws, i, j, v, styles.for_value(v))
        if heights:
            hgt = row_height(row, ws_widths)
            if hgt:
                ws.row_dimensions[i] = AutoHeightRow(ws, index=i, ht=hgt)
    if first:
        for j, w in enumerate(ws_widths, 1):
            cd = ws.column_dimensions[get_column_letter(j)]
            cd.width = w
        ws.freeze_panes = "A2"
        print_setup(ws, headers, ws_widths, 1, landscape=landscape)
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
            put_cell(ws, i, j, L.clean_text(v) if isinstance(v, str) else v, styles.for_value(v))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(L.LOG_COLUMNS))}{max(start + len(rows) - 1, 2)}"


def _hidden(wb, name, rows):
    ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
    clear_rows(ws, 1)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                put_plain(ws, i, j, v)
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
    styles = Styles(wb)
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
    nws = _table(wb, L.NOTICES, L.NOTICE_COLUMNS,
                 [[n.get(c) for c in L.NOTICE_COLUMNS] for n in out.notices], L.NOTICE_WIDTHS, styles,
                 keep_extras_by=L.N_ID, heights=True)
    _mark_notice_corrections(nws, out.notices, styles)
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
