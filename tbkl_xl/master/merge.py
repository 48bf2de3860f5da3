"""The pure merge: last-seen snapshot + what staff typed on the sheets + freshly parsed notices
-> the new task records and a change log.

No Excel, no files, no clock: every input is plain rows (``SheetView``: canonical headers and
lists of values as read from a sheet), so the openpyxl path and a live xlwings book share this
code unchanged.  Resolving agency names a person typed is a function passed in.

A *record* is a dict holding ``layout.RECORD_FIELDS`` (what the sheets show) plus internal keys:

``_order``     position of the task in its notice (parser tasks)
``_targets``   agency names whose sheet shows the task, newline separated (as the sheets show it now)
``_lead``      comparable key of the parser's lead agencies (re-identifying a reworded task)
``_manual``    1 for a row a person added by hand; ``_seq`` their order
``_extra``     dict: header of a column staff added -> value
``_shown``     dict: header of a column staff added -> the sheets (agency, or Tổng hợp) that showed
               it for this task at the last write (None: not known, a workbook of an older version)
``_parser``    the parser's latest values of the correctable columns, its review reasons
               (``Cần kiểm tra``) and targets (``_targets``)
``_corr``      column a person corrected -> {"when", "sheet", "targets", "unknown"}: the shown value
               is the person's, kept through every later parse (issue 8)
``_conflicts`` column -> the parser's new value that disagrees with a correction (until reviewed)
``_reviewed``  signature of the task's parse and reasons when a person wrote "Đã kiểm tra"

Who wins: a person's value over the parser's (corrections), the agency sheet over Tổng hợp when
both were edited differently (both logged), and nothing is ever dropped without a log line.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Iterable, Optional

from rapidfuzz import fuzz

from ..messages import master as MSG
from ..text import fold
from . import layout as L

REIDENTIFY_MIN_RATIO = 85.0
RESTORE_MIN_RATIO = 95.0          # a row whose Mã NV was cleared: its text must match this well

# notice-level fields copied on every task row; edits of them are not kept (logged)
NOTICE_FIELDS_ON_TASK = L.NOTICE_ON_TASK
INTERNAL_PARSER_FIELDS = ("_order", "_lead")
NOTICE_LOGGED = (L.N_NUMBER, L.N_ISSUED, L.N_TITLE, L.N_LEADER, L.N_MEETING, L.N_SOURCE)
NOTICE_SILENT = (L.N_HASH, L.N_ISSUED_MONTH, L.N_CONTENT_HASH)
RECORD_FIELDS = L.RECORD_FIELDS
# parser fields whose change is an "update" of the task, logged per task
TASK_PARSER_FIELDS = L.CORRECTABLE_COLUMNS + (L.C_REVIEW,)
AGENCY_COLUMNS = (L.C_LEAD, L.C_SUPPORT)
NOT_READ = (L.C_STT, L.C_LEFT)    # computed columns: what a sheet shows there is never an edit

# kept for callers of the earlier names
NOTE_EDIT, NOTE_CONFLICT_KEPT, NOTE_CONFLICT_LOST = MSG.NOTE_EDIT, MSG.NOTE_CONFLICT_KEPT, MSG.NOTE_CONFLICT_LOST
NOTE_IGNORED, NOTE_UPDATE, NOTE_ADDED = MSG.NOTE_IGNORED, MSG.NOTE_UPDATE, MSG.NOTE_ADDED
NOTE_NOTICE_NEW, NOTE_VANISHED, NOTE_BACK = MSG.NOTE_NOTICE_NEW, MSG.NOTE_VANISHED, MSG.NOTE_BACK
NOTE_REIDENT, NOTE_MANUAL, NOTE_DRAFT_IGNORED = MSG.NOTE_REIDENT, MSG.NOTE_MANUAL, MSG.NOTE_DRAFT_IGNORED


@dataclass
class SheetView:
    """A task sheet as read: ``agency`` is None for Tổng hợp, else the agency it belongs to.
    ``headers`` are canonical (a tool column is named as in ``layout``; a column staff added keeps
    its label; None for a column without header and values)."""
    name: str
    agency: Optional[str]
    headers: list
    rows: list                      # lists of raw cell values, one per task row


@dataclass
class Incoming:
    """One parsed notice as plain records (see ``refresh.notice_record``/``task_record``)."""
    notice: dict
    tasks: list


@dataclass(frozen=True)
class Resolution:
    """What a person typed in an agency column, resolved against the directory."""
    display: Optional[str]          # the text the column shows (canonical names, "; " separated)
    targets: tuple = ()             # agencies whose sheet shows the task
    unknown: tuple = ()             # names the directory does not know (kept as typed, flagged)


def plain_resolution(text, on=None) -> Resolution:
    """Names as typed, no directory: the default of the pure merge."""
    names = split_names(text)
    return Resolution("; ".join(names) or None, tuple(names), ())


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
    corrections: int = 0
    conflicts: int = 0              # a cell edited differently on two sheets
    parse_conflicts: int = 0        # a later notice changes a value a person corrected
    copied_rows: int = 0            # rows copied with a task's Mã NV (kept as hand rows)
    manual_added: int = 0
    ignored_edits: int = 0
    retired: int = 0
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


RESTORE_FIELDS = (L.C_NOTICE_ID, L.C_NUMBER, L.C_ISSUED, L.C_SECTION, L.C_TEXT, L.C_LEAD,
                  L.C_SUPPORT, L.C_DEADLINE, L.C_DEADLINE_TEXT)
RESTORE_MIN_FIELDS = 3            # fields a row must share with a task to be it


def _likeness(row: dict, rec: dict) -> int:
    """How many of a task's identifying cells a row shows (the notice must not differ)."""
    if row.get(L.C_NOTICE_ID) and rec.get(L.C_NOTICE_ID) and row[L.C_NOTICE_ID] != rec[L.C_NOTICE_ID]:
        return 0
    n = 0
    for f in RESTORE_FIELDS:
        a, b = row.get(f), rec.get(f)
        if a is None or b is None:
            continue
        if f == L.C_TEXT:
            n += 2 if fuzz.ratio(_norm_text(a), _norm_text(b)) >= RESTORE_MIN_RATIO else 0
        elif a == b:
            n += 1
    return n


