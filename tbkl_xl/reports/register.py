"""The hidden registers the reports keep in the master (plain rows; written by
``master.exchange``):

- ``_tbkl_rep_history``: one row per weekly report (one per week, the latest kept): what the
  next report compares with;
- ``_tbkl_rep_exports``: one row per exported agency file: its id, agency, day and file name,
  and, for the newest export of each agency, per task the values shown in the reply columns and
  the checksums of the locked columns.  Older exports keep their row without the data, so a
  reply on them can be told apart ("superseded").

A JSON payload longer than a cell holds is split over the cells at the right of the row.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

from ..master import layout as L

HISTORY = L.REPORT_PREFIX + "_history"
EXPORTS = L.REPORT_PREFIX + "_exports"
CHUNK = 30000
KEEP_HISTORY = 60                       # weeks kept

HISTORY_HEAD = ["week", "today", "written", "json"]
EXPORTS_HEAD = ["export_id", "agency", "today", "written", "file", "tasks", "superseded_by", "json"]


def _enc(v):
    if isinstance(v, datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, date):
        return {"date": v.isoformat()}
    return v


def _dec(v):
    if isinstance(v, dict) and set(v) == {"date"}:
        return date.fromisoformat(v["date"])
    if isinstance(v, dict) and set(v) == {"datetime"}:
        return datetime.fromisoformat(v["datetime"])
    return v


def _chunks(payload) -> list:
    js = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    return [js[i:i + CHUNK] for i in range(0, len(js), CHUNK)] or [""]


def _joined(cells) -> Optional[object]:
    js = "".join(str(c) for c in cells if c is not None)
    if not js:
        return None
    try:
        return json.loads(js)
    except ValueError:
        return None


def _s(v) -> str:
    if isinstance(v, datetime):
        return v.isoformat()
    return "" if v is None else str(v)


# ---------------------------------------------------------------- history
def read_history(rows: Optional[list]) -> list:
    out = []
    for r in (rows or [])[1:]:
        if not r or r[0] is None:
            continue
        d = _joined(r[3:])
        if isinstance(d, dict):
            out.append(d)
    return out


def history_rows(old_rows: Optional[list], entry: dict, when: datetime) -> list:
    """The history with ``entry`` added (replacing an entry of the same week)."""
    keep = [e for e in read_history(old_rows) if e.get("week") != entry["week"]]
    keep.append(entry)
    keep.sort(key=lambda e: (e.get("week", ""), e.get("today", "")))
    keep = keep[-KEEP_HISTORY:]
    rows = [list(HISTORY_HEAD)]
    for e in keep:
        rows.append([e["week"], e["today"], e.get("written") or when.isoformat(timespec="seconds")]
                    + _chunks(e))
    return rows


# ---------------------------------------------------------------- exports
@dataclass
class ExportRecord:
    export_id: str
    agency: str
    today: date
    file: str
    tasks: dict = field(default_factory=dict)   # task id -> {"h": {col: hash}, "s": {col: value}}
    superseded_by: str = ""
    written: str = ""

    def shown(self, task_id: str, column: str):
        return _dec(((self.tasks.get(task_id) or {}).get("s") or {}).get(column))

    def hashes(self, task_id: str) -> dict:
        return (self.tasks.get(task_id) or {}).get("h") or {}

    def merged(self, task_id: str) -> set:
        """Checksums of this task's reply rows already merged from this export's files."""
        return set((self.tasks.get(task_id) or {}).get("r") or ())


def update_exports(rows: list, changes: dict) -> list:
    """The export register with, per export and task, the reply values merged from its files
    as the new ``shown`` (what the department knows the master holds) and the merged rows'
    checksums added (``master.exchange.apply_reply_edits``'s ``register`` update)."""
    out = [list(r) for r in rows]
    for r in out[1:]:
        if not r or r[0] is None or str(r[0]) not in changes:
            continue
        r.extend([None] * (len(EXPORTS_HEAD) - len(r)))
        data = _joined(r[7:])
        if not isinstance(data, dict):
            continue
        for tid, ch in changes[str(r[0])].items():
            t = data.get(tid)
            if t is None:
                continue
            t.setdefault("s", {}).update(encode_shown(ch.get("s") or {}))
            if ch.get("r"):
                t["r"] = sorted(set(t.get("r") or ()) | set(ch["r"]))
        r[7:] = _chunks(data)
        while r and r[-1] is None:
            r.pop()
    return out


def read_exports(rows: Optional[list]) -> dict:
    out = {}
    for r in (rows or [])[1:]:
        if not r or r[0] is None:
            continue
        r = list(r) + [None] * (len(EXPORTS_HEAD) - len(r))
        try:
            day = date.fromisoformat(_s(r[2])[:10])
        except ValueError:
            continue
        data = _joined(r[7:]) or {}
        out[str(r[0])] = ExportRecord(export_id=str(r[0]), agency=_s(r[1]), today=day, file=_s(r[4]),
                                      tasks=data if isinstance(data, dict) else {},
                                      superseded_by=_s(r[6]), written=_s(r[3]))
    return out


def encode_shown(values: dict) -> dict:
    return {k: _enc(v) for k, v in values.items()}


# superseded exports of an agency whose per-task data is kept: a department replying on one of
# its last files (it kept working on last week's) is still merged; older ones are refused
KEEP_SUPERSEDED = 3


def exports_rows(old_rows: Optional[list], new: list, when: datetime) -> list:
    """The register with the ``new`` ExportRecords added; each agency's older exports are
    marked superseded by the newest; all but its ``KEEP_SUPERSEDED`` latest superseded ones
    lose their per-task data (their files are refused from then on)."""
    recs = list(read_exports(old_rows).values())
    newest = {r.agency: r.export_id for r in new}
    for r in recs:
        if r.agency in newest and not r.superseded_by:
            r.superseded_by = newest[r.agency]
    by_agency: dict = {}
    for r in recs:
        if r.superseded_by and r.tasks:
            by_agency.setdefault(r.agency, []).append(r)
    for olds in by_agency.values():
        olds.sort(key=lambda r: (r.today, r.written), reverse=True)
        for r in olds[KEEP_SUPERSEDED:]:
            r.tasks = {}
    rows = [list(EXPORTS_HEAD)]
    for r in recs + list(new):
        rows.append([r.export_id, r.agency, r.today.isoformat(), r.written or when.isoformat(timespec="seconds"),
                     r.file, len(r.tasks) or None, r.superseded_by or None]
                    + (_chunks(r.tasks) if r.tasks else []))
    return rows
