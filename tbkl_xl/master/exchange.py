"""The few ways reports write into the master (issue 9).

Everything goes through the refresh's own machinery: ``refresh.load_state`` (lock, marker and
schema checks), ``refresh.plan`` with no notice (staff edits since the last refresh are taken
exactly as a refresh takes them), ``workbook.write_book``, a backup and an atomic replace.  So a
write from here is a refresh without notices plus the change asked for:

- ``replace_sheets(path, sheets)`` / ``replace_sheet(path, name, render)``: replace or add
  sheets the refresh does not own: a report sheet (``Báo cáo tuần``) drawn by a renderer, or a
  hidden register (``_tbkl_rep…``) given as rows;
- ``apply_reply_edits(path, edits, today=…)``: merge the reply columns departments returned,
  with the conflict rule of issue 9, each change logged in ``Nhật ký``;
- ``read_registers(path)``: the master's identity and its hidden ``_tbkl_rep…`` sheets.

A renderer is ``render(ws)`` drawing on an empty openpyxl worksheet (the writer edits the loaded
workbook in place and keeps every sheet it does not own exactly as it is).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from ..errors import WorkbookError
from ..messages import master as MSG
from ..messages import reports as M
from ..text import nfc
from . import layout as L
from . import safety
from .refresh import ATTEMPTS, load_state, plan
from .workbook import sheet_values, write_book

Render = Union[Callable, list]          # render(ws), or rows for a plain (hidden) register


@dataclass(frozen=True)
class ReplyEdit:
    """One reply cell: the value the department was shown at export and the value it returned."""
    task_id: str
    column: str                         # one of layout.STAFF_COLUMNS
    shown: object
    returned: object
    source: str                         # the reply file (its name goes into Nhật ký)
    export_id: str = ""                 # the export the file belongs to
    reply_key: str = ""                 # a checksum of the whole reply row (its four cells)


@dataclass
class ReplyMerge:
    changed: list = field(default_factory=list)     # (ReplyEdit, old master value)
    conflicts: list = field(default_factory=list)   # (ReplyEdit, master value kept)
    unknown: list = field(default_factory=list)     # ReplyEdit whose task the master lacks
    unchanged: int = 0                              # already equal, or not changed by the department
    backup: Optional[str] = None
    written: bool = False
    master_id: str = ""


@dataclass
class Registers:
    master_id: str                      # "" when the master was never written with one
    sheets: dict                        # name -> rows (values), the _tbkl_rep… sheets


def _norm(v):
    """Comparable form of a cell value: blank -> None, text NFC and trimmed, midnight -> date."""
    v = L.norm_value(v)
    if isinstance(v, str):
        v = nfc(v).strip() or None
    return v


def _registers(st) -> dict:
    wb = st.wb
    return {n: sheet_values(wb[n]) for n in wb.sheetnames if n.startswith(L.REPORT_PREFIX)}


def _own_sheet_names(p) -> set:
    names = {L.sheet_key(n) for n in L.FIXED_SHEETS}
    names |= {L.sheet_key(s) for s, _a, _r in p.sheets}
    return names


def _put_sheets(wb, sheets: dict) -> None:
    """Replace (or add at the end) each sheet in the loaded workbook ``wb``, keeping its name
    and place; registers (``_tbkl_rep…``) hidden, their text never turned into formulas."""
    from openpyxl.cell import Cell
    existing = {L.sheet_key(n): n for n in wb.sheetnames}
    for name, render in sheets.items():
        old = existing.get(L.sheet_key(name))
        index = None
        if old is not None:
            index = wb.sheetnames.index(old)
            wb.remove(wb[old])
            name = old                          # the name as it is in the workbook
        ws = wb.create_sheet(name, index)
        if callable(render):
            render(ws)
        else:
            for i, row in enumerate(render, 1):
                for j, v in enumerate(row, 1):
                    if v is None:
                        continue
                    c = Cell(ws, row=i, column=j, value=v)
                    if c.data_type == "f":
                        c.data_type = "s"
                    ws._cells[(i, j)] = c
        if name.startswith(L.REPORT_PREFIX):
            ws.sheet_state = "hidden"


def _update(path, today: date, when: datetime, change: Callable) -> tuple:
    """Read the master, let ``change(state, plan)`` alter the plan and the loaded workbook, and
    write it back like a refresh does (one writer at a time, a backup, replaced atomically and
    only if nobody saved the file meanwhile, else read again).  ``change`` returns
    ``(result, write?)``.  Returns ``(result, written?, backup path or None, plan)``."""
    path = Path(path)
    safety.check_suffix(path)
    safety.check_not_open(path)
    with safety.refresh_lock(path):
        safety.clean_temp_files(path)
        for _attempt in range(ATTEMPTS):
            read_fp = safety.fingerprint(path)
            st = load_state(path)
            p = plan(st, [], today, when=when)
            result, write = change(st, p)
            if not write:
                return result, False, None, p
            safety.check_writable(path)
            safety.check_not_open(path)
            wb = write_book(st, p.out)
            done = safety.replace_if_unchanged(path, read_fp, wb.save)
            if done is not False:
                return result, True, (str(done) if done else None), p
        raise WorkbookError(MSG.CHANGED_WHILE_REFRESHING.format(name=path.name))


def read_registers(path) -> Registers:
    """The master's identity and its hidden report registers (read only)."""
    return read_master(path, date.today())[1]


