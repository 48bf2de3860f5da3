"""Reading the master workbook: openpyxl's normal-mode load, kept for the in-place write; the
tool's sheets as plain values; task sheets found wherever staff left their header (title rows
above, renamed headers, renamed or copied sheets) and read by column name."""
from __future__ import annotations

import json
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.formula.translate import Translator
from openpyxl.utils import get_column_letter

from . import layout as L
from .layout import cell_value
from ..errors import WorkbookError
from ..messages import master as MSG
from .book_style import LEGEND_TEXTS, TITLE_TAIL
from .footer import Footer, take_footer
from .merge import SheetView
from .sheets import Columns, canonical, find_header_row, recognise
from .snapshot import read_snapshot

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
    footer: Optional[Footer] = None     # what staff wrote below the tasks (a total, a note)


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


def sheet_values(ws, min_row=1) -> list:
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
        for r in sheet_values(wb[L.META]):
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
            st.snapshot = read_snapshot(sheet_values(wb[L.SNAPSHOT]))
        except WorkbookError as e:           # say what to do: the newest backup to restore
            from .safety import restore_hint
            raise WorkbookError(str(e) + restore_hint(path)) from None
    if L.NOTICE_STORE in names:
        st.notices = read_records(sheet_values(wb[L.NOTICE_STORE]))
    if L.NOTICES in names:
        st.notice_sheet = read_records(sheet_values(wb[L.NOTICES]))
    if L.AGENCIES in names:
        rows = sheet_values(wb[L.AGENCIES])
        st.agency_headers = rows[0] if rows else list(L.AGENCY_COLUMNS)
        st.agencies = rows[1:]
    if L.CONFIG in names:
        st.config = sheet_values(wb[L.CONFIG])
    if L.LOG in names:
        st.log_rows = max(0, len(sheet_values(wb[L.LOG])) - 1)
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
    footer = take_footer(ws, rows, numbers, cols.names, h + 1)
    _snapshot_formulas_as_read(cols.names, rows, numbers, snap)
    return TaskSheet(ws=ws, view=SheetView(name=ws.title, agency=agency, headers=cols.names, rows=rows),
                     header_row=h + 1, columns=cols, row_numbers=numbers,
                     staff_made=_staff_made(ws, h + 1), footer=footer)


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


def read_records(rows: list) -> list:
    if not rows:
        return []
    heads = [str(h) if h is not None else None for h in rows[0]]
    out = []
    for r in rows[1:]:
        rec = {h: L.norm_value(r[i]) if i < len(r) else None for i, h in enumerate(heads) if h}
        out.append(rec)
    return out
