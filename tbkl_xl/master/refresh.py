"""Build or refresh the master workbook from notices: read, parse what changed, merge, write.

One refresh at a time per workbook (a lock file beside it); the workbook is read, merged and
written back in place, and replaced only if nobody saved it meanwhile — otherwise it is read
and merged again, so a colleague's edit is never overwritten.
"""
from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Optional

from .. import __version__
from ..errors import TbklError, UsageError, WorkbookError
from ..messages import cli as MC
from ..messages import master as MSG
from ..messages.read import os_error
from ..model import EXTERNAL, Notice
from ..text import fold, norm_key
from . import layout as L
from . import safety
from .merge import Incoming, Resolution, merge, split_names
from .workbook import BookOut, BookState, TaskSheetOut, read_book, write_book

KIND_LABELS = {"department": "Sở, ban, ngành", "commune": "Xã, phường",
               "legacy_unit": "Đơn vị cũ (trước 1/7/2025)", "collective": "Nhóm cơ quan",
               "external": "Ngoài danh mục"}
DUE_SOON_DEFAULT = next(v for k, v, _ in L.CONFIG_DEFAULTS if k == L.CFG_DUE_SOON)
ATTEMPTS = 3                     # reads and merges when the workbook is saved meanwhile


@dataclass
class RefreshSummary:
    workbook: str
    created: bool = False
    notices_read: int = 0            # notices parsed now (from files) or given as Notice objects
    notices_unchanged: int = 0       # files skipped: same content hash as when imported
    notices_failed: int = 0          # files that could not be read
    errors: list = field(default_factory=list)      # (source, message)
    warnings: list = field(default_factory=list)    # (source, message)
    tasks_added: int = 0
    tasks_updated: int = 0
    tasks_vanished: int = 0
    tasks_reidentified: int = 0
    rows_added_by_hand: int = 0
    rows_retired: int = 0
    edits_kept: int = 0
    corrections: int = 0
    conflicts: int = 0
    parse_conflicts: int = 0         # a later notice changes a value a person corrected
    copied_rows: int = 0             # rows copied with a task's Mã NV (kept as hand rows)
    edits_ignored: int = 0
    tasks_total: int = 0
    agency_sheets: int = 0
    backup: Optional[str] = None
    written: bool = True             # False: nothing changed, the file was left as it was
    rereads: int = 0                 # times the workbook was read again (saved meanwhile)
    files_read: int = 0              # files parsed now whose notice went into the workbook
    files_duplicate: int = 0         # files skipped: another file of a notice read just before

    def lines(self) -> list:
        """The summary a clerk reads, one kind of thing per line (files, notices, tasks,
        agencies, cells), each number saying what it counts."""
        def parts(*pairs) -> str:
            return MC.PARTS.join(text.format(n=n, mark=L.ORIGIN_VANISHED, log=L.LOG)
                                for text, n in pairs if n)

        out = [(MC.SUM_WORKBOOK_CREATED if self.created else MC.SUM_WORKBOOK).format(path=self.workbook)]
        files = self.files_read + self.files_duplicate + self.notices_unchanged + self.notices_failed
        if files:
            out.append(MC.SUM_FILES.format(count=files, parts=parts(
                (MC.SUM_FILES_READ, self.files_read), (MC.SUM_FILES_DUPLICATE, self.files_duplicate),
                (MC.SUM_FILES_UNCHANGED, self.notices_unchanged), (MC.SUM_FILES_FAILED, self.notices_failed))))
        elif not self.notices_read:
            out.append(MC.SUM_FILES_NONE)
        out.append(MC.SUM_NOTICES.format(n=self.notices_read) if self.notices_read else MC.SUM_NOTICES_NONE)
        out.append(MC.SUM_TASKS.format(total=self.tasks_total, parts=parts(
            (MC.SUM_TASKS_ADDED, self.tasks_added), (MC.SUM_TASKS_UPDATED, self.tasks_updated),
            (MC.SUM_TASKS_VANISHED, self.tasks_vanished), (MC.SUM_TASKS_BY_HAND, self.rows_added_by_hand),
            (MC.SUM_TASKS_RETIRED, self.rows_retired))
            or MC.SUM_TASKS_UNCHANGED))
        out.append(MC.SUM_AGENCIES.format(n=self.agency_sheets))
        edits = parts((MC.SUM_EDITS_KEPT, self.edits_kept),
                      (MC.SUM_EDITS_CORRECTED, self.corrections),
                      (MC.SUM_EDITS_CONFLICTS, self.conflicts),
                      (MC.SUM_EDITS_PARSE_CONFLICTS, self.parse_conflicts),
                      (MC.SUM_EDITS_COPIED, self.copied_rows),
                      (MC.SUM_EDITS_IGNORED, self.edits_ignored))
        if edits:
            out.append(MC.SUM_EDITS.format(parts=edits))
        if self.rereads:
            out.append(MC.SUM_REREAD.format(n=self.rereads))
        if self.backup:
            out.append(MC.SUM_BACKUP.format(path=self.backup))
        if not self.written:
            out.append(MC.SUM_NOT_WRITTEN)
        return out


