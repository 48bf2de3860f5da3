"""Reading the files departments send back (``tbkl-xl import-replies``).

``read_reply(path, master_id, exports)`` checks one returned file and turns its rows into
``ReplyEdit``s; every problem becomes a ``Rejection`` with a Vietnamese reason (the whole file,
or one row with its task id).  Nothing here writes: ``master.exchange.apply_reply_edits``
merges the edits.

Checks, in order: a readable .xlsx; our hidden ``_tbkl_export`` sheet; the same master; an export
the master knows and that no newer export for the agency has replaced; the sheet ``Nhiệm vụ``
under its name; the header row exactly as exported (no column added, removed or moved); no
merged cells in the table.  Per row: a hidden task id of that export; locked columns unchanged
(checksums); a status from the list; a completion date that reads as a date (text is read
day-first: ``05/6/2026``, ``5-6-2026``, ``5.6.2026``; also ``2026-06-05``).
"""
from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Optional

from ..master import layout as L
from ..master.exchange import ReplyEdit
from ..messages import reports as M
from ..text import nfc, norm_key
from . import agency_files as A
from .weekly_text import dmy


@dataclass(frozen=True)
class Rejection:
    file: str
    reason: str
    row: Optional[int] = None           # the sheet row (None: the whole file)
    task_id: str = ""


@dataclass
class ReplyFile:
    path: str
    export_id: str = ""
    agency: str = ""
    edits: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    rows: int = 0
    already: int = 0                    # rows merged before from this export, skipped
    older: str = ""                     # the file is of an export a newer one superseded (said once)
    saved: Optional[datetime] = None    # when the file was last saved (its properties)

    @property
    def refused(self) -> bool:
        return any(r.row is None for r in self.rejected)


_YMD_SLASH = re.compile(r"^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$")
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")         # "5/6/2026 10:30", "2026-06-05 00:00:00"
OTHER_SHEET_SUFFIXES = (".xls", ".ods", ".xlsb", ".csv", ".fods", ".numbers")
_STATUS = {norm_key(s): s for s in L.STATUSES}


def read_date(v, sent: Optional[date] = None) -> tuple:
    """``(date or None, ok)``: a cell of ``Ngày hoàn thành`` as a date.  Text is read as the
    master reads a typed date (``master.layout.typed_date``: day-first, ``5/6/2026``,
    ``05-06-2026``, ``5.6.26``, ``ngày 5 tháng 6 năm 2026``, ``2026-06-05``), also with a
    time of day or a closing full stop, and ``2026/06/05``; a day and month without a year
    (``5/6``) take the year that puts it nearest ``sent``, the day the file was exported."""
    if v is None or (isinstance(v, str) and not v.strip()):
        return None, True
    if isinstance(v, datetime):
        return v.date(), True
    if isinstance(v, date):
        return v, True
    if isinstance(v, (int, float)) and not isinstance(v, bool) and 20000 < v < 80000:
        return date(1899, 12, 30) + timedelta(days=int(v)), True    # an Excel day number
    s = _TIME.sub("", nfc(str(v)).strip().rstrip(".;,").strip())
    d = L.typed_date(s)
    if d is None:
        m = _YMD_SLASH.match(s)
        if m:
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                d = None
    if d is None and sent is not None:
        near = [c for c in (L.typed_date(s, y) for y in (sent.year - 1, sent.year, sent.year + 1)) if c]
        d = min(near, key=lambda c: abs((c - sent).days)) if near else None
    return (d, True) if d is not None else (None, False)


def read_status(v) -> tuple:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None, True
    s = _STATUS.get(norm_key(str(v)))
    return (s, True) if s else (None, False)


def _text(v):
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, datetime):
        v = dmy(v.date())
    s = nfc(str(v)).strip()
    return s or None


def _meta(wb) -> Optional[dict]:
    if A.META_SHEET not in wb.sheetnames:
        return None
    out = {}
    for r in wb[A.META_SHEET].iter_rows(values_only=True):
        if r and r[0] is not None and len(r) > 1:
            out[str(r[0])] = r[1]
    return out


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(i)


