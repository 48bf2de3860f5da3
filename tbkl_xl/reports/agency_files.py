"""One print-ready reply file per agency (``tbkl-xl export``).

The file: sheet ``Nhiệm vụ`` with a title (agency, "nhiệm vụ theo dõi đến ngày …"), a short
instruction block, then one row per task: STT and the locked columns the department reads, the
four reply columns it fills (yellow, unlocked; status as a dropdown, the date validated), and
two hidden columns: the task id and a checksum of the row's locked content.  A very hidden
sheet ``_tbkl_export`` carries the master's identity, the export's id and the layout, so that
``import-replies`` can match rows and see tampering.  Sheet protection has no password.

``export_rows`` is the pure core; ``write_agency_file`` writes one file with XlsxWriter.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from difflib import get_close_matches
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Optional

from ..errors import UsageError
from ..master import layout as L
from ..master.workbook import row_height
from ..messages import reports as M
from ..text import nfc, norm_key, strip_accents
from . import counting as C
from .weekly_text import dmy, notice_ref

META_SHEET = "_tbkl_export"
FORMAT = 1
KIND = "reply-form"
HEADER_ROW = 5                          # 1-based row of the column headers
COL_HIDDEN_ID = "Mã NV"
COL_HIDDEN_SUM = "Kiểm tra"

LOCKED = (M.COL_TEXT, M.COL_NOTICE, M.COL_SUPPORT, M.COL_DEADLINE, "situation")
REPLY = L.STAFF_COLUMNS                 # Trạng thái, Ngày hoàn thành, Kết quả thực hiện, Ghi chú
WIDTHS = (5, 44, 14, 16, 11.5, 12, 14.5, 11.5, 28, 16, 14, 18)


def headers(today: date) -> list:
    """The header row, left to right (the last two columns are hidden)."""
    return ([M.COL_STT, M.COL_TEXT, M.COL_NOTICE, M.COL_SUPPORT, M.COL_DEADLINE,
             M.COL_SITUATION.format(today=dmy(today))] + list(REPLY) + [COL_HIDDEN_ID, COL_HIDDEN_SUM])


def cell_key(v) -> str:
    """The comparable text of a cell as written or as read back (dates as ISO days)."""
    if v is None:
        return ""
    if isinstance(v, datetime):
        v = v.date() if not (v.hour or v.minute or v.second) else v
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return " ".join(nfc(str(v)).replace("\r\n", "\n").split())


def col_hash(v) -> str:
    return hashlib.sha256(cell_key(v).encode("utf-8")).hexdigest()[:12]


def row_checksum(task_id: str, locked_values: Iterable) -> str:
    return hashlib.sha256("\x1f".join([task_id] + [col_hash(v) for v in locked_values])
                          .encode("utf-8")).hexdigest()[:20]


@dataclass
class ExportRow:
    task_id: str
    locked: list                        # values of LOCKED, in order
    shown: dict                         # reply column -> value shown at export

    @property
    def hashes(self) -> dict:
        return {k: col_hash(v) for k, v in zip(LOCKED, self.locked)}

    @property
    def checksum(self) -> str:
        return row_checksum(self.task_id, self.locked)


@dataclass
class AgencyExport:
    agency: str
    today: date
    rows: list = field(default_factory=list)
    export_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    file: Optional[Path] = None


def situation(t, today: date) -> str:
    cat = C.category(t, today)
    if t.status == L.ST_DROPPED:
        return M.SITUATION_DROPPED
    if C.is_done(t):
        return M.SITUATION_DONE
    if cat == C.OPEN_OVERDUE:
        return M.SITUATION_OVERDUE.format(n=C.days_overdue(t, today))
    if cat == C.OPEN_IN_TIME:
        left = (t.deadline - today).days
        return M.SITUATION_TODAY if left == 0 else M.SITUATION_LEFT.format(n=left)
    return ""


def _deadline_value(t):
    if t.deadline is not None:
        return t.deadline
    return t.deadline_typed or t.deadline_text or M.NO_DEADLINE_CELL


def _sort_key(t, today: date):
    done = C.is_done(t) or t.status == L.ST_DROPPED
    return (done, t.deadline is None, t.deadline or date.max)


def export_rows(tasks: Iterable, agency: str, today: date) -> list:
    """The rows of ``agency``'s file (pure): its tasks not vanished from their notice, open
    ones first by deadline, then done and dropped ones."""
    mine = [t for t in tasks if agency in t.targets and not t.vanished]
    mine.sort(key=lambda t: _sort_key(t, today))
    out = []
    for t in mine:
        done = t.done_date if t.done_date is not None else (t.done_date_typed or None)
        out.append(ExportRow(
            task_id=t.id,
            locked=[t.text, notice_ref(t), "; ".join(t.support), _deadline_value(t), situation(t, today)],
            shown={L.C_STATUS: t.status or None, L.C_DONE_DATE: done, L.C_RESULT: t.result or None,
                   L.C_NOTE: t.note or None}))
    return out


def pick_agencies(view, names: Optional[Iterable[str]]) -> list:
    """The agencies to export: all that have tasks (the master's order), or those named, read
    as a name typed in the master is read: the agency or its sheet name (case and tone-mark
    style ignored), an alias or abbreviation of the ``Cơ quan`` sheet or the directory
    (``STC``, ``Sở NN&MT``), a typo (``Sở Tài chinh``), a name typed without accents."""
    have = [(s, a) for s, a in view.agencies
            if any(a in t.targets and not t.vanished for t in view.tasks)]
    if not names:
        return [a for _s, a in have]
    keys, bare = {}, {}
    for s, a in have:
        for k in (a, s):
            keys.setdefault(norm_key(k), a)
            bare.setdefault(strip_accents(norm_key(k)), set()).add(a)
    mine = {a for _s, a in have}
    out = []
    for n in names:
        a = keys.get(norm_key(n))
        if a is None and getattr(view, "resolve", None) is not None and str(n).strip():
            hits = [t for t in view.resolve(str(n)).targets if t in mine]
            a = hits[0] if len(hits) == 1 else None
        if a is None:
            hits = bare.get(strip_accents(norm_key(n)), set())
            a = next(iter(hits)) if len(hits) == 1 else None
        if a is None:
            known = "; ".join(a for _s, a in have)
            guess = get_close_matches(strip_accents(norm_key(n)), list(bare), n=1, cutoff=0.75)
            if guess and len(bare[guess[0]]) == 1:
                raise UsageError(M.EXPORT_UNKNOWN_AGENCY_GUESS.format(
                    name=n, guess=next(iter(bare[guess[0]])), known=known))
            raise UsageError(M.EXPORT_UNKNOWN_AGENCY.format(name=n, known=known))
        if a not in out:
            out.append(a)
    return out


def write_agency_file(exp: AgencyExport, path: Path, master_id: str, *, reply_by: Optional[date] = None) -> Path:
    import xlsxwriter
    heads = headers(exp.today)
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                         "strings_to_numbers": False})
    wb.set_properties({"title": M.EXPORT_TITLE.format(agency=exp.agency), "author": M.OFFICE})
    base = {"font_name": L.FONT_NAME, "font_size": 12, "valign": "top", "text_wrap": True}
    f_title = wb.add_format({**base, "bold": True, "font_size": 14, "align": "center", "valign": "vcenter"})
    f_sub = wb.add_format({**base, "italic": True, "align": "center"})
    f_howto = wb.add_format({**base, "font_size": 11, "italic": True})
    f_head = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter", "border": 1,
                            "bg_color": "#DDEBF7"})
    f_head_reply = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                                  "border": 1, "bg_color": "#FFE699"})
    f_text = wb.add_format({**base, "border": 1})
    f_centre = wb.add_format({**base, "border": 1, "align": "center"})
    f_date = wb.add_format({**base, "border": 1, "align": "center", "num_format": "dd/mm/yyyy"})
    f_reply = wb.add_format({**base, "border": 1, "locked": False, "bg_color": "#FFF2CC"})
    f_reply_date = wb.add_format({**base, "border": 1, "locked": False, "bg_color": "#FFF2CC",
                                  "align": "center", "num_format": "dd/mm/yyyy"})
    f_hidden = wb.add_format({"font_size": 8, "text_wrap": True})     # wrapped: never spills over

    ws = wb.add_worksheet(M.EXPORT_SHEET)
    last = len(heads) - 3                               # last visible column (0-based)
    for i, w in enumerate(WIDTHS):
        ws.set_column(i, i, w, None, {"hidden": i > last})
    ws.set_row(0, 24)
    ws.merge_range(0, 0, 0, last, M.EXPORT_TITLE.format(agency=exp.agency.upper()), f_title)
    ws.merge_range(1, 0, 1, last, M.EXPORT_SUBTITLE.format(today=dmy(exp.today)), f_sub)
    by = M.EXPORT_HOWTO_BY.format(date=dmy(reply_by)) if reply_by else ""
    ws.merge_range(2, 0, 2, last, M.EXPORT_HOWTO.format(by=by), f_howto)
    ws.set_row(2, 48)
    h = HEADER_ROW - 1
    for j, name in enumerate(heads):
        ws.write_string(h, j, name, f_head_reply if name in REPLY else f_head)
    ws.set_row(h, 48)
    r = h
    for i, row in enumerate(exp.rows, 1):
        r += 1
        ws.write_number(r, 0, i, f_centre)
        text, notice, support, deadline, sit = row.locked
        ws.write_string(r, 1, text or "", f_text)
        ws.write_string(r, 2, notice or "", f_centre)
        ws.write_string(r, 3, support or "", f_text)
        if isinstance(deadline, date):
            ws.write_datetime(r, 4, datetime.combine(deadline, datetime.min.time()), f_date)
        else:
            ws.write_string(r, 4, str(deadline), f_centre)
        ws.write_string(r, 5, sit or "", f_centre)
        st, done, res, note = (row.shown.get(c) for c in REPLY)
        _write_reply(ws, r, 6, st, f_reply)
        if isinstance(done, date):
            ws.write_datetime(r, 7, datetime.combine(done, datetime.min.time()), f_reply_date)
        else:
            _write_reply(ws, r, 7, done, f_reply_date)
        _write_reply(ws, r, 8, res, f_reply)
        _write_reply(ws, r, 9, note, f_reply)
        height = row_height([None, text, notice, support, None, sit, st, None, res, note], WIDTHS)
        if height:
            ws.set_row(r, height)
        ws.write_string(r, 10, row.task_id, f_hidden)
        ws.write_string(r, 11, row.checksum, f_hidden)
    first, end = HEADER_ROW, max(r, HEADER_ROW)
    if exp.rows:
        ws.data_validation(first, 6, end, 6, {
            "validate": "list", "source": list(L.STATUSES), "input_title": M.STATUS_PROMPT_TITLE,
            "input_message": M.STATUS_PROMPT, "error_title": M.STATUS_PROMPT_TITLE,
            "error_message": M.STATUS_ERROR})
        ws.data_validation(first, 7, end, 7, {
            "validate": "date", "criteria": "between", "minimum": date(2000, 1, 1),
            "maximum": date(2100, 12, 31), "input_title": M.DATE_PROMPT_TITLE,
            "input_message": M.DATE_PROMPT, "error_title": M.DATE_PROMPT_TITLE,
            "error_message": M.DATE_ERROR})
    ws.freeze_panes(HEADER_ROW, 0)
    ws.repeat_rows(h)
    ws.set_paper(9)
    ws.set_landscape()
    ws.set_margins(left=0.5, right=0.4, top=0.6, bottom=0.6)
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    ws.set_footer("&C" + M.EXPORT_FOOTER, {"margin": 0.25})
    ws.set_header("&L&9 " + exp.agency.replace("&", "&&") + "&R&9 " + dmy(exp.today), {"margin": 0.25})
    ws.print_area(0, 0, max(r, h), last)
    ws.protect("", {"format_rows": True, "format_columns": True, "select_locked_cells": True,
                    "select_unlocked_cells": True})
    ws.activate()

    meta = wb.add_worksheet(META_SHEET)
    for i, (k, v) in enumerate((("app", L.APP), ("kind", KIND), ("format", FORMAT),
                                ("master_id", master_id), ("export_id", exp.export_id),
                                ("agency", exp.agency), ("today", exp.today.isoformat()),
                                ("sheet", M.EXPORT_SHEET), ("header_row", HEADER_ROW),
                                ("headers", json.dumps(heads, ensure_ascii=False)),
                                ("rows", len(exp.rows)))):
        meta.write_string(i, 0, k)
        if isinstance(v, int):
            meta.write_number(i, 1, v)
        else:
            meta.write_string(i, 1, str(v))
    meta.very_hidden()
    meta.protect("")
    wb.close()
    return path


def _write_reply(ws, r, c, v, fmt):
    if v is None or v == "":
        ws.write_blank(r, c, None, fmt)
    elif isinstance(v, (int, float)):
        ws.write_number(r, c, v, fmt)
    else:
        ws.write_string(r, c, str(v), fmt)