# ---------------------------------------------------------------- Notice -> plain records
def _text(s) -> Optional[str]:
    return L.norm_value(L.clean_text(str(s).replace("\r\n", "\n").replace("\r", "\n"))) if s else None


def notice_record(n: Notice, file_hash: Optional[str] = None) -> dict:
    ym = n.issued_month
    return {L.N_ID: n.id, L.N_NUMBER: _text(n.number), L.N_ISSUED: n.issued,
            L.N_TITLE: _text(n.title), L.N_LEADER: _text(n.leader), L.N_MEETING: n.meeting_date,
            L.N_SOURCE: _text(n.source), L.N_HASH: file_hash,
            L.N_ISSUED_MONTH: f"{ym[0]:04d}-{ym[1]:02d}" if ym else None,
            L.N_CONTENT_HASH: _text(n.content_hash)}


def _targets(task) -> list:
    out = []
    for a in task.lead:
        for name in (a.members or (a.current,)):
            if name and name not in out:
                out.append(name)
    return out


def role_labels(task) -> tuple:
    """How the lead and co-operating agencies show today: each body once, and a body that
    leads is not also listed as co-operating — after a merger the predecessor and its successor
    are one body (a 2024 notice's Sở Kế hoạch và Đầu tư and Sở Tài chính are Sở Tài chính)."""
    lead = list(dict.fromkeys(L.agency_label(a) for a in task.lead))
    support = [x for x in dict.fromkeys(L.agency_label(a) for a in task.support) if x not in lead]
    return lead, support


def task_record(n: Notice, t) -> dict:
    dl = t.deadline
    lead, support = role_labels(t)
    return {L.C_ID: str(t.id), L.C_NUMBER: _text(n.number), L.C_ISSUED: n.issued,
            L.C_TITLE: _text(n.title), L.C_SECTION: _text(t.section), L.C_TEXT: _text(t.text),
            L.C_LEAD: _text("; ".join(lead)), L.C_SUPPORT: _text("; ".join(support)),
            L.C_DEADLINE: dl.date if dl is not None else None,
            L.C_DEADLINE_TEXT: _text(dl.text) if dl is not None else None,
            L.C_REVIEW: _text("; ".join(t.needs_review)), L.C_NOTICE_ID: n.id,
            "_order": int(t.order or 0), "_targets": "\n".join(_targets(t)) or None,
            "_lead": L.lead_key(a.current for a in t.lead) or None}


def incoming_of(n: Notice, file_hash: Optional[str] = None) -> Incoming:
    return Incoming(notice=notice_record(n, file_hash), tasks=[task_record(n, t) for t in n.tasks])


def _hints(notices: Iterable[Notice]) -> dict:
    """canonical agency name -> (sheet code, kind) from the parsed agencies."""
    out = {}
    for n in notices:
        for t in n.tasks:
            for a in t.lead:
                if a.members:
                    for m in a.members:
                        out.setdefault(m, ("", "commune"))
                elif a.current in out:
                    continue
                elif a.successor:
                    out[a.current] = ("", a.kind)
                else:
                    out[a.current] = (L.directory_sheet_code(a), a.kind)
    return out


# ---------------------------------------------------------------- directory, config
def _province(config_rows: list) -> Optional[str]:
    """The province of the workbook (sheet Cấu hình, row Tỉnh): whose directory is used."""
    v = _config_get(config_rows, L.CFG_PROVINCE)
    return str(v).strip() if v is not None and str(v).strip() else None


