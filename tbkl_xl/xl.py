"""xlwings entry points: what the buttons of ``Bảng điều khiển.xlsm`` run (issue 10).

Each button's VBA is one line, ``RunPython "import tbkl_xl.xl as x; x.refresh()"``.  Each entry
point gets the control workbook (``book`` or ``xw.Book.caller()``), reads the settings cells in
one read, calls the same core function as the command line on the closed master, and writes
the last-run block and the counts back in one call per range, never cell by cell.

Errors reach the clerk as a Vietnamese alert and in the status cell, never as a traceback;
details go to ``<control workbook name>.log`` beside the control workbook.

| entry point | core function | button |
|---|---|---|
| ``refresh`` | ``tbkl_xl.master.refresh`` (as ``tbkl-xl refresh``) | Cập nhật từ thông báo |
| ``highlight_deadlines`` | ``tbkl_xl.panel.paint_deadlines`` (classes of ``master.highlight``) | Tô màu thời hạn |
| ``export_reports`` | ``tbkl_xl.reports.export_all`` (issue 9) | Xuất báo cáo |
| ``import_replies`` | ``tbkl_xl.reports.import_replies`` (issue 9) | Nhập phản hồi |

The only desktop-only code is ``master_closed``: when the master is open in the same Excel, it
is saved, closed, and opened again after the run at the sheet the clerk was on.
"""
from __future__ import annotations

import os
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from .errors import TbklError, WorkbookLockedError
from .messages import xl as M
from .panel import layout as P

__all__ = ["refresh", "highlight_deadlines", "export_reports", "import_replies", "master_closed"]

LOG_MAX_BYTES = 2_000_000       # then the log moves to "<name>.log.1" and a new one starts


class ClerkError(Exception):
    """A problem the clerk can fix, worded for them (Vietnamese); shown as an alert."""


# ---------------------------------------------------------------- entry points
def refresh(book=None, *, today: Optional[date] = None):
    """Button «Cập nhật từ thông báo»: refresh the master from the notices folder."""
    return _run(book, M.CAPTION_REFRESH, _refresh, today)


def highlight_deadlines(book=None, *, today: Optional[date] = None):
    """Button «Tô màu thời hạn»: colour the «Còn lại (ngày)» cells of the master by deadline
    class (the rules of the conditional formats) and update the counts."""
    return _run(book, M.CAPTION_HIGHLIGHT, _highlight, today)


def export_reports(book=None, *, today: Optional[date] = None):
    """Button «Xuất báo cáo»: one file per agency into the output folder (issue 9)."""
    return _run(book, M.CAPTION_EXPORT, _export, today)


def import_replies(book=None, *, today: Optional[date] = None):
    """Button «Nhập phản hồi»: merge the agencies' replies from the replies folder (issue 9)."""
    return _run(book, M.CAPTION_IMPORT, _import, today)


# ---------------------------------------------------------------- the jobs (core calls)
@dataclass
class Outcome:
    lines: list = field(default_factory=list)     # detail lines (all of them go to the log)
    status: str = M.STATUS_OK
    alert: Optional[str] = None
    alert_mode: str = "critical"
    counts: Optional[dict] = None


def _refresh(panel: "Panel", today: date) -> Outcome:
    from .master import refresh as core_refresh
    master = panel.master(must_exist=False)
    notices = panel.folder("notices")
    with master_closed(panel.book.app, master):
        summary = core_refresh(master, [str(notices)], today=today)
    out = Outcome(lines=list(summary.lines()), counts=_counts(master, today))
    if summary.errors:
        errors = [M.DETAIL_ERROR.format(source=Path(s).name, message=m) for s, m in summary.errors]
        out.lines = errors + out.lines
        out.status = M.STATUS_OK_WITH_ERRORS.format(n=len(summary.errors))
        out.alert = M.NOTICES_FAILED.format(n=len(summary.errors), files="\n".join(errors[:5]))
        out.alert_mode = "info"
    return out


def _highlight(panel: "Panel", today: date) -> Outcome:
    from .panel.paint import paint_deadlines
    master = panel.master(must_exist=True)
    with master_closed(panel.book.app, master):
        summary = paint_deadlines(master, today)
    return Outcome(lines=list(summary.lines()), counts=_counts(master, today))


def _export(panel: "Panel", today: date) -> Outcome:
    from .reports import export_all
    master = panel.master(must_exist=True)
    out_dir = panel.folder("out_dir", create=True)
    with master_closed(panel.book.app, master):
        summary = export_all(master, out_dir, today=today)
    return Outcome(lines=list(summary.lines()), counts=_counts(master, today))


