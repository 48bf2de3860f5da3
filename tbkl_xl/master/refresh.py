"""Build or refresh the master workbook from notices: read, parse what changed, merge, write."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .. import __version__
from ..errors import TbklError, UsageError, WorkbookError
from ..model import Notice
from ..text import norm_key
from . import layout as L
from . import safety
from .merge import Incoming, merge
from .workbook import BookOut, BookState, read_book, write_book

KIND_LABELS = {"department": "Sở, ban, ngành", "commune": "Xã, phường",
               "legacy_unit": "Đơn vị cũ (trước 1/7/2025)", "collective": "Nhóm cơ quan",
               "external": "Ngoài danh mục"}


@dataclass
class RefreshSummary:
    workbook: str
    created: bool = False
    notices_read: int = 0            # parsed now (files) or given as Notice objects
    notices_unchanged: int = 0       # files skipped: same content hash as when imported
    notices_failed: int = 0
    errors: list = field(default_factory=list)      # (source, message)
    warnings: list = field(default_factory=list)    # (source, message)
    tasks_added: int = 0
    tasks_updated: int = 0
    tasks_vanished: int = 0
    tasks_reidentified: int = 0
    rows_added_by_hand: int = 0
    edits_kept: int = 0
    conflicts: int = 0
    edits_ignored: int = 0
    tasks_total: int = 0
    agency_sheets: int = 0
    backup: Optional[str] = None
    written: bool = True             # False: nothing changed, the file was left as it was

    def lines(self) -> list:
        out = [f"workbook: {self.workbook}" + (" (created)" if self.created else ""),
               f"notices: {self.notices_read} read, {self.notices_unchanged} unchanged (skipped), "
               f"{self.notices_failed} failed",
               f"tasks: {self.tasks_added} added, {self.tasks_updated} updated, "
               f"{self.tasks_vanished} vanished, {self.rows_added_by_hand} added by hand; "
               f"{self.tasks_total} in total on {self.agency_sheets} agency sheets",
               f"staff edits: {self.edits_kept} kept, {self.conflicts} conflicts, "
               f"{self.edits_ignored} ignored (parser columns)"]
        if self.backup:
            out.append(f"backup: {self.backup}")
        if not self.written:
            out.append("nothing changed: the workbook was not rewritten")
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


def task_record(n: Notice, t) -> dict:
    dl = t.deadline
    return {L.C_ID: str(t.id), L.C_NUMBER: _text(n.number), L.C_ISSUED: n.issued,
            L.C_TITLE: _text(n.title), L.C_SECTION: _text(t.section), L.C_TEXT: _text(t.text),
            L.C_LEAD: _text("; ".join(L.agency_label(a) for a in t.lead)),
            L.C_SUPPORT: _text("; ".join(L.agency_label(a) for a in t.support)),
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
def _default_agency_rows() -> list:
    """Rows of the shipped directory, when ``parse/agencies.py`` provides one."""
    try:
        from ..parse.agencies import default_directory  # type: ignore
        rows = default_directory().rows()
    except Exception:
        return []
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


def _parser_directory(state: "BookState"):
    """The shipped directory plus the names and aliases staff typed in the Cơ quan sheet, so
    that the parser recognises them in the next notices."""
    from ..parse.agencies import default_directory
    base = default_directory()
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


def plan(state: BookState, incoming: list, today: date, *, when: datetime, hints: Optional[dict] = None,
         due_soon: Optional[int] = None, folder: Optional[str] = None) -> Plan:
    """Merge and lay out the whole workbook in memory (pure apart from the directory file)."""
    config = _config_rows(state.config)
    extra_log = []
    cur = _config_get(config, L.CFG_DUE_SOON)
    if due_soon is not None and L.norm_value(cur) != due_soon:
        extra_log.append((when, L.CONFIG, L.CFG_DUE_SOON, cur, due_soon, "refresh", "thiết lập"))
        _config_set(config, L.CFG_DUE_SOON, due_soon)
        cur = due_soon
    try:
        days = int(cur)
    except (TypeError, ValueError):
        days = 7
    if folder and not _config_get(config, L.CFG_FOLDER):
        _config_set(config, L.CFG_FOLDER, folder)
        extra_log.append((when, L.CONFIG, L.CFG_FOLDER, None, folder, "refresh", "thiết lập"))

    agencies = _Agencies(state.agency_headers,
                         state.agencies if state.agency_headers else _default_agency_rows())
    res = merge(state.snapshot, state.notices, state.sheets, incoming, when=when, today=today)

    hints = hints or {}
    per_agency: dict = {}
    order: list = []
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
            if n not in per_agency:
                per_agency[n] = []
                order.append(n)
            per_agency[n].append(rec)
    # sheet names: directory order, codes as staff set them, legal and unique
    taken: list = []
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
        if not recs or agencies.byname.get(name) is not r:
            continue
        code = L.norm_value(r[ia[L.A_CODE]])
        code = str(code) if code is not None else hints.get(name, ("", ""))[0]
        sheet = L.sheet_name_for(name, code, taken)
        taken.append(sheet)
        if r[ia[L.A_CODE]] != sheet:
            r[ia[L.A_CODE]] = sheet
        sheets.append((sheet, name, recs))

    log_rows = [list(r) for r in state.log] + [list(t) for t in extra_log] + [list(t) for t in res.log]
    out = BookOut(tasks=res.tasks, agency_sheets=sheets, sheet_extras=res.sheet_extras,
                  notices=res.notices, agency_headers=agencies.headers, agencies=agencies.rows,
                  config=config, log=log_rows, foreign=state.foreign,
                  meta={"app": L.APP, "schema": L.SCHEMA, "version": __version__,
                        "master_id": (state.meta or {}).get("master_id") or str(uuid.uuid4())})
    return Plan(out=out, result=res, due_soon=days, agencies=agencies)


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
    line, the same notices, directory, settings and agency sheets in the same order."""
    res, out = p.result, p.out
    if (res.added or res.updated or res.vanished or res.reidentified or res.manual_added
            or res.edits_kept or res.conflicts or res.ignored_edits or res.log
            or len(out.log) != len(state.log) or state.foreign):
        return False
    if (state.meta or {}).get("version") != __version__:
        return False
    if _trimmed(out.config) != _trimmed(state.config) or _trimmed(out.agencies) != _trimmed(state.agencies):
        return False
    if [{k: L.norm_value(v) for k, v in n.items()} for n in out.notices] != state.notices:
        return False
    have = {(s.name, s.agency): [L.norm_value(r[s.headers.index(L.C_ID)]) if len(r) > s.headers.index(L.C_ID)
                                 else None for r in s.rows]
            for s in state.sheets if L.C_ID in s.headers}
    want = {(L.SUMMARY, None): [t.get(L.C_ID) for t in out.tasks]}
    for sheet, agency, recs in out.agency_sheets:
        want[(sheet, agency)] = [t.get(L.C_ID) for t in recs]
    return have == want