def split_names(text) -> list:
    if not text:
        return []
    return [p.strip() for p in str(text).replace("\n", ";").split(";") if p.strip()]


def _shown(v) -> str:
    """A value as a clerk reads it in a log or review note."""
    if isinstance(v, datetime):
        return v.strftime("%d/%m/%Y %H:%M")
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    return "(trống)" if v is None else str(v)


def _later(value, parser) -> bool:
    """Is a deadline ``value`` a person typed later than the notice's?  A date typed with a
    time (Excel reads "20/5/2026 17:00" as one) is compared by its day."""
    a, b = L.as_date(value), L.as_date(parser)
    return a is not None and b is not None and a > b


def _shown_before(rec: dict, header: str):
    """The sheets (agency, or Tổng hợp) that showed the staff column ``header`` for this task at
    the last write; None when not known (a workbook of an older version)."""
    shown = rec.get("_shown")
    return None if shown is None else set(shown.get(header, ()))


def new_record() -> dict:
    rec = {k: None for k in RECORD_FIELDS}
    rec.update({"_extra": {}, "_manual": None, "_seq": None, "_order": 0, "_lead": None,
                "_targets": None, "_parser": {}, "_corr": {}, "_conflicts": {}, "_reviewed": None,
                "_shown": None})
    return rec


def normalise_record(r: dict) -> dict:
    """A record as stored by any version: every internal key present, dicts copied."""
    rec = new_record()
    rec.update(r)
    for k in ("_extra", "_parser", "_corr", "_conflicts"):
        rec[k] = dict(r.get(k) or {})
    if not rec["_manual"] and not rec["_parser"]:
        # a record of schema 1 (no corrections then): what it shows is the parser's
        rec["_parser"] = {f: rec.get(f) for f in TASK_PARSER_FIELDS}
        rec["_parser"]["_targets"] = rec.get("_targets")
    return rec


def notice_corrections(n: dict) -> dict:
    """A notice record's corrections: column -> {"parser", "when"} (``layout.N_CORR``)."""
    raw = n.get(L.N_CORR)
    if isinstance(raw, dict):
        return raw
    try:
        got = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    if not isinstance(got, dict):
        return {}
    out = {}
    for k, v in got.items():
        if not isinstance(v, dict):
            continue
        v = dict(v)
        if v.pop("date", False) and isinstance(v.get("parser"), str):
            try:
                v["parser"] = date.fromisoformat(v["parser"])
            except ValueError:
                pass
        out[k] = v
    return out


