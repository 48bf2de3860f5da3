"""The pure merge: last-seen snapshot + what staff typed on the sheets + freshly parsed notices
-> the new task records and a change log.

No Excel, no files, no clock: every input is plain rows (dicts keyed by the column headers of
``layout``, or header + list of values as read from a sheet), so the openpyxl path and a live
xlwings book share this code unchanged.

A *record* is a dict holding the task columns of ``layout.TASK_COLUMNS`` (minus the computed
``Còn lại (ngày)``) plus internal keys:

``_order``   position of the task in its notice (parser tasks)
``_targets`` agency names whose sheet shows the task, newline separated
``_lead``    comparable key of the lead agencies (re-identifying a reworded task)
``_manual``  1 for a row a person added by hand
``_seq``     order of hand-added rows
``_extra``   dict: header of a column staff added -> value
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from rapidfuzz import fuzz

from ..text import fold
from . import layout as L

REIDENTIFY_MIN_RATIO = 85.0

# task-level parser fields: a change is an "update" of the task and is logged per task
TASK_PARSER_FIELDS = (L.C_SECTION, L.C_TEXT, L.C_LEAD, L.C_SUPPORT, L.C_DEADLINE,
                      L.C_DEADLINE_TEXT, L.C_REVIEW)
# notice-level fields copied on every task row; their changes are logged once per notice
NOTICE_FIELDS_ON_TASK = (L.C_NUMBER, L.C_ISSUED, L.C_TITLE, L.C_NOTICE_ID)
INTERNAL_PARSER_FIELDS = ("_order", "_targets", "_lead")
NOTICE_LOGGED = (L.N_NUMBER, L.N_ISSUED, L.N_TITLE, L.N_LEADER, L.N_MEETING, L.N_SOURCE)
NOTICE_SILENT = (L.N_HASH, L.N_ISSUED_MONTH, L.N_CONTENT_HASH)
RECORD_FIELDS = tuple(c for c in L.TASK_COLUMNS if c != L.C_LEFT)

# notes written in the Nhật ký "Ghi chú" column
NOTE_EDIT = "sửa của cán bộ"
NOTE_CONFLICT_KEPT = "xung đột: giữ giá trị ở trang cơ quan"
NOTE_CONFLICT_LOST = "xung đột: giá trị bị thay"
NOTE_IGNORED = "cột do máy ghi: sửa tay không được giữ"
NOTE_UPDATE = "cập nhật từ thông báo"
NOTE_ADDED = "nhiệm vụ mới"
NOTE_NOTICE_NEW = "nhập thông báo mới"
NOTE_VANISHED = "không còn trong thông báo (không xóa)"
NOTE_BACK = "có lại trong thông báo"
NOTE_REIDENT = "nhận diện lại: nội dung đã sửa"
NOTE_MANUAL = "dòng thêm tay: cấp mã"
NOTE_DRAFT_IGNORED = "bản dự thảo bỏ qua: đã có bản ký"


@dataclass
class SheetView:
    """A task sheet as read: ``agency`` is None for Tổng hợp, else the agency it belongs to."""
    name: str
    agency: Optional[str]
    headers: list
    rows: list                      # lists of raw cell values, row 2 onward


@dataclass
class Incoming:
    """One parsed notice as plain records (see ``records.notice_record``/``task_record``)."""
    notice: dict
    tasks: list


@dataclass
class MergeResult:
    tasks: list                     # records in display order
    notices: list                   # notice records in display order
    log: list                       # tuples in layout.LOG_COLUMNS order
    sheet_extras: dict              # sheet identity (agency name or SUMMARY) -> extra headers
    added: int = 0
    updated: int = 0
    vanished: int = 0
    reidentified: int = 0
    edits_kept: int = 0
    conflicts: int = 0
    manual_added: int = 0
    ignored_edits: int = 0
    warnings: list = field(default_factory=list)


def _norm_text(s) -> str:
    return " ".join(fold(str(s or "")).split())


def notice_sort_key(n: dict) -> tuple:
    d = n.get(L.N_ISSUED) or n.get(L.N_MEETING)
    if not isinstance(d, date):
        ym = n.get(L.N_ISSUED_MONTH)
        try:
            y, m = (int(x) for x in str(ym).split("-"))
            d = date(y, m, 1)
        except (ValueError, TypeError):
            d = date.max
    return (d, str(n.get(L.N_ID) or ""))


def task_sort_key(r: dict, notice_keys: dict) -> tuple:
    if r.get("_manual"):
        return (1, (date.max, ""), int(r.get("_seq") or 0), (), str(r[L.C_ID]))
    nk = notice_keys.get(r.get(L.C_NOTICE_ID), (date.max, str(r.get(L.C_NOTICE_ID) or "")))
    return (0, nk, int(r.get("_order") or 0), L.section_key(str(r.get(L.C_SECTION) or "")),
            str(r[L.C_ID]))


def _manual_id(sheet: str, values: Iterable, taken: set) -> str:
    h = hashlib.sha1(("\x1f".join([sheet] + [str(v) for v in values])).encode("utf-8")).hexdigest()
    base = "TC-" + h[:8].upper()
    cand, n = base, 2
    while cand in taken:
        cand, n = f"{base}-{n}", n + 1
    return cand


def _split_names(text) -> list:
    if not text:
        return []
    return [p.strip() for p in str(text).replace("\n", ";").split(";") if p.strip()]


class _Merger:
    def __init__(self, snapshot, notices, sheets, when, today):
        self.when = when
        self.today = today
        self.log = []
        self.res = MergeResult(tasks=[], notices=[], log=self.log, sheet_extras={})
        self.recs: dict = {}
        for r in snapshot:
            r = dict(r)
            r["_extra"] = dict(r.get("_extra") or {})
            self.recs[r[L.C_ID]] = r
        self.notices = {n[L.N_ID]: dict(n) for n in notices}
        self.sheets = sheets
        self.changed_notices: set = set()

    def add_log(self, task, fld, old, new, source, note):
        self.log.append((self.when, task, fld, old, new, source, note))

    # ------------------------------------------------------------ harvest
    def harvest(self):
        occ: dict = {}          # id -> list of (sheet, rowdict)
        new_rows = []           # (sheet, rowdict)
        seq = max([int(r.get("_seq") or 0) for r in self.recs.values()] + [0])
        for sh in self.sheets:
            heads = []
            for i, h in enumerate(sh.headers):
                h = L.norm_value(h)
                heads.append(str(h) if h is not None else None)
            width = max([len(heads)] + [len(r) for r in sh.rows])
            for i in range(len(heads), width):
                heads.append(None)
            for i, h in enumerate(heads):
                if h is None and any(i < len(r) and L.norm_value(r[i]) is not None for r in sh.rows):
                    from openpyxl.utils import get_column_letter
                    heads[i] = f"(Cột {get_column_letter(i + 1)})"
            extras = [h for h in heads if h is not None and h not in L.TASK_COLUMNS]
            ident = sh.agency or L.SUMMARY
            self.res.sheet_extras.setdefault(ident, [])
            for h in extras:
                if h not in self.res.sheet_extras[ident]:
                    self.res.sheet_extras[ident].append(h)
            sh._heads = heads
            for raw in sh.rows:
                row = {}
                for i, h in enumerate(heads):
                    if h is None or i >= len(raw):
                        continue
                    v = L.norm_value(raw[i])
                    if h == L.C_DONE_DATE and isinstance(v, str):
                        v = L.as_date(v) or v
                    row[h] = v
                if all(v is None for k, v in row.items() if k != L.C_LEFT):
                    continue
                tid = row.get(L.C_ID)
                if tid is None:
                    new_rows.append((sh, row))
                else:
                    occ.setdefault(str(tid), []).append((sh, row))
        # rows with an id we never wrote (snapshot lost, id typed by hand): keep as hand rows
        for tid, places in occ.items():
            if tid not in self.recs:
                sh, row = places[0]
                seq += 1
                self.recs[tid] = self._manual_record(tid, sh, row, seq, base_from_row=False)
        for tid, places in occ.items():
            self._resolve(self.recs[tid], places)
        taken = set(self.recs)
        for sh, row in new_rows:
            vals = [row.get(h) for h in sorted(row, key=str)]
            tid = _manual_id(sh.name, vals, taken)
            taken.add(tid)
            seq += 1
            rec = self._manual_record(tid, sh, row, seq, base_from_row=True)
            self.recs[tid] = rec
            self.res.manual_added += 1
            self.add_log(tid, L.C_ID, None, tid, sh.name, NOTE_MANUAL)

    def _manual_record(self, tid, sh, row, seq, base_from_row):
        rec = {k: None for k in RECORD_FIELDS}
        rec.update({L.C_ID: tid, L.C_ORIGIN: L.ORIGIN_MANUAL, "_manual": 1, "_seq": seq,
                    "_extra": {}, "_order": 0, "_lead": "", "_targets": None})
        if base_from_row:
            for k, v in row.items():
                if k in L.MANUAL_LOCKED:
                    continue
                if k in RECORD_FIELDS:
                    rec[k] = v
                else:
                    rec["_extra"][k] = v
            if sh.agency and not rec.get(L.C_LEAD):
                rec[L.C_LEAD] = sh.agency
        if not rec.get(L.C_STATUS) and base_from_row:
            pass
        rec["_home"] = sh.agency
        return rec

    def _editable(self, rec, places) -> list:
        if rec.get("_manual"):
            fields = [c for c in RECORD_FIELDS if c not in L.MANUAL_LOCKED]
        else:
            fields = list(L.STAFF_COLUMNS)
        extras = []
        for sh, _ in places:
            for h in sh._heads:
                if h is not None and h not in L.TASK_COLUMNS and h not in extras:
                    extras.append(h)
        return fields + extras

    def _resolve(self, rec, places):
        tid = rec[L.C_ID]
        # agency sheets first (workbook order), then Tổng hợp
        ordered = sorted(places, key=lambda p: (p[0].agency is None,))
        for f in self._editable(rec, places):
            is_extra = f not in L.TASK_COLUMNS
            base = rec["_extra"].get(f) if is_extra else rec.get(f)
            vals = [(sh, row.get(f)) for sh, row in ordered if f in sh._heads]
            changed = [(sh, v) for sh, v in vals if v != base]
            if not changed:
                continue
            distinct = []
            for _, v in changed:
                if v not in distinct:
                    distinct.append(v)
            win = changed[0][1]
            if len(distinct) == 1:
                src = ", ".join(dict.fromkeys(sh.name for sh, _ in changed))
                self.add_log(tid, f, base, win, src, NOTE_EDIT)
            else:
                self.res.conflicts += 1
                kept_src = changed[0][0].name
                self.add_log(tid, f, base, win, kept_src, NOTE_CONFLICT_KEPT)
                for sh, v in changed[1:]:
                    if v != win:
                        self.add_log(tid, f, base, v, sh.name, NOTE_CONFLICT_LOST)
            self.res.edits_kept += 1
            if is_extra:
                if win is None:
                    rec["_extra"].pop(f, None)
                else:
                    rec["_extra"][f] = win
            else:
                rec[f] = win
        if not rec.get("_manual"):
            for f in TASK_PARSER_FIELDS + (L.C_NUMBER, L.C_ISSUED, L.C_TITLE, L.C_NOTICE_ID):
                base = rec.get(f)
                for sh, row in ordered:
                    if f in sh._heads and row.get(f) != base:
                        self.res.ignored_edits += 1
                        self.add_log(tid, f, base, row.get(f), sh.name, NOTE_IGNORED)

    # ------------------------------------------------------------ incoming notices
    def apply(self, incoming: list):
        chosen: dict = {}
        for inc in incoming:
            nid = inc.notice[L.N_ID]
            prev = chosen.get(nid)
            if prev is None or self._prefer(inc.notice, prev.notice):
                chosen[nid] = inc
        by_notice: dict = {}
        for r in self.recs.values():
            if not r.get("_manual"):
                by_notice.setdefault(r.get(L.C_NOTICE_ID), []).append(r[L.C_ID])
        for nid, inc in chosen.items():
            stored = self.notices.get(nid)
            if stored and stored.get(L.N_NUMBER) and not inc.notice.get(L.N_NUMBER):
                self.res.warnings.append(
                    f"{inc.notice.get(L.N_SOURCE)}: draft of notice {stored.get(L.N_NUMBER)} "
                    f"ignored: the signed version is already imported")
                self.add_log(nid, L.N_NUMBER, stored.get(L.N_NUMBER), None,
                             inc.notice.get(L.N_SOURCE), NOTE_DRAFT_IGNORED)
                continue
            self._apply_notice(inc, stored, by_notice.get(nid, []))

    @staticmethod
    def _prefer(a: dict, b: dict) -> bool:
        """Is notice record ``a`` a better version than ``b`` (signed over draft)?"""
        ka = (bool(a.get(L.N_NUMBER)), a.get(L.N_ISSUED) is not None)
        kb = (bool(b.get(L.N_NUMBER)), b.get(L.N_ISSUED) is not None)
        return ka >= kb

    def _apply_notice(self, inc: Incoming, stored: Optional[dict], old_ids: list):
        nid = inc.notice[L.N_ID]
        src = inc.notice.get(L.N_SOURCE)
        if stored is None:
            stored = {k: None for k in L.NOTICE_STORE_COLUMNS}
            stored.update({L.N_ID: nid, L.N_FIRST: self.today})
            self.notices[nid] = stored
            self.changed_notices.add(nid)
            for k in NOTICE_LOGGED + NOTICE_SILENT:
                stored[k] = inc.notice.get(k)
            self.add_log(nid, L.C_NOTICE_ID, None, nid, src, NOTE_NOTICE_NEW)
            fresh_notice = True
        else:
            fresh_notice = False
            for k in NOTICE_LOGGED + NOTICE_SILENT:
                new = inc.notice.get(k)
                if k == L.N_HASH and new is None:
                    continue            # a Notice object given directly: file hash unknown
                if stored.get(k) != new:
                    if k in NOTICE_LOGGED:
                        self.add_log(nid, k, stored.get(k), new, src, NOTE_UPDATE)
                    self.changed_notices.add(nid)
                    stored[k] = new
        seen = set()
        tasks = []
        for t in inc.tasks:
            if t[L.C_ID] in seen:
                continue
            seen.add(t[L.C_ID])
            tasks.append(t)
        new_ids = {t[L.C_ID] for t in tasks}
        gone = [self.recs[i] for i in old_ids if i not in new_ids and i in self.recs]
        fresh = [t for t in tasks if t[L.C_ID] not in self.recs]
        pairs = self._reidentify(gone, fresh)
        for t in tasks:
            tid = t[L.C_ID]
            if tid in pairs:
                old = pairs[tid]
                rec = self.recs.pop(old[L.C_ID])
                self.add_log(tid, L.C_ID, rec[L.C_ID], tid, src, NOTE_REIDENT)
                rec[L.C_ID] = tid
                self.recs[tid] = rec
                self.res.reidentified += 1
                self._update(rec, t, src, count_update=True, force=True)
                self.changed_notices.add(nid)
            elif tid in self.recs:
                if self._update(self.recs[tid], t, src, count_update=True):
                    self.changed_notices.add(nid)
            else:
                rec = {k: None for k in RECORD_FIELDS}
                rec.update({"_extra": {}, "_manual": None, "_seq": None})
                for k in RECORD_FIELDS + INTERNAL_PARSER_FIELDS:
                    if k in t and k not in L.STAFF_COLUMNS:
                        rec[k] = t[k]
                rec[L.C_ID] = tid
                rec[L.C_STATUS] = t.get(L.C_STATUS) or L.ST_TODO
                rec[L.C_ORIGIN] = None
                self.recs[tid] = rec
                self.res.added += 1
                self.changed_notices.add(nid)
                if not fresh_notice:
                    self.add_log(tid, L.C_TEXT, None, rec.get(L.C_TEXT), src, NOTE_ADDED)
        matched_old = {r[L.C_ID] for r in pairs.values()}
        for r in gone:
            if r[L.C_ID] in matched_old:
                continue
            if r.get(L.C_ORIGIN) != L.ORIGIN_VANISHED:
                r[L.C_ORIGIN] = L.ORIGIN_VANISHED
                self.res.vanished += 1
                self.changed_notices.add(nid)
                self.add_log(r[L.C_ID], L.C_ORIGIN, None, L.ORIGIN_VANISHED, src, NOTE_VANISHED)

    def _reidentify(self, gone: list, fresh: list) -> dict:
        """new id -> old record, for reworded tasks (same section and lead, similar text)."""
        cands = []
        for g in gone:
            gt = _norm_text(g.get(L.C_TEXT))
            for f in fresh:
                if str(g.get(L.C_SECTION) or "") != str(f.get(L.C_SECTION) or ""):
                    continue
                if (g.get("_lead") or "") != (f.get("_lead") or ""):
                    continue
                score = fuzz.ratio(gt, _norm_text(f.get(L.C_TEXT)))
                if score >= REIDENTIFY_MIN_RATIO:
                    cands.append((-score, g[L.C_ID], f[L.C_ID], g))
        cands.sort(key=lambda c: (c[0], c[1], c[2]))
        used_g, out = set(), {}
        for _, gid, fid, g in cands:
            if gid in used_g or fid in out:
                continue
            used_g.add(gid)
            out[fid] = g
        return out

    def _update(self, rec, t, src, count_update, force=False) -> bool:
        tid = rec[L.C_ID]
        changed = force
        for k in TASK_PARSER_FIELDS:
            new = t.get(k)
            if rec.get(k) != new:
                self.add_log(tid, k, rec.get(k), new, src, NOTE_UPDATE)
                rec[k] = new
                changed = True
        for k in NOTICE_FIELDS_ON_TASK + INTERNAL_PARSER_FIELDS:
            if rec.get(k) != t.get(k):
                rec[k] = t.get(k)
                if k in INTERNAL_PARSER_FIELDS and k != "_order":
                    changed = changed or k == "_targets"
        if rec.get(L.C_ORIGIN) == L.ORIGIN_VANISHED:
            rec[L.C_ORIGIN] = None
            self.add_log(tid, L.C_ORIGIN, L.ORIGIN_VANISHED, None, src, NOTE_BACK)
            changed = True
        if rec.get("_manual"):
            rec["_manual"] = None
            rec["_seq"] = None
            rec[L.C_ORIGIN] = None
            changed = True
        if changed and count_update:
            self.res.updated += 1
        return changed

    # ------------------------------------------------------------ finish
    def finish(self) -> MergeResult:
        for r in self.recs.values():
            if r.get("_manual"):
                names = _split_names(r.get(L.C_LEAD))
                if r.get("_home") and r["_home"] not in names:
                    names.insert(0, r["_home"])
                r["_targets"] = "\n".join(names) or None
        counts: dict = {}
        for r in self.recs.values():
            if not r.get("_manual") and r.get(L.C_ORIGIN) != L.ORIGIN_VANISHED:
                counts[r.get(L.C_NOTICE_ID)] = counts.get(r.get(L.C_NOTICE_ID), 0) + 1
        for nid, n in self.notices.items():
            c = counts.get(nid, 0)
            if n.get(L.N_COUNT) != c:
                n[L.N_COUNT] = c
            if nid in self.changed_notices:
                n[L.N_CHANGED] = self.today
        notices = sorted(self.notices.values(), key=notice_sort_key)
        nkeys = {n[L.N_ID]: notice_sort_key(n) for n in notices}
        self.res.tasks = sorted(self.recs.values(), key=lambda r: task_sort_key(r, nkeys))
        for r in self.res.tasks:
            r.pop("_home", None)
        self.res.notices = notices
        return self.res


def merge(snapshot: list, notices: list, sheets: list, incoming: list, *, when, today) -> MergeResult:
    """Merge what the workbook holds with newly parsed notices.

    ``snapshot``: the records as written by the last refresh; ``notices``: notice records;
    ``sheets``: every task sheet as read now (``SheetView``), Tổng hợp and agency sheets;
    ``incoming``: parsed notices as plain records.  Staff-owned cells are never taken from
    ``incoming``; an edit made on an agency sheet beats a different edit of the same cell on
    Tổng hợp; every change is in ``MergeResult.log``.
    """
    m = _Merger(snapshot, notices, sheets, when, today)
    m.harvest()
    m.apply(incoming)
    return m.finish()