def load_state(path) -> BookState:
    """Read an existing master workbook after the safety checks (lock, marker, schema)."""
    path = Path(path)
    safety.check_suffix(path)
    safety.check_not_open(path)
    if not path.exists():
        raise WorkbookError(f"{path}: no such workbook; run 'tbkl-xl refresh' to create it")
    safety.check_readable(path)
    st = read_book(path)
    safety.check_marker(path, st.meta)
    return st


def _file_hash(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def refresh(workbook_path, notices=None, today: Optional[date] = None, *, due_soon: Optional[int] = None,
            progress: Optional[Callable[[int, int, str], None]] = None,
            keep_backups: int = safety.KEEP_BACKUPS) -> RefreshSummary:
    """Build ``workbook_path`` or refresh it from ``notices`` (paths of files or folders, or
    ``Notice`` objects).  Staff-owned cells are never overwritten; see docs of issue 3."""
    path = Path(workbook_path)
    today = today or date.today()
    when = datetime.now().replace(microsecond=0)
    summary = RefreshSummary(workbook=str(path))
    safety.check_suffix(path)
    safety.check_not_open(path)
    if path.exists():
        state = load_state(path)
    else:
        if not path.parent.exists():
            raise WorkbookError(f"{path}: folder {path.parent} does not exist; create it first")
        state = BookState()
        summary.created = True

    if notices is None:
        folder_cfg = _config_get(_config_rows(state.config), L.CFG_FOLDER)
        if not folder_cfg:
            raise UsageError(f"no notices given: name notice files or folders, or set "
                             f"'{L.CFG_FOLDER}' in sheet '{L.CONFIG}' of {path.name}")
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
        from ..parse import iter_notice_files, parse_paths
        dirs = [Path(p) for p in paths if Path(p).is_dir()]
        if len(dirs) == 1:
            folder = str(dirs[0].resolve())
        files = iter_notice_files(paths)
        # a notice may come from several files (its .docx and .pdf): all their hashes are kept
        known = {h for n in state.notices for h in str(n.get(L.N_HASH) or "").split()}
        seen_ids = {n.id: n.source for n in objs}
        by_id: dict = {}
        directory = _parser_directory(state)
        for i, f in enumerate(files, 1):
            try:
                digest = _file_hash(f) if f.exists() else None
            except OSError as e:
                digest = None
                summary.errors.append((str(f), f"cannot be read ({e.strerror}); check permissions"))
                summary.notices_failed += 1
                continue
            if digest is not None and digest in known:
                summary.notices_unchanged += 1
            else:
                batch = parse_paths([f], today=today, directory=directory)
                summary.errors.extend(batch.errors)
                summary.warnings.extend(batch.warnings)
                summary.notices_failed += len(batch.errors)
                for n in batch.notices:
                    first = seen_ids.get(n.id)
                    if first is not None:
                        # the same notice as another file of this batch (.docx and .pdf of it)
                        summary.warnings.append((str(f), f"same notice as {first}; skipped"))
                        if digest and n.id in by_id:
                            rec = by_id[n.id].notice
                            rec[L.N_HASH] = " ".join(x for x in (rec.get(L.N_HASH), digest) if x)
                        continue
                    seen_ids[n.id] = str(f)
                    by_id[n.id] = incoming_of(n, digest)
                    incoming.append(by_id[n.id])
                    parsed.append(n)
                    summary.notices_read += 1
            if progress:
                progress(i, len(files), str(f))

    p = plan(state, incoming, today, when=when, hints=_hints(parsed), due_soon=due_soon,
             folder=folder)
    res = p.result
    summary.warnings.extend(("workbook", w) for w in res.warnings)
    for name, _ in state.foreign:
        summary.warnings.append((name, "sheet not made by tbkl-xl: kept as values only "
                                       "(formatting and charts of it are not kept)"))
    summary.tasks_added, summary.tasks_updated = res.added, res.updated
    summary.tasks_vanished, summary.tasks_reidentified = res.vanished, res.reidentified
    summary.rows_added_by_hand, summary.edits_kept = res.manual_added, res.edits_kept
    summary.conflicts, summary.edits_ignored = res.conflicts, res.ignored_edits
    summary.tasks_total, summary.agency_sheets = len(res.tasks), len(p.out.agency_sheets)

    if not summary.created and _unchanged(state, p):
        summary.written = False     # clicking Refresh again rewrites nothing and makes no backup
        return summary
    safety.check_not_open(path)     # Excel may have opened it while we parsed
    if path.exists():
        b = safety.make_backup(path, keep=keep_backups)
        summary.backup = str(b) if b else None
    try:
        safety.atomic_write(path, lambda tmp: write_book(tmp, p.out))
    except TbklError:
        raise
    except OSError as e:
        raise WorkbookError(f"{path}: cannot write the workbook ({e.strerror}); check that the "
                            f"folder is writable and the disk not full") from e
    return summary