def _stored_value(v):
    """A notice field as the store compares it: a date as a date, text trimmed, "" as None."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, str):
        return L.norm_value(v)
    return v


def _corr_json(corr: dict) -> Optional[str]:
    if not corr:
        return None
    return json.dumps({k: {"parser": v.get("parser").isoformat() if isinstance(v.get("parser"), date)
                           else v.get("parser"), "when": v.get("when"),
                           "date": isinstance(v.get("parser"), date)}
                       for k, v in corr.items()}, ensure_ascii=False, sort_keys=True)


class _Merger:
    def __init__(self, snapshot, notices, sheets, when, today, resolve, canon):
        self.when = when
        self.today = today
        self.resolve = resolve or plain_resolution
        self.canon = canon or (lambda name: name)
        self.log = []
        self.res = MergeResult(tasks=[], notices=[], log=self.log, sheet_extras={})
        self.recs: dict = {}
        for r in snapshot:
            rec = normalise_record(r)
            self.recs[rec[L.C_ID]] = rec
        self.notices = {n[L.N_ID]: dict(n) for n in notices}
        for rec in self.recs.values():          # the snapshot does not repeat the notice's title
            if rec.get(L.C_TITLE) is None and rec.get(L.C_NOTICE_ID) in self.notices:
                rec[L.C_TITLE] = self.notices[rec[L.C_NOTICE_ID]].get(L.N_TITLE)
        self.sheets = sheets
        for rec in self.recs.values():
            # a date kept as typed text by an earlier version (schema 1 read no typed dates)
            for f in (L.C_DEADLINE, L.C_DONE_DATE):
                rec[f] = self._read_date(rec, rec.get(f))
        self.changed_notices: set = set()
        self._by_text = None            # normalised text last written -> task ids

    def add_log(self, task, fld, old, new, source, note):
        self.log.append((self.when, task, fld, old, new, source, note))

    # ------------------------------------------------------------ helpers
    def _sheet_agencies(self, rec) -> list:
        """The agencies whose sheet showed the task after the last refresh."""
        return [self.canon(n) for n in str(rec.get("_targets") or "").split("\n") if n.strip()]

    def _year(self, rec) -> Optional[int]:
        return self._notice_year(self.notices.get(rec.get(L.C_NOTICE_ID)) or {}, rec.get(L.C_ISSUED))

    def _on(self, rec) -> Optional[date]:
        n = self.notices.get(rec.get(L.C_NOTICE_ID)) or {}
        d = rec.get(L.C_ISSUED) or n.get(L.N_ISSUED) or n.get(L.N_MEETING)
        return d if isinstance(d, date) else None

    def _read_date(self, rec, v):
        """A date column's value: a date stays, text day-first becomes a date, else as typed."""
        if isinstance(v, str) and not isinstance(v, L.Formula):
            return L.typed_date(v, self._year(rec)) or v
        return v

    # ------------------------------------------------------------ harvest
    def harvest(self):
        seq = max([int(r.get("_seq") or 0) for r in self.recs.values()] + [0])
        occ: dict = {}          # id -> list of (sheet, rowdict)
        loose = []              # (sheet, rowdict) without an id
        present = set()
        for sh in self.sheets:
            ident = sh.agency or L.SUMMARY
            present.add(ident)
            heads = [str(h) if h is not None else None for h in sh.headers]
            extras = [h for h in heads if h is not None and h not in L.TASK_COLUMNS
                      and h not in L.LEGACY_TASK_COLUMNS]
            self.res.sheet_extras.setdefault(ident, [])
            for h in extras:
                if h not in self.res.sheet_extras[ident]:
                    self.res.sheet_extras[ident].append(h)
            sh._heads = heads
            by_id: dict = {}
            for raw in sh.rows:
                row = {}
                for i, h in enumerate(heads):
                    if h is None or h in NOT_READ or i >= len(raw):
                        continue
                    row[h] = L.norm_value(raw[i])
                if all(v is None for v in row.values()):
                    continue
                tid = row.get(L.C_ID)
                if tid is None:
                    loose.append((sh, row))
                    continue
                owner = self._owner_by_content(sh, row, str(tid))
                if owner is not None:
                    # the row shows another task than its Mã NV says (columns sorted without
                    # the hidden ones): it is the task it shows, with what was typed on it
                    self.add_log(owner, L.C_ID, tid, owner, sh.name, MSG.NOTE_ID_MISMATCH)
                    for f in L.INTERNAL_COLUMNS:      # left on the row: those of the other
                        if f in row:
                            row[f] = self.recs[owner].get(f)
                    row[L.C_ID] = tid = owner
                    raw[heads.index(L.C_ID)] = owner      # what staff put on the row follows too
                by_id.setdefault(str(tid), []).append(row)
            for tid, rows in by_id.items():
                if len(rows) > 1:
                    rows = self._split_copies(sh, tid, rows, loose)
                occ.setdefault(tid, []).append((sh, rows[0]))
        # a row whose Mã NV was cleared is the task whose text it shows, on a sheet that shows it
        for sh, row in list(loose):
            tid = self._restore_id(sh, row, occ)
            if tid is not None:
                loose.remove((sh, row))
                row[L.C_ID] = tid
                occ.setdefault(tid, []).append((sh, row))
                self.add_log(tid, L.C_ID, None, tid, sh.name, MSG.NOTE_ID_RESTORED)
        # rows with an id we never wrote (id typed by hand, row from another workbook): hand rows
        for tid, places in occ.items():
            if tid not in self.recs:
                sh, row = places[0]
                seq += 1
                self.recs[tid] = self._manual_record(tid, sh, row, seq, base_from_row=False)
        for tid, places in occ.items():
            self._resolve(self.recs[tid], places)
        taken = set(self.recs)
        for sh, row in loose:
            vals = [row.get(h) for h in sorted(row, key=str)]
            tid = _manual_id(sh.name, vals, taken)
            taken.add(tid)
            seq += 1
            rec = self._manual_record(tid, sh, row, seq, base_from_row=True)
            self.recs[tid] = rec
            self.res.manual_added += 1
            self.add_log(tid, L.C_ID, None, tid, sh.name, MSG.NOTE_MANUAL)
        if L.SUMMARY in present:
            self._deleted_rows(occ)

    def _owner_by_content(self, sh, row, tid) -> Optional[str]:
        """The task a row shows when its Mã NV names another: its text is, word for word, the
        text last written for exactly one other task (one this sheet shows), not its own, and
        its other cells agree with that task better.  None when the row is its own task."""
        rec = self.recs.get(tid)
        text = _norm_text(row.get(L.C_TEXT)) if row.get(L.C_TEXT) is not None else ""
        if rec is None or rec.get("_manual") or not text or _norm_text(rec.get(L.C_TEXT)) == text:
            return None
        if self._by_text is None:
            self._by_text = {}
            for oid, r in self.recs.items():
                self._by_text.setdefault(_norm_text(r.get(L.C_TEXT)), []).append(oid)
        cands = [o for o in self._by_text.get(text, ()) if o != tid and (
            sh.agency is None or sh.agency in self._sheet_agencies(self.recs[o]))]
        if len(cands) != 1:
            return None
        shown = {k: v for k, v in row.items() if k not in L.INTERNAL_COLUMNS}
        if _likeness(shown, self.recs[cands[0]]) <= _likeness(shown, rec):
            return None
        return cands[0]

    def _split_copies(self, sh, tid, rows, loose) -> list:
        """Several rows of one sheet carry the same id (a copied row): the row closest to what
        was written last is the task; each other one is kept as a hand row.  Nothing of the
        task is overwritten by a copy."""
        rec = self.recs.get(tid)

        def distance(row):
            if rec is None:
                return 0
            return sum(1 for h, v in row.items() if h in RECORD_FIELDS and v != rec.get(h))
        order = sorted(range(len(rows)), key=lambda i: (distance(rows[i]), i))
        keep = rows[order[0]]
        for i in order[1:]:
            copy = dict(rows[i])
            copy.pop(L.C_ID, None)
            copy.pop(L.C_ORIGIN, None)
            loose.append((sh, copy))
            self.res.copied_rows += 1
            self.add_log(tid, L.C_ID, tid, None, sh.name, MSG.NOTE_DUPLICATE_ID)
        return [keep]

    def _restore_id(self, sh, row, occ) -> Optional[str]:
        """The task a row without Mã NV is: one that should be on this sheet and is not, whose
        notice, section, lead, deadline and text the row shows (most of them: a person may
        have corrected one); None when no such task stands out."""
        best, best_score, tie = None, 0, False
        for tid, rec in self.recs.items():
            if any(s is sh for s, _ in occ.get(tid, ())):
                continue
            if sh.agency is not None and sh.agency not in self._sheet_agencies(rec):
                continue
            score = _likeness(row, rec)
            if score > best_score:
                best, best_score, tie = tid, score, False
            elif score == best_score:
                tie = True
        return best if best_score >= RESTORE_MIN_FIELDS and not tie else None

    def _deleted_rows(self, occ):
        """Tasks on no sheet at all while Tổng hợp is there: a person deleted their rows.  A
        hand row is retired; a notice's task is written again (its notice still has it)."""
        for tid in list(self.recs):
            rec = self.recs[tid]
            if tid in occ or rec.get("_new_hand"):
                continue
            if rec.get("_manual"):
                del self.recs[tid]
                self.res.retired += 1
                self.add_log(tid, L.C_TEXT, rec.get(L.C_TEXT), None, L.SUMMARY, MSG.NOTE_RETIRED)
            else:
                self.add_log(tid, L.C_TEXT, None, rec.get(L.C_TEXT), L.SUMMARY, MSG.NOTE_ROW_DELETED)
                self.res.warnings.append((tid, MSG.NOTE_ROW_DELETED))

    def _manual_record(self, tid, sh, row, seq, base_from_row):
        rec = new_record()
        rec.update({L.C_ID: tid, L.C_ORIGIN: L.ORIGIN_MANUAL, "_manual": 1, "_seq": seq,
                    "_new_hand": 1})
        if base_from_row:
            for k, v in row.items():
                if k in L.MANUAL_LOCKED:
                    continue
                if k in L.DATE_COLUMNS:
                    v = self._read_date(rec, v)
                if k in RECORD_FIELDS:
                    rec[k] = v
                elif k not in L.LEGACY_TASK_COLUMNS:
                    rec["_extra"][k] = v
            if sh.agency and not rec.get(L.C_LEAD):
                rec[L.C_LEAD] = sh.agency
        rec["_home"] = sh.agency
        return rec

    def _editable(self, rec, places) -> list:
        if rec.get("_manual"):
            fields = [c for c in RECORD_FIELDS if c not in L.MANUAL_LOCKED]
        else:
            fields = list(L.STAFF_COLUMNS) + list(L.CORRECTABLE_COLUMNS)
        extras = []
        for sh, _ in places:
            for h in sh._heads:
                if (h is not None and h not in L.TASK_COLUMNS and h not in L.LEGACY_TASK_COLUMNS
                        and h not in extras):
                    extras.append(h)
        return fields + extras

    def _resolve(self, rec, places):
        tid = rec[L.C_ID]
        # agency sheets first (workbook order), then Tổng hợp
        ordered = sorted(places, key=lambda p: (p[0].agency is None,))
        if not rec.get("_manual"):
            targets = self._sheet_agencies(rec)
            for sh, _ in ordered:
                if sh.agency is not None and sh.agency not in targets:
                    self.add_log(tid, L.C_LEAD, None, sh.agency, sh.name, MSG.NOTE_WRONG_SHEET)
        for f in self._editable(rec, places):
            is_extra = f not in L.TASK_COLUMNS
            base = rec["_extra"].get(f) if is_extra else rec.get(f)
            vals = [(sh, row.get(f)) for sh, row in ordered if f in sh._heads]
            before = _shown_before(rec, f) if is_extra else None
            # a staff column new on a sheet since the last write: what it holds was typed there
            # (also a value equal to the kept one, which another sheet may have changed)
            changed = [(sh, v) for sh, v in vals
                       if (v is not None if before is not None and (sh.agency or L.SUMMARY) not in before else v != base)]
            if not changed:
                continue
            distinct = []
            for _, v in changed:
                if v not in distinct:
                    distinct.append(v)
            win, win_sheet = changed[0][1], changed[0][0].name
            if len(distinct) > 1:
                self.res.conflicts += 1
                self.add_log(tid, f, base, win, win_sheet, MSG.NOTE_CONFLICT_KEPT)
                for sh, v in changed[1:]:
                    if v != win:
                        self.add_log(tid, f, base, v, sh.name, MSG.NOTE_CONFLICT_LOST)
            src = ", ".join(dict.fromkeys(sh.name for sh, v in changed if v == win))
            if f in L.CORRECTABLE_COLUMNS and not rec.get("_manual"):
                self._correct(rec, f, win, src)
                continue
            if f in L.DATE_COLUMNS:
                win = self._read_date(rec, win)
            if f in AGENCY_COLUMNS and win is not None:     # a hand row's agencies
                win = self.resolve(win, self._on(rec)).display
            if win == base:
                continue
            if len(distinct) == 1:
                self.add_log(tid, f, base, win, src, MSG.NOTE_EDIT)
            self.res.edits_kept += 1
            if is_extra:
                if win is None:
                    rec["_extra"].pop(f, None)
                else:
                    rec["_extra"][f] = win
            else:
                rec[f] = win
        if not rec.get("_manual"):
            self._review_edit(rec, ordered)
            for f in NOTICE_FIELDS_ON_TASK:
                base = rec.get(f)
                for sh, row in ordered:
                    if f in sh._heads and row.get(f) != base:
                        self.res.ignored_edits += 1
                        self.add_log(tid, f, base, row.get(f), sh.name, MSG.NOTE_IGNORED)

    # ------------------------------------------------------------ corrections (issue 8)
    def _correct(self, rec, f, value, sheet):
        """A person changed parser column ``f`` to ``value`` on ``sheet``."""
        tid = rec[L.C_ID]
        parser = rec["_parser"].get(f)
        old = rec.get(f)
        corr = rec["_corr"]
        if f == L.C_DEADLINE:
            value = self._read_date(rec, value)
        info = {"when": self.when.isoformat(), "sheet": sheet}
        if f in AGENCY_COLUMNS and value is not None:
            r = self.resolve(value, self._on(rec))
            value = r.display
            info.update(targets=list(r.targets), unknown=list(r.unknown))
        if value == old:
            return
        if value is None and f in corr:
            # clearing a corrected cell: the notice's value again
            rec[f] = parser
            corr.pop(f, None)
            rec["_conflicts"].pop(f, None)
            self.add_log(tid, f, old, parser, sheet, MSG.NOTE_UNDO)
            self.res.edits_kept += 1
            return
        rec[f] = value
        corr[f] = info
        rec["_conflicts"].pop(f, None)
        self.res.corrections += 1
        self.res.edits_kept += 1
        note = MSG.NOTE_CORRECTION
        if f == L.C_DEADLINE and _later(value, parser):
            note = MSG.NOTE_EXTENDED.format(original=_shown(parser))
        self.add_log(tid, f, old, value, sheet, note)

    def _review_edit(self, rec, ordered):
        """What a person wrote in Cần kiểm tra: 'Đã kiểm tra' (or clearing a flag) marks the
        task as checked until its parse changes; clearing 'Đã kiểm tra' brings the flag back."""
        tid = rec[L.C_ID]
        shown = rec.get(L.C_REVIEW)
        for sh, row in ordered:
            if L.C_REVIEW not in sh._heads:
                continue
            v = row.get(L.C_REVIEW)
            if v == shown:
                continue
            if v is None and shown == L.REVIEWED:
                rec["_reviewed"] = None
                self.add_log(tid, L.C_REVIEW, shown, None, sh.name, MSG.NOTE_UNREVIEWED)
            elif v is None or _norm_text(v) == _norm_text(L.REVIEWED):
                rec["_conflicts"] = {}
                rec["_reviewed"] = self._signature(rec)
                self.add_log(tid, L.C_REVIEW, shown, L.REVIEWED, sh.name, MSG.NOTE_REVIEWED)
            else:
                self.res.ignored_edits += 1
                self.add_log(tid, L.C_REVIEW, shown, v, sh.name, MSG.NOTE_REVIEW_TEXT)
            return

    def _reasons(self, rec) -> list:
        """Why a task needs a look: the parser's reasons, then the merge's."""
        out = split_names(rec["_parser"].get(L.C_REVIEW)) if not rec.get("_manual") else []
        text = rec.get(L.C_TEXT)
        if rec.get("_manual") and (text is None or isinstance(text, L.Formula)):
            out.append(MSG.REVIEW_HAND_NO_TEXT)     # a totals row, a group title typed as a row?
        corr = rec["_corr"]
        for f in AGENCY_COLUMNS:
            for name in (corr.get(f) or {}).get("unknown") or ():
                out.append(MSG.REVIEW_UNKNOWN_AGENCY.format(name=name))
        for f in (L.C_DEADLINE, L.C_DONE_DATE):
            v = rec.get(f)
            # text, but also a number or TRUE (a cell whose date format was lost): not a date
            if (v is not None and L.as_date(v) is None
                    and (f in corr or f == L.C_DONE_DATE or rec.get("_manual"))):
                out.append(MSG.REVIEW_FORMULA_DATE.format(column=f) if isinstance(v, L.Formula)
                           else MSG.REVIEW_BAD_DATE.format(column=f, text=_shown(v)))
        for f, v in rec["_conflicts"].items():
            out.append(MSG.REVIEW_CONFLICT.format(column=f, staff=_shown(rec.get(f)), parser=_shown(v)))
        return out

    def _signature(self, rec) -> str:
        basis = [[f, _shown(rec["_parser"].get(f))] for f in TASK_PARSER_FIELDS]
        basis.append(sorted(self._reasons(rec)))
        return hashlib.sha1(json.dumps(basis, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]

    # ------------------------------------------------------------ Thông báo as staff left it
    def harvest_notices(self, rows: list) -> None:
        """A notice's cells typed over on Thông báo: a correctable field (number, issue date,
        trích yếu, leader, meeting day) is a clerk's correction, kept through every later
        refresh; clearing it brings the notice's value back; any other column typed over is
        written back, logged."""
        for row in rows:
            nid = row.get(L.N_ID)
            n = self.notices.get(nid)
            if n is None:
                continue
            corr = notice_corrections(n)
            for k in L.NOTICE_COLUMNS:
                if k not in row or k == L.N_ID:
                    continue
                typed, shown = row[k], n.get(k)
                if k in L.NOTICE_CORRECTABLE:
                    if k in L.NOTICE_DATES and isinstance(typed, str):
                        typed = L.typed_date(typed, self._notice_year(n)) or typed
                    typed = _stored_value(typed)
                    if typed == _stored_value(shown):
                        continue
                    if k in corr and (typed is None or typed == corr[k].get("parser")):
                        back = corr.pop(k).get("parser")
                        n[k] = back
                        self.add_log(nid, k, shown, back, L.NOTICES, MSG.NOTE_UNDO)
                    elif typed is None:
                        self.res.ignored_edits += 1      # a field cleared: the notice's value stays
                        self.add_log(nid, k, shown, None, L.NOTICES, MSG.NOTE_IGNORED)
                        continue
                    else:
                        if k not in corr:
                            corr[k] = {"parser": _stored_value(shown)}
                        corr[k]["when"] = self.when.isoformat()
                        n[k] = typed
                        self.res.corrections += 1
                        self.add_log(nid, k, shown, typed, L.NOTICES, MSG.NOTE_CORRECTION)
                    self.res.edits_kept += 1
                    n[L.N_CORR] = _corr_json(corr)
                    self.changed_notices.add(nid)
                elif typed != L.norm_value(shown):
                    self.res.ignored_edits += 1
                    self.add_log(nid, k, shown, typed, L.NOTICES, MSG.NOTE_IGNORED)

    def _notice_year(self, n: dict, issued=None) -> int:
        """The year a day typed without one takes: the notice's (``issued``: as its task row shows it)."""
        d = issued or n.get(L.N_ISSUED) or n.get(L.N_MEETING)
        if isinstance(d, date):
            return d.year
        ym = str(n.get(L.N_ISSUED_MONTH) or "")
        return int(ym[:4]) if ym[:4].isdigit() else self.today.year

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
                self.res.warnings.append((inc.notice.get(L.N_SOURCE),
                                          MSG.WARN_DRAFT_IGNORED.format(number=stored.get(L.N_NUMBER))))
                self.add_log(nid, L.N_NUMBER, stored.get(L.N_NUMBER), None,
                             inc.notice.get(L.N_SOURCE), MSG.NOTE_DRAFT_IGNORED)
                # its file is known from now on: not read, logged and written again each time
                digest = inc.notice.get(L.N_HASH)
                hashes = str(stored.get(L.N_HASH) or "").split()
                if digest and digest not in hashes:
                    stored[L.N_HASH] = " ".join(hashes + [digest])
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
            self.add_log(nid, L.C_NOTICE_ID, None, nid, src, MSG.NOTE_NOTICE_NEW)
            fresh_notice = True
        else:
            fresh_notice = False
            corr = notice_corrections(stored)
            for k in NOTICE_LOGGED + NOTICE_SILENT:
                new = inc.notice.get(k)
                if k == L.N_HASH and new is None:
                    continue            # a Notice object given directly: file hash unknown
                if k in corr:
                    if corr[k].get("parser") != _stored_value(new):
                        # a later version changes a field a clerk corrected: theirs stays
                        self.add_log(nid, k, corr[k].get("parser"), new, src, MSG.NOTE_CONFLICT_PARSE)
                        self.res.parse_conflicts += 1
                        corr[k]["parser"] = _stored_value(new)
                        stored[L.N_CORR] = _corr_json(corr)
                        self.changed_notices.add(nid)
                    continue
                if stored.get(k) != new:
                    if k in NOTICE_LOGGED:
                        self.add_log(nid, k, stored.get(k), new, src, MSG.NOTE_UPDATE)
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
                self.add_log(tid, L.C_ID, rec[L.C_ID], tid, src, MSG.NOTE_REIDENT)
                rec[L.C_ID] = tid
                self.recs[tid] = rec
                self.res.reidentified += 1
                self._update(rec, t, src, force=True)
                self.changed_notices.add(nid)
            elif tid in self.recs:
                if self._update(self.recs[tid], t, src):
                    self.changed_notices.add(nid)
            else:
                rec = new_record()
                for k in RECORD_FIELDS + INTERNAL_PARSER_FIELDS + ("_targets",):
                    if k in t and k not in L.STAFF_COLUMNS:
                        rec[k] = t[k]
                rec[L.C_ID] = tid
                rec[L.C_STATUS] = t.get(L.C_STATUS) or L.ST_TODO
                rec[L.C_ORIGIN] = None
                rec["_parser"] = {f: t.get(f) for f in TASK_PARSER_FIELDS}
                rec["_parser"]["_targets"] = t.get("_targets")
                self.recs[tid] = rec
                self.res.added += 1
                self.changed_notices.add(nid)
                if not fresh_notice:
                    self.add_log(tid, L.C_TEXT, None, rec.get(L.C_TEXT), src, MSG.NOTE_ADDED)
        matched_old = {r[L.C_ID] for r in pairs.values()}
        for r in gone:
            if r[L.C_ID] in matched_old:
                continue
            if r.get(L.C_ORIGIN) != L.ORIGIN_VANISHED:
                r[L.C_ORIGIN] = L.ORIGIN_VANISHED
                self.res.vanished += 1
                self.changed_notices.add(nid)
                self.add_log(r[L.C_ID], L.C_ORIGIN, None, L.ORIGIN_VANISHED, src, MSG.NOTE_VANISHED)

    def _reidentify(self, gone: list, fresh: list) -> dict:
        """new id -> old record, for reworded tasks (same section and lead, similar text)."""
        cands = []
        for g in gone:
            gt = _norm_text(g["_parser"].get(L.C_TEXT, g.get(L.C_TEXT)))
            for f in fresh:
                if str(g["_parser"].get(L.C_SECTION, g.get(L.C_SECTION)) or "") != str(f.get(L.C_SECTION) or ""):
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

    def _update(self, rec, t, src, force=False) -> bool:
        """The parser's new values of a known task.  A column a person corrected keeps their
        value: a different parser value is logged as a conflict and flags the task."""
        tid = rec[L.C_ID]
        changed = force
        was_manual = bool(rec.get("_manual"))
        parser = rec["_parser"]
        for k in TASK_PARSER_FIELDS:
            new = t.get(k)
            if k in rec["_corr"] and not was_manual:
                if parser.get(k) != new:
                    self.add_log(tid, k, parser.get(k), new, src, MSG.NOTE_CONFLICT_PARSE)
                    self.res.parse_conflicts += 1
                    rec["_conflicts"][k] = new
                    changed = True
            elif rec.get(k) != new:
                self.add_log(tid, k, rec.get(k), new, src, MSG.NOTE_UPDATE)
                rec[k] = new
                changed = True
            parser[k] = new
        if parser.get("_targets") != t.get("_targets"):
            parser["_targets"] = t.get("_targets")
            changed = True
        for k in NOTICE_FIELDS_ON_TASK + INTERNAL_PARSER_FIELDS:
            if rec.get(k) != t.get(k):
                rec[k] = t.get(k)
        if rec.get(L.C_ORIGIN) == L.ORIGIN_VANISHED:
            rec[L.C_ORIGIN] = None
            self.add_log(tid, L.C_ORIGIN, L.ORIGIN_VANISHED, None, src, MSG.NOTE_BACK)
            changed = True
        if was_manual:
            # an id typed by hand that a notice now has: the notice's task, staff columns kept
            rec["_manual"] = None
            rec["_seq"] = None
            rec[L.C_ORIGIN] = None
            rec["_corr"] = {}
            for k in TASK_PARSER_FIELDS:
                rec[k] = t.get(k)
            changed = True
        if changed:
            self.res.updated += 1
        return changed

    # ------------------------------------------------------------ finish
    def _targets(self, rec) -> Optional[str]:
        if rec.get("_manual"):
            # a hand row shows on its lead's sheet, else on the sheet it was typed on
            r = self.resolve(rec.get(L.C_LEAD), self._on(rec)) if rec.get(L.C_LEAD) else Resolution(None)
            names = list(r.targets) or ([rec["_home"]] if rec.get("_home") else [])
            return "\n".join(names) or None
        lead = rec["_corr"].get(L.C_LEAD)
        if lead is not None:
            return "\n".join(lead.get("targets") or ()) or None
        return rec["_parser"].get("_targets", rec.get("_targets"))

    def finish(self) -> MergeResult:
        for r in self.recs.values():
            r["_targets"] = self._targets(r)
            reasons = self._reasons(r)
            if r.get("_manual") and r.get(L.C_LEAD):
                unknown = self.resolve(r.get(L.C_LEAD), self._on(r)).unknown
                reasons = [MSG.REVIEW_UNKNOWN_AGENCY.format(name=n) for n in unknown] + reasons
            if r.get("_reviewed") and r["_reviewed"] == self._signature(r):
                r[L.C_REVIEW] = L.REVIEWED
            else:
                if r.get("_reviewed"):
                    r["_reviewed"] = None
                r[L.C_REVIEW] = "; ".join(dict.fromkeys(reasons)) or None
        counts: dict = {}
        for r in self.recs.values():
            if not r.get("_manual") and r.get(L.C_ORIGIN) != L.ORIGIN_VANISHED:
                counts[r.get(L.C_NOTICE_ID)] = counts.get(r.get(L.C_NOTICE_ID), 0) + 1
        corrected = {nid: notice_corrections(n) for nid, n in self.notices.items() if n.get(L.N_CORR)}
        for r in self.recs.values():
            corr = corrected.get(r.get(L.C_NOTICE_ID))
            for k in corr or ():
                col = L.NOTICE_ON_TASK_FROM.get(k)
                if col is not None and not r.get("_manual"):
                    r[col] = self.notices[r[L.C_NOTICE_ID]].get(k)
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
            r.pop("_new_hand", None)
        self.res.notices = notices
        return self.res


def merge(snapshot: list, notices: list, sheets: list, incoming: list, *, when, today,
          resolve: Optional[Callable] = None, canon: Optional[Callable] = None,
          notice_sheet: Optional[list] = None) -> MergeResult:
    """Merge what the workbook holds with newly parsed notices.

    ``snapshot``: the records as written by the last refresh; ``notices``: notice records;
    ``sheets``: every task sheet as read now (``SheetView``), Tổng hợp and agency sheets;
    ``incoming``: parsed notices as plain records; ``resolve(text, on_date) -> Resolution``:
    how agency names a person typed are resolved (default: as typed); ``canon(name)``: the
    agency whose sheet a target name means (default: the name).  Staff-owned cells are
    never taken from ``incoming``; a person's correction of a parser column wins over every
    later parse; an edit made on an agency sheet beats a different edit of the same cell on
    Tổng hợp; every change is in ``MergeResult.log``.  ``notice_sheet``: the rows of Thông báo as
    staff left them (a notice's number, dates, trích yếu or leader a clerk corrected there win
    the same way; other columns typed over are logged and written back).
    """
    m = _Merger(snapshot, notices, sheets, when, today, resolve, canon)
    m.harvest()
    m.harvest_notices(notice_sheet or [])
    m.apply(incoming)
    return m.finish()