def _default_agency_rows(province: Optional[str] = None) -> list:
    """Rows of the shipped directory of ``province`` for a new Cơ quan sheet."""
    from ..parse.agencies import default_directory
    rows = default_directory(province).rows()
    out = []
    for r in rows:
        if isinstance(r, dict):
            get = r.get
            aliases = get("aliases") or ""
            if isinstance(aliases, (list, tuple)):
                aliases = "; ".join(aliases)
            out.append([get("name"), get("code") or None, aliases or None,
                        KIND_LABELS.get(get("kind"), get("kind")), get("successor") or None, None, None])
    return [r for r in out if r[0]]


def _parser_directory(state: "BookState", province: Optional[str] = None):
    """The shipped directory of the workbook's province (or ``province``) plus the names and
    aliases staff typed in the Cơ quan sheet, so that the parser recognises them in the next
    notices."""
    from ..parse.agencies import default_directory
    base = default_directory(province or _province(state.config))
    if not state.agency_headers or not state.agencies:
        return base
    ix = {h: i for i, h in enumerate(state.agency_headers)}
    rows = []
    for r in state.agencies:
        get = (lambda h: r[ix[h]] if h in ix and ix[h] < len(r) else None)
        rows.append({"name": get(L.A_NAME), "code": get(L.A_CODE), "aliases": get(L.A_ALIASES),
                     "kind": get(L.A_KIND), "successor": get(L.A_SUCCESSOR)})
    return base.with_extra(rows)


class _Agencies:
    """The Cơ quan sheet: the agencies of the workbook, their sheet codes and aliases."""

    def __init__(self, headers: list, rows: list):
        self.headers = [h for h in headers] or list(L.AGENCY_COLUMNS)
        for h in L.AGENCY_COLUMNS:
            if h not in self.headers:
                self.headers.append(h)
        self.ix = {h: self.headers.index(h) for h in L.AGENCY_COLUMNS}
        self.rows = [list(r) + [None] * (len(self.headers) - len(r)) for r in rows if any(
            v is not None for v in r)]
        self._index()

    def _index(self):
        self.alias, self.succ, self.byname = {}, {}, {}
        for r in self.rows:
            name = L.norm_value(r[self.ix[L.A_NAME]])
            if not name:
                continue
            name = str(name)
            self.byname.setdefault(name, r)
            keys = [name, r[self.ix[L.A_CODE]]] + str(r[self.ix[L.A_ALIASES]] or "").split(";")
            for k in keys:
                if k and str(k).strip():
                    self.alias.setdefault(norm_key(str(k)), name)
            s = L.norm_value(r[self.ix[L.A_SUCCESSOR]])
            if s:
                self.succ[name] = str(s)

    def known(self, name: str) -> Optional[str]:
        return self.alias.get(norm_key(name))

    def resolve(self, name: str) -> str:
        seen = set()
        n = self.alias.get(norm_key(name), name)
        while n in self.succ and n not in seen:
            seen.add(n)
            n = self.alias.get(norm_key(self.succ[n]), self.succ[n])
        return n

    def add(self, name: str, kind: str = ""):
        r = [None] * len(self.headers)
        r[self.ix[L.A_NAME]] = name
        r[self.ix[L.A_KIND]] = KIND_LABELS.get(kind, kind or None)
        self.rows.append(r)
        self.byname[name] = r
        self.alias.setdefault(norm_key(name), name)


_MEMBERS = re.compile(r"^(?P<group>.*?\bcác\b.*?)\s*\((?P<members>[^()]+)\)\s*$", re.I)


def name_resolver(agencies: _Agencies, directory: Callable) -> Callable:
    """How names a person typed in Cơ quan chủ trì / phối hợp are read: the workbook's own
    names and aliases (Cơ quan sheet), then the directory (aliases, predecessors, typos); a
    name neither knows is kept as typed and reported as unknown.  ``directory()`` gives the
    parser's directory (loaded only when a correction needs it)."""
    def resolve(text, on=None) -> Resolution:
        shown, targets, unknown = [], [], []
        for raw in split_names(text):
            m = _MEMBERS.match(raw)
            if m and fold(m.group("group")).startswith(("ubnd các", "ủy ban nhân dân các", "các ")):
                shown.append(raw)
                targets += [agencies.resolve(x.strip()) for x in m.group("members").split(",") if x.strip()]
                continue
            name = agencies.known(raw)
            if name is None:
                a = directory().resolve(raw, on)
                if a.kind != EXTERNAL:
                    name = a.current
            if name is None:
                name = " ".join(raw.split())
                unknown.append(name)
            shown.append(name)
            targets.append(agencies.resolve(name))
        return Resolution("; ".join(dict.fromkeys(shown)) or None, tuple(dict.fromkeys(targets)),
                          tuple(unknown))
    return resolve