def _header_row(ws, heads: list, hrow: int) -> int:
    """The row holding the exported header: where it was written, or elsewhere when a department
    inserted rows above the table (its own letterhead, a "Kính gửi" line) or deleted the title
    rows, which harms nothing.
    Known by its first columns and the hidden id column; ``hrow`` when it is nowhere."""
    want = [h for h in heads[:3]]
    id_col = heads.index(A.COL_HIDDEN_ID) + 1 if A.COL_HIDDEN_ID in heads else None
    for r in [hrow] + list(range(1, min(ws.max_row, hrow + 30) + 1)):
        if [_text(ws.cell(r, j + 1).value) for j in range(len(want))] == want and (
                id_col is None or _text(ws.cell(r, id_col).value) == A.COL_HIDDEN_ID):
            return r
    return hrow


def _export_time(rec, with_time: bool) -> str:
    """``10/06/2026``, or ``10/06/2026 lúc 09:05`` when two exports of one day must be told apart."""
    if with_time:
        try:
            return M.EXPORT_AT.format(day=dmy(rec.today), time=datetime.fromisoformat(rec.written).strftime("%H:%M"))
        except (TypeError, ValueError):
            pass
    return dmy(rec.today)


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def read_reply(path, master_id: str, exports: dict, today: Optional[date] = None) -> ReplyFile:
    """Check one returned file against the master's identity and export register."""
    path = Path(path)
    out = ReplyFile(path=str(path))
    name = path.name

    def refuse(reason: str) -> ReplyFile:
        out.rejected.append(Rejection(file=name, reason=reason))
        return out

    if not path.is_file():
        return refuse(M.R_NOT_FOUND)
    if path.suffix.lower() in OTHER_SHEET_SUFFIXES:
        return refuse(M.R_OTHER_FORMAT.format(ext=path.suffix.lower()))
    if not zipfile.is_zipfile(path):
        return refuse(M.R_NOT_XLSX)
    from openpyxl import load_workbook
    try:
        wb = load_workbook(path, data_only=True)
    except Exception:
        return refuse(M.R_NOT_XLSX)
    saved = getattr(wb.properties, "modified", None)
    out.saved = saved if isinstance(saved, datetime) else None
    meta = _meta(wb)
    if not meta or meta.get("app") != L.APP or meta.get("kind") != A.KIND:
        return refuse(M.R_NOT_OURS)
    theirs = str(meta.get("master_id") or "")
    if theirs != master_id:
        return refuse(M.R_OTHER_MASTER.format(theirs=theirs[:8] or "?", ours=master_id[:8] or "?"))
    out.export_id = str(meta.get("export_id") or "")
    out.agency = str(meta.get("agency") or "")
    rec = exports.get(out.export_id)
    if rec is None:
        day = str(meta.get("today") or "")
        try:
            day = dmy(date.fromisoformat(day))
        except ValueError:
            pass
        return refuse(M.R_UNKNOWN_EXPORT.format(day=day, agency=out.agency))
    if rec.superseded_by:
        newer = exports.get(rec.superseded_by)
        same_day = newer is not None and newer.today == rec.today
        day, newer_day = _export_time(rec, same_day), _export_time(newer, same_day) if newer else "?"
        if not rec.tasks:               # too old: what it showed is no longer kept
            return refuse(M.R_SUPERSEDED.format(day=day, agency=rec.agency, newer=newer_day))
        out.older = M.R_OLDER.format(day=day, agency=rec.agency, newer=newer_day)
    sheet = str(meta.get("sheet") or M.EXPORT_SHEET)
    if sheet not in wb.sheetnames:
        have = ", ".join(f"'{n}'" for n in wb.sheetnames if n != A.META_SHEET)
        return refuse(M.R_NO_SHEET.format(sheet=sheet, have=have))
    ws = wb[sheet]
    try:
        heads = json.loads(str(meta.get("headers")))
        hrow = int(meta.get("header_row"))
    except (TypeError, ValueError):
        return refuse(M.R_NOT_OURS)
    hrow = _header_row(ws, heads, hrow)
    width = max(len(heads), ws.max_column)
    got = [ws.cell(hrow, j).value for j in range(1, width + 1)]
    for j in range(width):
        want = heads[j] if j < len(heads) else None
        g = _text(got[j]) if j < len(got) else None
        if (want or None) != g:
            return refuse(M.R_COLUMNS.format(col=_col(j + 1), want=want or "", got=_clip(g or "")))
    merged = [str(m) for m in ws.merged_cells.ranges if m.max_row >= hrow]
    if merged:
        return refuse(M.R_MERGED.format(cells=", ".join(merged[:3])))

    ix = {h: j for j, h in enumerate(heads)}
    rows_of: dict = {}                  # task id -> the sheet rows holding it
    for r in range(hrow + 1, ws.max_row + 1):
        tid = _text(ws.cell(r, ix[A.COL_HIDDEN_ID] + 1).value)
        if tid:
            rows_of.setdefault(tid, []).append(r)
    for r in range(hrow + 1, ws.max_row + 1):
        vals = [ws.cell(r, j + 1).value for j in range(len(heads))]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in vals):
            continue
        out.rows += 1
        tid = _text(vals[ix[A.COL_HIDDEN_ID]]) or ""

        def reject(reason):
            out.rejected.append(Rejection(file=name, reason=reason, row=r, task_id=tid))

        if not tid:
            reject(M.ROW_NO_ID)
            continue
        copies = rows_of.get(tid, ())
        if len(copies) > 1:
            replies = {tuple(_text(ws.cell(x, ix[c] + 1).value) for c in A.REPLY) for x in copies}
            if len(replies) == 1:           # the same reply twice: taken once
                if r != copies[0]:
                    out.rows -= 1
                    continue
            else:
                reject(M.ROW_DUPLICATE.format(rows=", ".join(str(x) for x in copies)))
                continue
        if tid not in rec.tasks:
            reject(M.ROW_UNKNOWN_ID)
            continue
        want = rec.hashes(tid)
        locked_heads = heads[1:1 + len(A.LOCKED)]
        changed = [h for k, h in zip(A.LOCKED, locked_heads)
                   if A.col_hash(vals[ix[h]]) != want.get(k)]
        if changed:
            reject(M.ROW_TAMPERED.format(cols=", ".join(f"'{h}'" for h in changed)))
            continue
        status, ok = read_status(vals[ix[L.C_STATUS]])
        if not ok:
            reject(M.ROW_BAD_STATUS.format(text=_text(vals[ix[L.C_STATUS]]), allowed=", ".join(L.STATUSES)))
            continue
        done, ok = read_date(vals[ix[L.C_DONE_DATE]], rec.today)
        if not ok:
            shown = rec.shown(tid, L.C_DONE_DATE)
            if _text(vals[ix[L.C_DONE_DATE]]) == _text(shown):
                done = shown                  # the master's own unreadable text, sent back unchanged
            else:
                reject(M.ROW_BAD_DATE.format(text=_text(vals[ix[L.C_DONE_DATE]])))
                continue
        if today is not None and isinstance(done, date) and done > today:
            reject(M.ROW_FUTURE_DATE.format(text=dmy(done), today=dmy(today)))
            continue
        values = {L.C_STATUS: status, L.C_DONE_DATE: done,
                  L.C_RESULT: _text(vals[ix[L.C_RESULT]]), L.C_NOTE: _text(vals[ix[L.C_NOTE]])}
        key = A.row_checksum(tid, [values[c] for c in A.REPLY])
        if key in rec.merged(tid):
            out.already += 1            # this reply was merged before (the file sent again)
            continue
        for col in A.REPLY:
            out.edits.append(ReplyEdit(task_id=tid, column=col, shown=rec.shown(tid, col),
                                       returned=values[col], source=str(path),
                                       export_id=out.export_id, reply_key=key))
    return out