def _import(panel: "Panel", today: date) -> Outcome:
    from .reports import import_replies as import_fn
    from .reports.jobs import reply_paths
    master = panel.master(must_exist=True)
    replies = panel.folder("replies_dir")
    if not reply_paths([replies]):          # nothing to import yet: said as such, not as a refusal
        message = M.REPLIES_NONE.format(path=replies, cell=P.setting_cell("replies_dir"))
        return Outcome(lines=[message], alert=message, alert_mode="info", counts=_counts(master, today))
    with master_closed(panel.book.app, master):
        summary = import_fn(master, [replies], today=today)
    out = Outcome(lines=list(summary.lines()), counts=_counts(master, today))
    rejected = list(getattr(summary, "rejected", None) or ())
    if rejected:
        files = sum(1 for r in rejected if getattr(r, "row", None) is None and not getattr(r, "task_id", ""))
        parts = ([M.REPLIES_FILES.format(n=files)] if files else []) + (
            [M.REPLIES_ROWS.format(n=len(rejected) - files)] if len(rejected) > files else [])
        out.alert = M.REPLIES_REJECTED.format(what=M.REPLIES_AND.join(parts), log=panel.log.name)
        out.alert_mode = "info"
    return out


def _counts(master: Path, today: date) -> dict:
    from .master.view import read_tasks
    from .reports.counting import dashboard_counts
    return dashboard_counts(read_tasks(master, today).tasks, today)


# ---------------------------------------------------------------- the desktop-only part
def _open_book(app, path: Path):
    """The book of ``app`` that is the file ``path``, or None.  Books whose full name is not
    a local path (the remote engine's caller, a OneDrive URL) never match."""
    want = os.path.normcase(os.path.abspath(path))
    for b in app.books:
        full = b.fullname
        if os.path.isabs(full) and os.path.normcase(os.path.abspath(full)) == want:
            return b
    return None


@contextmanager
def master_closed(app, path):
    """Run the body with the master closed.  Desktop Excel only (the one part the tests on
    Linux cannot reach): when ``path`` is open in ``app`` — the Excel that runs the button —
    it is saved (a clerk's unsaved edits are kept, never discarded), closed, and after the
    body opened again at the sheet the clerk was on, also when the body fails.  When it is
    not open there (or on xlwings' remote engine) this does nothing; a master open in another
    Excel or on another PC is refused by the core's lock check."""
    book = _open_book(app, Path(path))
    if book is None:
        yield
        return
    sheet = book.sheets.active.name
    book.save()
    book.close()
    try:
        yield
    finally:
        again = app.books.open(str(path))
        if sheet in [s.name for s in again.sheets]:
            again.sheets[sheet].activate()