def _config_rows(rows: list) -> list:
    rows = [list(r) for r in rows] if rows else [list(L.CONFIG_COLUMNS)]
    keys = [r[0] if r else None for r in rows]
    for k, v, note in L.CONFIG_DEFAULTS:
        if k not in keys:
            rows.append([k, v or None, note])
    for r in rows:
        r.extend([None] * (3 - len(r)))
    return rows


def _config_get(rows: list, key: str):
    for r in rows:
        if r and r[0] == key:
            return r[1]
    return None


def _config_set(rows: list, key: str, value) -> None:
    for r in rows:
        if r and r[0] == key:
            r[1] = value


# ---------------------------------------------------------------- the plan (no writing)
@dataclass
class Plan:
    out: BookOut
    result: object
    due_soon: int
    agencies: _Agencies
    sheets: list                     # (sheet name, agency name, [records]) in display order


def _sheet_title(agency: Optional[str]) -> str:
    return "Tổng hợp" if agency is None else agency


def plan(state: BookState, incoming: list, today: date, *, when: datetime, hints: Optional[dict] = None,
         due_soon: Optional[int] = None, folder: Optional[str] = None, directory=None,
         province: Optional[str] = None) -> Plan:
    """Merge and lay out the whole workbook in memory (pure apart from the directory file)."""
    config = _config_rows(state.config)
    extra_log = []
    cur = _config_get(config, L.CFG_DUE_SOON)
    if due_soon is not None and L.norm_value(cur) != due_soon:
        extra_log.append((when, L.CONFIG, L.CFG_DUE_SOON, cur, due_soon, "refresh", MSG.NOTE_SETTING))
        _config_set(config, L.CFG_DUE_SOON, due_soon)
        cur = due_soon
    setting_warnings = []
    try:
        days = int(cur)
    except (TypeError, ValueError):
        # not a number ("5 ngày", cleared): the deadline colours would compare dates with text
        # and paint every task 'due soon'; the one number it holds, else the default, is written
        numbers = re.findall(r"\d+", str(cur if cur is not None else ""))
        days = int(numbers[0]) if len(numbers) == 1 else DUE_SOON_DEFAULT
        extra_log.append((when, L.CONFIG, L.CFG_DUE_SOON, cur, days, L.CONFIG, MSG.NOTE_SETTING_NOT_NUMBER))
        setting_warnings.append((L.CONFIG, MSG.WARN_SETTING_NOT_NUMBER.format(
            key=L.CFG_DUE_SOON, sheet=L.CONFIG, value="" if cur is None else cur, days=days)))
        _config_set(config, L.CFG_DUE_SOON, days)
    if province is not None and _province(config) != province:
        extra_log.append((when, L.CONFIG, L.CFG_PROVINCE, _config_get(config, L.CFG_PROVINCE), province,
                          "refresh", MSG.NOTE_SETTING))
        _config_set(config, L.CFG_PROVINCE, province)
    if folder and not _config_get(config, L.CFG_FOLDER):
        _config_set(config, L.CFG_FOLDER, folder)
        extra_log.append((when, L.CONFIG, L.CFG_FOLDER, None, folder, "refresh", MSG.NOTE_SETTING))

    agencies = _Agencies(state.agency_headers,
                         state.agencies if state.agency_headers else _default_agency_rows(_province(config)))
    cache = {}

    def parser_directory():
        if "d" not in cache:
            cache["d"] = directory if directory is not None else _parser_directory(state, province)
        return cache["d"]
    res = merge(state.snapshot, state.notices, state.sheets, incoming, when=when, today=today,
                resolve=name_resolver(agencies, parser_directory), canon=agencies.resolve,
                notice_sheet=state.notice_sheet)
    res.warnings[:0] = setting_warnings

    hints = hints or {}
    per_agency: dict = {}
    for rec in res.tasks:
        names = []
        for raw in str(rec.get("_targets") or "").split("\n"):
            if raw.strip():
                n = agencies.resolve(raw.strip())
                if n not in names:
                    names.append(n)
        for n in names:
            if n not in agencies.byname:
                agencies.add(n, hints.get(n, ("", "external"))[1])
            per_agency.setdefault(n, []).append(rec)
    # sheet names: directory order, codes as staff set them (a sheet staff renamed keeps its
    # new name), legal and unique among the workbook's sheets
    taken: list = list(state.foreign)
    sheets = []
    ia = agencies.ix
    for r in agencies.rows:
        name = L.norm_value(r[ia[L.A_NAME]])
        if name is None:
            continue
        name = str(name)
        recs = per_agency.get(name)
        live = sum(1 for x in recs or () if x.get(L.C_ORIGIN) != L.ORIGIN_VANISHED)
        if L.norm_value(r[ia[L.A_COUNT]]) != (live or None):
            r[ia[L.A_COUNT]] = live or None
        if agencies.byname.get(name) is not r:
            continue
        if not recs:
            # a sheet whose last task left: removed, unless it holds what staff made there
            ts = state.task_sheets.get(name)
            if ts is None or not ts.staff_made:
                continue
            recs = []
            if ts.view.rows:
                msg = MSG.WARN_EMPTY_SHEET_KEPT.format(sheet=ts.ws.title)
                extra_log.append((when, "", "", None, None, ts.ws.title, msg))
                res.warnings.append((ts.ws.title, msg))
        if name in state.renamed and L.norm_value(r[ia[L.A_CODE]]) != state.renamed[name]:
            extra_log.append((when, L.AGENCIES, L.A_CODE, r[ia[L.A_CODE]], state.renamed[name],
                              state.renamed[name], MSG.WARN_SHEET_RENAMED.format(
                                  agency=name, sheet=state.renamed[name])))
            r[ia[L.A_CODE]] = state.renamed[name]
        code = L.norm_value(r[ia[L.A_CODE]])
        code = str(code) if code is not None else hints.get(name, ("", ""))[0]
        sheet = L.sheet_name_for(name, code, taken)
        taken.append(sheet)
        if r[ia[L.A_CODE]] != sheet:
            r[ia[L.A_CODE]] = sheet
        sheets.append((sheet, name, recs))

    specs = [TaskSheetOut(L.SUMMARY, None, res.tasks, res.sheet_extras.get(L.SUMMARY, []),
                          _sheet_title(None))]
    on_agency_sheets = {h for k, v in res.sheet_extras.items() if k != L.SUMMARY for h in v}
    summary_only = [h for h in res.sheet_extras.get(L.SUMMARY, []) if h not in on_agency_sheets]
    specs += [TaskSheetOut(s, a, recs, _extras_of(res.sheet_extras.get(a, []), recs, summary_only),
                           _sheet_title(a)) for s, a, recs in sheets]
    for rec in res.tasks:
        rec["_shown"] = {}
    for spec in specs:              # which sheet shows which staff column for each task, for the next merge
        for rec in spec.records:
            for h in spec.extras:
                rec["_shown"].setdefault(h, []).append(spec.agency or L.SUMMARY)
    meta = {"app": L.APP, "schema": L.SCHEMA, "version": __version__,
            "master_id": (state.meta or {}).get("master_id") or uuid.uuid4().hex,
            "copies": json.dumps(sorted(state.copies), ensure_ascii=False)}
    notes = [(when, L.C_ID, "", None, None, src, msg) for src, msg in state.notes]
    notes += [(when, "", "", None, None, sheet, MSG.UNCARRIED.format(what=what))
              for sheet, what in state.uncarried]
    out = BookOut(task_sheets=specs, notices=res.notices, agency_headers=agencies.headers,
                  agencies=agencies.rows, config=config,
                  new_log=[list(t) for t in notes + extra_log + list(res.log)], meta=meta,
                  tasks=res.tasks)
    return Plan(out=out, result=res, due_soon=days, agencies=agencies, sheets=sheets)