def read_master(path, today: date) -> tuple:
    """``(MasterView, Registers)`` from one read of the master (a job that needs both reads the
    workbook once)."""
    from .view import view_of
    st = load_state(Path(path))
    regs = Registers(master_id=str((st.meta or {}).get("master_id") or ""), sheets=_registers(st))
    return view_of(st, Path(path), today), regs


def replace_sheets(path, sheets: dict, *, today: Optional[date] = None,
                   when: Optional[datetime] = None) -> Registers:
    """Replace (or add at the end) each sheet of ``sheets`` (name -> renderer or rows) in the
    master ``path``, in one atomic write with a backup; refuses when the workbook is open in
    Excel or a name is one of the refresh's own sheets.  Returns the master's identity (created
    on this write when the master had none) and its registers as written."""
    when = when or datetime.now().replace(microsecond=0)

    def change(st, p):
        own = _own_sheet_names(p)
        for name in sheets:
            if L.sheet_key(name) in own or L.clean_sheet_name(name) != name:
                raise WorkbookError(M.SHEET_NOT_OURS.format(name=name))
        _put_sheets(st.wb, sheets)
        return None, True

    _r, _w, _b, p = _update(path, today or when.date(), when, change)
    st_regs = {n: r for n, r in sheets.items() if n.startswith(L.REPORT_PREFIX) and not callable(r)}
    return Registers(master_id=str(p.out.meta.get("master_id") or ""), sheets=st_regs)


def replace_sheet(path, name: str, render: Render) -> Registers:
    """Replace (or add) one report sheet, e.g. ``Báo cáo tuần``; see ``replace_sheets``."""
    return replace_sheets(path, {name: render})


