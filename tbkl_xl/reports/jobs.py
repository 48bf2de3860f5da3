"""The report commands as library functions (CLI and Excel buttons call these): each reads the
master through ``master.view.read_tasks``, calls the pure core, writes files, and writes into the
master only through ``master.exchange``.  ``today`` is always passed in."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Optional

from xlsxwriter.exceptions import FileCreateError

from ..errors import UsageError
from ..master import exchange
from ..master.view import read_tasks
from ..messages import reports as M
from . import agency_files as A
from . import register as R
from .files import Office, agency_stem, check_writable, out_dir, raise_busy, unique_path
from .letters import letter_tasks, write_letter
from .replies import OTHER_SHEET_SUFFIXES, Rejection, read_reply
from .weekly_job import WeeklySummary, weekly_report


def default_reply_by(today: date) -> date:
    """Five working days after ``today`` (Vietnamese holidays skipped)."""
    from ..parse.deadlines import add_working_days
    return add_working_days(today, 5)


# ---------------------------------------------------------------- export
@dataclass
class ExportSummary:
    workbook: str
    folder: str
    exports: list = field(default_factory=list)     # AgencyExport (with .file)
    reply_by: Optional[date] = None

    @property
    def files(self) -> list:
        return [str(e.file) for e in self.exports]

    def lines(self) -> list:
        if not self.exports:
            return [M.EXPORT_NONE]
        return [M.EXPORT_LINE.format(n=len(self.exports), dir=self.folder)] + [
            M.OUT_FILE.format(path=p) for p in self.files]


def export_agency_files(workbook, out, *, today: date, agencies: Optional[Iterable[str]] = None,
                        reply_by: Optional[date] = None, when: Optional[datetime] = None,
                        source: Optional[tuple] = None, pending: Optional[dict] = None) -> ExportSummary:
    """One reply file per lead agency (or per agency named) into folder ``out``.  The export is
    recorded in the master's hidden register first (so a reply can be matched), then the files
    are written.  ``source``/``pending``: as for ``weekly_report`` (with ``pending`` the files
    are written by ``write_pending_exports`` after the job's one write of the master)."""
    if reply_by is not None and reply_by < today:
        raise UsageError(M.BAD_REPLY_BY.format(date=reply_by.strftime("%d/%m/%Y")))
    when = when or datetime.now().replace(microsecond=0)
    view, regs = source or exchange.read_master(workbook, today)
    names = A.pick_agencies(view, list(agencies) if agencies else None)
    folder = out_dir(out)
    summary = ExportSummary(workbook=str(workbook), folder=str(folder))
    if not names:
        return summary
    taken: set = set()
    exports = []
    for a in names:
        exp = A.AgencyExport(agency=a, today=today, rows=A.export_rows(view.tasks, a, today))
        exp.file = unique_path(folder, agency_stem(M.FILE_TASKS, a, today), ".xlsx", taken)
        exports.append(exp)
    check_writable(*(e.file for e in exports))          # before the export is recorded
    records = [R.ExportRecord(export_id=e.export_id, agency=e.agency, today=today, file=e.file.name,
                              tasks={row.task_id: {"h": row.hashes, "s": R.encode_shown(row.shown)}
                                     for row in e.rows}) for e in exports]
    sheets = {R.EXPORTS: R.exports_rows(regs.sheets.get(R.EXPORTS), records, when)}
    summary.exports = exports
    summary.reply_by = reply_by
    if pending is not None:
        pending.update(sheets)
        return summary
    written = exchange.replace_sheets(workbook, sheets, today=today, when=when)
    write_export_files(summary, written.master_id)
    return summary


def write_export_files(summary: "ExportSummary", master_id: str) -> None:
    """The agency files of an export already recorded in the master."""
    for e in summary.exports:
        try:
            A.write_agency_file(e, e.file, master_id, reply_by=summary.reply_by)
        except (OSError, FileCreateError) as err:
            raise_busy(e.file, err)


# ---------------------------------------------------------------- import
@dataclass
class ImportSummary:
    workbook: str
    files: list = field(default_factory=list)       # ReplyFile
    merge: Optional[exchange.ReplyMerge] = None

    @property
    def rejected(self) -> list:
        """Every rejected file or row (``Rejection``: file, reason, row, task id)."""
        out = [r for f in self.files for r in f.rejected]
        if self.merge:
            out += [Rejection(file=Path(e.source).name, reason=M.ROW_GONE, task_id=e.task_id)
                    for e in dict.fromkeys(self.merge.unknown)]
        return out

    @property
    def tasks_updated(self) -> int:
        return len({e.task_id for e, _ in self.merge.changed}) if self.merge else 0

    def lines(self) -> list:
        m = self.merge or exchange.ReplyMerge()
        bad_files = sum(1 for f in self.files if f.refused)
        same = m.unchanged + len(A.REPLY) * sum(f.already for f in self.files)   # rows merged before: unchanged
        out = [M.OUT_WORKBOOK.format(path=self.workbook),
               M.SUM_FILES.format(n=len(self.files), bad=bad_files),
               M.SUM_ROWS.format(tasks=self.tasks_updated, cells=len(m.changed), same=same)]
        out += [M.SUM_OLDER.format(file=Path(f.path).name, note=f.older) for f in self.files
                if f.older and not f.refused]
        if m.conflicts:
            out.append(M.SUM_CONFLICTS.format(n=len(m.conflicts)))
            for e, cur in m.conflicts:
                out.append(M.SUM_CONFLICT.format(id=e.task_id, file=Path(e.source).name, col=e.column,
                                                 master=_show(cur), reply=_show(e.returned),
                                                 shown=_show(e.shown)))
        rej = self.rejected
        if rej:
            out.append(M.SUM_REJECTED.format(n=len(rej)))
            for r in rej:
                if r.row is None and not r.task_id:
                    out.append(M.SUM_REJECT_FILE.format(file=r.file, reason=r.reason))
                else:
                    out.append(M.SUM_REJECT_ROW.format(file=r.file, row=r.row or "-", id=r.task_id or "-",
                                                       reason=r.reason))
        if m.written and m.backup:
            out.append(M.SUM_BACKUP.format(path=m.backup))
        if not m.written:
            out.append(M.SUM_NOTHING)
        return out


def _show(v) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    return str(v)


SHEET_SUFFIXES = (".xlsx", ".xlsm") + OTHER_SHEET_SUFFIXES


def reply_paths(paths: Iterable) -> list:
    """The files to import: files as given; in folders, the spreadsheets (.xlsx, and the
    other formats a department may have saved its file in, which are then refused with what to
    do, never skipped in silence; Excel's ``~$`` lock files and hidden files left out), in
    name order."""
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(x for x in p.rglob("*") if x.suffix.lower() in SHEET_SUFFIXES
                           and x.is_file() and not x.name.startswith(("~$", ".")))
            out.extend(found)
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def import_replies(workbook, paths, *, today: date, when: Optional[datetime] = None) -> ImportSummary:
    """Check every returned file, then merge the reply columns of all good rows into the master
    in one write (conflicts kept and logged, see ``master.exchange.apply_reply_edits``)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    summary = ImportSummary(workbook=str(workbook))
    for p in paths:
        if Path(p).is_dir() and not reply_paths([p]):
            summary.files.append(_empty_dir(p))
    regs = exchange.read_registers(workbook)
    exports = R.read_exports(regs.sheets.get(R.EXPORTS))
    for p in reply_paths(paths):
        summary.files.append(read_reply(p, regs.master_id, exports, today))
    # files of one export in the order they were saved: a corrected file sent again wins
    ordered = sorted(summary.files, key=lambda f: (f.saved or datetime.min, f.path))
    edits = [e for f in ordered for e in f.edits]
    summary.merge = exchange.apply_reply_edits(workbook, edits, today=today, when=when,
                                               register=(R.EXPORTS, R.update_exports))
    return summary


def _empty_dir(p):
    from .replies import ReplyFile
    f = ReplyFile(path=str(p))
    f.rejected.append(Rejection(file=str(p), reason=M.R_EMPTY_SOURCE))
    return f


# ---------------------------------------------------------------- reminders
@dataclass
class RemindSummary:
    workbook: str
    folder: str
    letters: list = field(default_factory=list)     # Letter
    files: list = field(default_factory=list)
    due_within: Optional[int] = None
    not_needed: list = field(default_factory=list)  # agencies named (--agency) with nothing to remind

    def lines(self) -> list:
        soon = M.REMIND_NONE_SOON.format(days=self.due_within) if self.due_within is not None else ""
        if not self.letters:
            out = [] if self.not_needed else [M.REMIND_NONE.format(soon=soon)]
        else:
            n = len({t.id for lt in self.letters for t in lt.tasks})
            out = [M.REMIND_LINE.format(n=len(self.letters), tasks=n, dir=self.folder)] + [
                M.OUT_FILE.format(path=p) for p in self.files]
        return out + [M.REMIND_NOT_NEEDED.format(agency=a, soon=soon) for a in self.not_needed]


def remind(workbook, out, *, today: date, reply_by: Optional[date] = None,
           due_within: Optional[int] = None, agencies: Optional[Iterable[str]] = None,
           view=None) -> RemindSummary:
    """One reminder letter (.docx) per agency with overdue tasks (and tasks due within
    ``due_within`` days) into folder ``out``.  Writes nothing into the master."""
    view = view or read_tasks(workbook, today=today)
    names = A.pick_agencies(view, list(agencies) if agencies else None)
    reply_by = reply_by or default_reply_by(today)
    if reply_by < today:
        raise UsageError(M.BAD_REPLY_BY.format(date=reply_by.strftime("%d/%m/%Y")))
    folder = out_dir(out)
    summary = RemindSummary(workbook=str(workbook), folder=str(folder), due_within=due_within)
    office = Office.of(view)
    notices = {n.id: n for n in view.notices}
    taken: set = set()
    letters = [(lt, unique_path(folder, agency_stem(M.FILE_REMINDER, lt.agency, today), ".docx", taken))
               for lt in letter_tasks(view.tasks, names, today, reply_by, due_within)]
    check_writable(*(path for _lt, path in letters), master=False)
    for lt, path in letters:
        try:
            write_letter(lt, office, path, notices)
        except OSError as e:
            raise_busy(path, e)
        summary.letters.append(lt)
        summary.files.append(str(path))
    if agencies:
        summary.not_needed = [a for a in names if a not in {lt.agency for lt in summary.letters}]
    return summary


# ---------------------------------------------------------------- the button
@dataclass
class ExportAllSummary:
    weekly: WeeklySummary
    export: ExportSummary
    reminders: RemindSummary

    @property
    def files(self) -> list:
        return self.weekly.files + self.export.files + self.reminders.files

    def lines(self) -> list:
        return self.weekly.lines() + self.export.lines() + self.reminders.lines()


def export_all(workbook, out_dir, *, today: date, pdf: bool = True) -> ExportAllSummary:
    """What the button "Xuất báo cáo" does: the weekly report (sheet in the master, .xlsx, .docx
    and its PDF where LibreOffice exists) in ``out_dir``, one reply file per agency in
    ``out_dir/Gửi cơ quan``, reminder letters for overdue tasks in ``out_dir/Đôn đốc``."""
    base = Path(out_dir)
    reply_by = default_reply_by(today)
    when = datetime.now().replace(microsecond=0)
    source = exchange.read_master(workbook, today)          # the master is read once ...
    pending: dict = {}
    w = weekly_report(workbook, today=today, out=str(base), pdf=pdf, when=when, source=source,
                      pending=pending)
    e = export_agency_files(workbook, base / M.DIR_AGENCY_FILES, today=today, reply_by=reply_by,
                            when=when, source=source, pending=pending)
    written = exchange.replace_sheets(workbook, pending, today=today, when=when)   # ... and written once
    write_export_files(e, written.master_id)
    r = remind(workbook, base / M.DIR_LETTERS, today=today, reply_by=reply_by, view=source[0])
    return ExportAllSummary(weekly=w, export=e, reminders=r)