def _extras_of(own: list, recs: list, summary_only: list) -> list:
    """The columns staff added that an agency sheet shows: its own, and those a task brings
    along from the agency sheet it left (a corrected lead moves it); a column added on Tổng
    hợp alone stays there."""
    out = list(own)
    for r in recs:
        for k, v in (r.get("_extra") or {}).items():
            if v is not None and k not in out and k not in summary_only:
                out.append(k)
    return out


def _trimmed(rows) -> list:
    out = []
    for r in rows:
        r = [L.norm_value(v) for v in r]
        while r and r[-1] is None:
            r.pop()
        out.append(r)
    while out and not out[-1]:
        out.pop()
    return out


def _unchanged(state: BookState, p: Plan) -> bool:
    """Would writing ``p`` change nothing a person can see?  Only then is the write skipped:
    no task added, updated, vanished or re-identified, no edit harvested or undone, no log
    line, the same notices, directory, settings and task sheets, each with its columns."""
    res, out = p.result, p.out
    if (res.added or res.updated or res.vanished or res.reidentified or res.manual_added
            or res.edits_kept or res.conflicts or res.parse_conflicts or res.copied_rows
            or res.ignored_edits or res.retired or out.new_log
            or state.rebuilt):
        return False
    meta = state.meta or {}
    if (meta.get("version") != __version__ or state.schema != L.SCHEMA or not meta.get("master_id")
            or _known_copies(meta) != sorted(state.copies)):
        return False
    if _trimmed(out.config) != _trimmed(state.config) or _trimmed(out.agencies) != _trimmed(state.agencies):
        return False
    if [{k: L.norm_value(v) for k, v in n.items()} for n in out.notices] != state.notices:
        return False
    if len(out.task_sheets) != len(state.task_sheets):
        return False
    for spec in out.task_sheets:
        ts = state.task_sheets.get(spec.agency or L.SUMMARY)
        if (ts is None or ts.ws.title != spec.name or ts.columns.missing or ts.columns.renamed
                or ts.columns.relabelled):
            return False
        names = ts.columns.names
        if any(h not in names for h in spec.extras) or L.C_ID not in names:
            return False
        i = names.index(L.C_ID)
        have = [L.norm_value(r[i]) if i < len(r) else None for r in ts.view.rows]
        if have != [t.get(L.C_ID) for t in spec.records]:
            return False
    return True