# ---------------------------------------------------------------- the control workbook
class Panel:
    """The dashboard sheet of the calling book: settings read once, results written back."""

    def __init__(self, book):
        self.book = book
        full = str(book.fullname)
        # the desktop gives the full path; the remote engine only the name (the current folder
        # then stands for the control workbook's folder); a workbook opened from OneDrive or
        # SharePoint may give a web address, against which nothing can be resolved
        if "://" in full:
            self.dir: Optional[Path] = None
        else:
            self.dir = Path(full).parent if Path(full).is_absolute() else Path.cwd()
        log_dir = self.dir if self.dir is not None else Path.home()
        self.log = _Log(log_dir / (Path(book.name).stem + P.LOG_SUFFIX))
        self._raw: Optional[list] = None
        self.master_path: Optional[Path] = None

    @property
    def sheet(self):
        try:
            return self.book.sheets[P.SHEET]
        except Exception:                 # renamed by hand: the first sheet is the dashboard
            return self.book.sheets[0]

    def settings(self) -> dict:
        if self._raw is None:
            raw = self.sheet.range(P.SETTINGS).value     # one read
            self._raw = list(raw) if isinstance(raw, list) else [raw]
        return dict(zip(P.SETTING_ROWS, self._raw))

    def _path(self, key: str) -> Path:
        from .panel.build import resolve_setting
        fmt = dict(cell=P.setting_cell(key), label=P.SETTING_LABELS[key])
        p = resolve_setting(self.settings().get(key), self.dir or Path("."))
        if p is None:
            raise ClerkError(M.SETTING_EMPTY.format(**fmt))
        if self.dir is None and not Path(str(self.settings().get(key)).strip().strip('"')).is_absolute():
            raise ClerkError(M.RELATIVE_ON_WEB.format(path=self.settings().get(key), **fmt))
        return p

    def master(self, must_exist: bool) -> Path:
        p = self._path("master")
        cell = P.setting_cell("master")
        if p.suffix.lower() != ".xlsx":
            raise ClerkError(M.MASTER_NOT_XLSX.format(path=p, cell=cell))
        if must_exist and not p.is_file():
            raise ClerkError(M.MASTER_MISSING.format(path=p, cell=cell))
        if not p.parent.is_dir():
            raise ClerkError(M.MASTER_FOLDER_MISSING.format(path=p.parent, cell=cell))
        self.master_path = p
        return p

    def folder(self, key: str, create: bool = False) -> Path:
        p = self._path(key)
        fmt = dict(path=p, label=P.SETTING_LABELS[key], cell=P.setting_cell(key))
        if p.exists() and not p.is_dir():
            raise ClerkError(M.NOT_A_FOLDER.format(**fmt))
        if not p.exists():
            if not (create and p.parent.is_dir()):
                raise ClerkError(M.FOLDER_MISSING.format(**fmt))
            p.mkdir()
        return p

    def write_back(self, when: datetime, button: str, outcome: Outcome, today: date) -> None:
        """The last-run block, then the counts: one write per range."""
        from .panel.build import count_values
        lines = list(outcome.lines)
        if len(lines) > P.DETAIL_LINES:
            lines = lines[:P.DETAIL_LINES - 1] + [
                M.DETAIL_MORE.format(n=len(lines) - P.DETAIL_LINES + 1, log=self.log.name)]
        lines += [None] * (P.DETAIL_LINES - len(lines))
        run = [when.strftime(P.DATETIME_FORMAT), button, outcome.status] + lines
        sheet = self.sheet
        sheet.range(P.RUN).value = [[v] for v in run]
        if outcome.counts is not None:
            sheet.range(P.COUNTS).value = [[v] for v in count_values(outcome.counts, today)]


class _Log:
    """Append-only log file beside the control workbook; never raises."""

    def __init__(self, path: Path):
        self.path = path
        self.name = path.name

    def write(self, text: str) -> None:
        try:
            if self.path.exists() and self.path.stat().st_size > LOG_MAX_BYTES:
                os.replace(self.path, self.path.with_name(self.path.name + ".1"))
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(text.rstrip("\n") + "\n")
        except OSError:
            pass


def _run(book, button: str, job, today: Optional[date]):
    if book is None:
        import xlwings as xw
        book = xw.Book.caller()
    today = today or date.today()
    when = datetime.now().replace(microsecond=0)
    panel = Panel(book)
    try:
        outcome = job(panel, today)
    except ClerkError as e:
        outcome = Outcome(status=M.STATUS_ERROR.format(message=e), alert=str(e))
    except WorkbookLockedError as e:
        from .master.safety import lock_files
        master = panel.master_path or Path("?")
        locks = lock_files(master)
        message = M.MASTER_LOCKED.format(name=master.name,
                                         lock=locks[0].name if locks else "~$" + master.name)
        outcome = Outcome(status=M.STATUS_ERROR.format(message=message), alert=message)
        panel.log.write(f"{when:%Y-%m-%d %H:%M:%S} {button}: {e}")
    except TbklError as e:
        message = M.CORE_ERROR.format(error=e)
        outcome = Outcome(status=M.STATUS_ERROR.format(message=message), alert=message)
    except Exception:
        message = M.UNEXPECTED.format(button=button, log=panel.log.name)
        outcome = Outcome(status=M.STATUS_ERROR.format(message=message), alert=message)
        panel.log.write(f"{when:%Y-%m-%d %H:%M:%S} {button}: unexpected error\n{traceback.format_exc()}")
    panel.log.write("\n".join([f"{when:%Y-%m-%d %H:%M:%S} {button}: {outcome.status}",
                               f"  settings: {panel._raw}"] + [f"  {l}" for l in outcome.lines]))
    try:
        panel.write_back(when, button, outcome, today)
    except Exception:
        panel.log.write(f"{when:%Y-%m-%d %H:%M:%S} {button}: cannot write the dashboard\n"
                        f"{traceback.format_exc()}")
    if outcome.alert:
        book.app.alert(outcome.alert, title=M.ALERT_TITLE, mode=outcome.alert_mode)
    return outcome