def apply_reply_edits(path, edits: Iterable[ReplyEdit], *, today: date,
                      when: Optional[datetime] = None,
                      register: Optional[tuple] = None) -> ReplyMerge:
    """Merge departments' replies into the staff columns of the master, by task id.

    For each edit, with ``cur`` the master's value now:
    - returned == shown: the department changed nothing: skipped;
    - returned == cur: already merged (a file imported twice changes nothing);
    - cur == shown: the master did not change since the export: the reply is taken and logged
      in ``Nhật ký`` with the file name as source;
    - else: a conflict: the master's value stays, the reply's value is logged beside it (once,
      however often the file is imported) and reported.
    A value the same export's department sent before (taken earlier in this run, or recorded
    as its ``shown`` by an earlier import) counts as unchanged since the export: a department
    may send its file again, corrected.  ``register``: ``(sheet name, update(rows, changes))``
    of the export register, given ``{export id: {task id: {"s": {column: value taken}, "r":
    [reply_key of rows merged whole]}}}`` and written in the same write.
    Nothing is written when no value changes and no new log line is due."""
    when = when or datetime.now().replace(microsecond=0)
    edits = list(edits)

    def change(st, p):
        out = ReplyMerge(master_id=str(p.out.meta.get("master_id") or ""))
        by_id = {str(r[L.C_ID]): r for r in p.out.tasks}
        old_log = sheet_values(st.wb[L.LOG])[1:] if L.LOG in st.wb.sheetnames else []
        logged = {tuple(_norm(v) for v in r[1:7]) for r in old_log}
        new_log = []
        # Trạng thái and Ngày hoàn thành of one reply row go in together: when one of them
        # conflicts, the other is held back too (never "Đang thực hiện" with a completion date)
        paired = (L.C_STATUS, L.C_DONE_DATE)
        taken: dict = {}                # (task, column, export) -> value taken in this run

        def unchanged_since_export(e, cur, shown) -> bool:
            return cur == shown or (bool(e.export_id) and (str(e.task_id), e.column, e.export_id) in taken
                                    and taken[(str(e.task_id), e.column, e.export_id)] == cur)
        held = set()
        for e in edits:
            rec = by_id.get(str(e.task_id))
            if rec is None or e.column not in paired:
                continue
            cur, shown, ret = _norm(rec.get(e.column)), _norm(e.shown), _norm(e.returned)
            if ret != shown and ret != cur and cur != shown:
                held.add((str(e.task_id), e.source))
        spoilt = set()                  # (export, task, reply_key) of rows not merged whole
        for e in edits:
            if e.column not in L.STAFF_COLUMNS:
                raise ValueError(f"not a reply column: {e.column!r}")
            rec = by_id.get(str(e.task_id))
            if rec is None:
                out.unknown.append(e)
                continue
            cur, shown, ret = _norm(rec.get(e.column)), _norm(e.shown), _norm(e.returned)
            source = Path(e.source).name
            if ret == shown or ret == cur:
                out.unchanged += 1
            elif unchanged_since_export(e, cur, shown) and not (
                    e.column in paired and (str(e.task_id), e.source) in held):
                rec[e.column] = ret
                taken[(str(e.task_id), e.column, e.export_id)] = ret
                new_log.append([when, e.task_id, e.column, cur, ret, source, M.LOG_REPLY])
                out.changed.append((e, cur))
            else:                           # a conflict, or held back with its pair's conflict
                held_back = unchanged_since_export(e, cur, shown)
                spoilt.add((e.export_id, str(e.task_id), e.reply_key))
                out.conflicts.append((e, cur))
                line = [when, e.task_id, e.column, cur, ret, source,
                        M.LOG_REPLY_HELD if held_back else M.LOG_REPLY_CONFLICT]
                key = tuple(_norm(v) for v in line[1:7])
                if key not in logged:
                    logged.add(key)
                    new_log.append(line)
        p.out.new_log.extend(new_log)
        write = bool(new_log)
        if register is not None:
            changes: dict = {}
            for e, _cur in out.changed:
                if e.export_id:
                    t = changes.setdefault(e.export_id, {}).setdefault(str(e.task_id), {})
                    t.setdefault("s", {})[e.column] = e.returned
            for e, _cur in out.changed:        # rows merged whole: never merged again
                if e.export_id and e.reply_key and (e.export_id, str(e.task_id), e.reply_key) not in spoilt:
                    t = changes.setdefault(e.export_id, {}).setdefault(str(e.task_id), {})
                    t.setdefault("r", set()).add(e.reply_key)
            name, update = register
            if changes and name in st.wb.sheetnames:
                rows = sheet_values(st.wb[name])
                new = update(rows, changes)
                if new != rows:
                    _put_sheets(st.wb, {name: new})
                    write = True
        return out, write

    out, out.written, out.backup, _p = _update(path, today, when, change)
    return out