# ---------------------------------------------------------------- reading a workbook safely
def _looks_like_ours(st: BookState) -> bool:
    return L.SUMMARY in st.task_sheets and (bool(st.snapshot) or bool(st.notices)
                                             or L.NOTICES in st.wb.sheetnames)


def _rebuild_snapshot(st: BookState) -> list:
    """Task records from the visible sheets, when the hidden snapshot is gone: what they show
    is taken as the notice's values (nothing counts as a person's edit)."""
    notices = {n.get(L.N_ID): n for n in st.notices}
    recs, order = {}, []
    places: dict = {}
    for view in st.sheets:
        if L.C_ID not in view.headers:
            continue
        for raw in view.rows:
            row = {h: L.norm_value(raw[i]) for i, h in enumerate(view.headers)
                   if h is not None and i < len(raw)}
            tid = row.get(L.C_ID)
            if tid is None:
                continue
            tid = str(tid)
            if view.agency is not None:
                places.setdefault(tid, []).append(view.agency)
            if tid in recs:
                continue
            rec = {k: row.get(k) for k in L.RECORD_FIELDS if k not in (L.C_REVIEW,)}
            rec[L.C_ID] = tid
            rec[L.C_TITLE] = (notices.get(rec.get(L.C_NOTICE_ID)) or {}).get(L.N_TITLE)
            if tid.startswith("TC-") or rec.get(L.C_ORIGIN) == L.ORIGIN_MANUAL:
                rec["_manual"] = 1
                rec["_seq"] = len(order) + 1
            else:
                rec["_lead"] = L.lead_key(split_names(rec.get(L.C_LEAD))) or None
                rec["_order"] = len(order) + 1
            recs[tid] = rec
            order.append(tid)
    out = []
    from .merge import normalise_record
    for tid in order:
        rec = recs[tid]
        rec["_targets"] = "\n".join(dict.fromkeys(places.get(tid, []))) or None
        out.append(normalise_record(rec))
    return out


def _rebuild_notices(st: BookState) -> list:
    if L.NOTICES not in st.wb.sheetnames:
        return []
    from .workbook import sheet_values, read_records
    return [dict({k: None for k in L.NOTICE_STORE_COLUMNS}, **r)
            for r in read_records(sheet_values(st.wb[L.NOTICES])) if r.get(L.N_ID)]


def load_state(path) -> BookState:
    """Read an existing master workbook after the safety checks (lock, marker, schema); a
    lost hidden sheet is rebuilt from the visible ones (and said so)."""
    path = Path(path)
    safety.check_suffix(path)
    safety.check_not_open(path)
    if not path.exists():
        raise WorkbookError(MC.NO_WORKBOOK.format(path=path))
    safety.check_readable(path)
    try:
        st = read_book(path)
    except TbklError:
        raise
    except Exception as e:          # xml errors of a damaged or foreign file
        raise WorkbookError(MSG.UNREADABLE.format(path=path, cause=f"{type(e).__name__}: {e}")
                            + safety.restore_hint(path)) from None
    names = st.wb.sheetnames
    if st.meta is None or st.meta.get("app") != L.APP:
        if st.meta is None and _looks_like_ours(st):
            st.meta = {"app": L.APP, "schema": 2 if st.task_sheets[L.SUMMARY].header_row > 1 else 1}
            st.rebuilt.append(L.META)
            st.notes.append((L.META, MSG.WARN_MARKER_REBUILT.format(sheet=L.META)))
            for view in st.sheets:
                if view.agency is not None:
                    st.sheet_agency[view.name] = view.agency
        else:
            raise WorkbookError(MSG.NOT_OURS.format(path=path, marker=L.META))
    safety.check_marker(path, st.meta)
    if L.NOTICE_STORE not in names:
        st.notices = _rebuild_notices(st)
        st.rebuilt.append(L.NOTICE_STORE)
        st.notes.append((L.NOTICE_STORE, MSG.WARN_NOTICE_STORE_REBUILT.format(sheet=L.NOTICE_STORE)))
    if L.SNAPSHOT not in names:
        st.snapshot = _rebuild_snapshot(st)
        st.rebuilt.append(L.SNAPSHOT)
        st.notes.append((L.SNAPSHOT, MSG.WARN_SNAPSHOT_REBUILT.format(sheet=L.SNAPSHOT)))
    for name in st.copies:          # said once, when staff first make the copy
        if name not in _known_copies(st.meta):
            st.notes.append((name, MSG.WARN_COPY_SHEET.format(sheet=name)))
    return st


def _known_copies(meta: Optional[dict]) -> list:
    try:
        return list(json.loads(str((meta or {}).get("copies") or "[]")))
    except ValueError:
        return []


def _file_hash(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _parse_files(paths, state: BookState, today: date, summary: RefreshSummary, progress,
                 province: Optional[str] = None):
    """Parse the notice files whose content the workbook has not seen; returns (incoming,
    parsed notices, the folder when one was given)."""
    from ..parse import iter_notice_files, parse_paths
    incoming, parsed = [], []
    dirs = [Path(p) for p in paths if Path(p).is_dir()]
    folder = str(dirs[0].resolve()) if len(dirs) == 1 else None
    files = iter_notice_files(paths)
    # a notice may come from several files (its .docx and .pdf): all their hashes are kept
    known = {h for n in state.notices for h in str(n.get(L.N_HASH) or "").split()}
    seen_ids: dict = {}
    by_id: dict = {}
    directory = None
    for i, f in enumerate(files, 1):
        try:
            digest = _file_hash(f) if f.exists() else None
        except OSError as e:
            summary.errors.append((str(f), MC.CANNOT_HASH.format(error=os_error(e))))
            summary.notices_failed += 1
            continue
        if digest is not None and digest in known:
            summary.notices_unchanged += 1
        else:
            if directory is None:
                directory = _parser_directory(state, province)
            batch = parse_paths([f], today=today, directory=directory)
            summary.errors.extend(batch.errors)
            summary.warnings.extend(batch.warnings)
            summary.notices_failed += len(batch.errors)
            for n in batch.notices:
                first = seen_ids.get(n.id)
                if first is not None:
                    # the same notice as another file of this batch (.docx and .pdf of it)
                    summary.warnings.append((str(f), MC.DUPLICATE_NOTICE.format(first=first)))
                    summary.files_duplicate += 1
                    if digest and n.id in by_id:
                        rec = by_id[n.id].notice
                        rec[L.N_HASH] = " ".join(x for x in (rec.get(L.N_HASH), digest) if x)
                    continue
                seen_ids[n.id] = str(f)
                by_id[n.id] = incoming_of(n, digest)
                incoming.append(by_id[n.id])
                parsed.append(n)
                summary.notices_read += 1
                summary.files_read += 1
        if progress:
            progress(i, len(files), str(f))
    return incoming, parsed, folder


def refresh(workbook_path, notices=None, today: Optional[date] = None, *, due_soon: Optional[int] = None,
            province: Optional[str] = None,
            progress: Optional[Callable[[int, int, str], None]] = None,
            keep_backups: int = safety.KEEP_BACKUPS, wait: float = safety.LOCK_WAIT) -> RefreshSummary:
    """Build ``workbook_path`` or refresh it from ``notices`` (paths of files or folders, or
    ``Notice`` objects).  Nothing staff made in the workbook is lost: see the README."""
    path = Path(workbook_path)
    today = today or date.today()
    when = datetime.now().replace(microsecond=0)
    summary = RefreshSummary(workbook=str(path))
    safety.check_suffix(path)
    safety.check_not_open(path)
    if province is not None:             # a name the data does not know is refused before anything
        from ..parse.agencies import default_directory
        default_directory(province)
    if not path.exists() and not path.parent.exists():
        raise WorkbookError(MC.NO_FOLDER.format(path=path, folder=path.parent))
    if path.exists():
        safety.check_readable(path)
    safety.check_writable(path)
    with safety.refresh_lock(path, wait=wait):
        safety.clean_temp_files(path)
        incoming, parsed, folder, state = None, [], None, None
        for attempt in range(ATTEMPTS):
            read_fp = safety.fingerprint(path)
            if read_fp is not None:
                state = load_state(path)
            else:
                state = BookState()
                summary.created = True
            if incoming is None:
                incoming, parsed, folder = _gather(notices, state, path, today, summary, progress,
                                                   province)
            p = plan(state, incoming, today, when=when, hints=_hints(parsed), due_soon=due_soon,
                     folder=folder, province=province)
            if not summary.created and _unchanged(state, p):
                _fill_summary(summary, state, p)
                summary.written = False    # clicking Refresh again rewrites nothing, no backup
                return summary
            safety.check_not_open(path)    # Excel may have opened it while we parsed
            wb = write_book(state, p.out)
            done = safety.replace_if_unchanged(path, read_fp, wb.save, keep_backups=keep_backups)
            if done is not False:
                _fill_summary(summary, state, p)
                summary.backup = str(done) if done else None
                return summary
            summary.rereads += 1           # saved by someone meanwhile: read and merge again
        raise WorkbookError(MSG.CHANGED_WHILE_REFRESHING.format(name=path.name))


def _gather(notices, state, path, today, summary, progress, province=None):
    if notices is None:
        folder_cfg = _config_get(_config_rows(state.config), L.CFG_FOLDER)
        if not folder_cfg:
            raise UsageError(MC.NO_NOTICES.format(key=L.CFG_FOLDER, sheet=L.CONFIG, workbook=path.name))
        notices = [str(folder_cfg)]
    if isinstance(notices, (str, Path, Notice)):
        notices = [notices]
    objs = [n for n in notices if isinstance(n, Notice)]
    paths = [p for p in notices if not isinstance(p, Notice)]
    incoming = [incoming_of(n) for n in objs]
    parsed = list(objs)
    summary.notices_read = len(objs)
    folder = None
    if paths:
        more, more_parsed, folder = _parse_files(paths, state, today, summary, progress, province)
        incoming += more
        parsed += more_parsed
    return incoming, parsed, folder


def _fill_summary(summary: RefreshSummary, state: BookState, p: Plan) -> None:
    res = p.result
    summary.warnings.extend(list(state.notes))
    summary.warnings.extend((summary.workbook, MSG.UNCARRIED.format(what=w)) for _, w in state.uncarried)
    summary.warnings.extend(res.warnings)
    summary.tasks_added, summary.tasks_updated = res.added, res.updated
    summary.tasks_vanished, summary.tasks_reidentified = res.vanished, res.reidentified
    summary.rows_added_by_hand, summary.edits_kept = res.manual_added, res.edits_kept
    summary.corrections, summary.rows_retired = res.corrections, res.retired
    summary.conflicts, summary.edits_ignored = res.conflicts, res.ignored_edits
    summary.parse_conflicts, summary.copied_rows = res.parse_conflicts, res.copied_rows
    summary.tasks_total, summary.agency_sheets = len(res.tasks), len(p.sheets)
