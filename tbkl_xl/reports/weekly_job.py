"""``weekly_report``: the weekly report of a master workbook, written where it is needed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Optional

from xlsxwriter.exceptions import FileCreateError

from ..master import exchange
from ..messages import reports as M
from . import register as R
from .files import Office, check_writable, out_dir, raise_busy, safe_name, to_pdf
from .weekly import WeeklyReport, build_weekly
from .weekly_render import sheet_renderer, write_docx, write_xlsx
from .weekly_text import dmy, pct, sections


@dataclass
class WeeklySummary:
    workbook: str
    report: WeeklyReport
    sheet_written: bool = False
    files: list = field(default_factory=list)       # paths written
    notes: list = field(default_factory=list)       # e.g. why there is no PDF

    def figures_line(self) -> str:
        r, t = self.report, self.report.totals
        return M.WEEK_FIGURES.format(week=r.week, total=t.total, overdue=t.open_overdue,
                                     due=len({ln.task.id for ln in r.due}),
                                     done=len({ln.task.id for ln in r.done_week}),
                                     on_time=_rate(t.on_time_rate, M.RATE_NONE_DUE),
                                     rate=_rate(t.done_rate, M.RATE_NONE))

    def lines(self) -> list:
        out = [M.OUT_WORKBOOK.format(path=self.workbook), self.figures_line()]
        if self.sheet_written:
            out.append(M.OUT_SHEET.format(sheet=M.REPORT_SHEET))
        out += [M.OUT_FILE.format(path=p) for p in self.files]
        out += self.notes
        return out

    def as_json(self) -> dict:
        return self.report.as_json()


def compute_weekly(view, today: date, *, week_monday: Optional[date] = None,
                   history_rows: Optional[list] = None) -> WeeklyReport:
    """The report's figures for a ``MasterView`` (pure)."""
    return build_weekly(view.tasks, today, week_monday=week_monday,
                        agency_order=[a for _s, a in view.agencies],
                        history=R.read_history(history_rows))


def _rate(x, none: str) -> str:
    return none if x is None else M.RATE_PCT.format(x=pct(x))


def check_week(monday: date, today: date) -> None:
    """The figures are the master's as it is now, counted on ``today``: a report can be made
    for the week holding ``today`` or the one before it (a Monday report of last week), not for
    a week that has not begun nor one whose "due by the end of next week" is already past."""
    from ..errors import UsageError
    from .counting import iso_week
    sunday = monday + timedelta(days=6)
    last = sunday + timedelta(days=7)
    if not monday <= today <= last:
        raise UsageError(M.WEEK_OUT_OF_RANGE.format(
            week=iso_week(monday), start=dmy(monday), end=dmy(sunday), today=dmy(today),
            last=dmy(last)))


def weekly_report(workbook, *, today: date, week_monday: Optional[date] = None,
                  out: Optional[str] = None, write_master: bool = True, pdf: bool = True,
                  when: Optional[datetime] = None, source: Optional[tuple] = None,
                  pending: Optional[dict] = None) -> WeeklySummary:
    """Count the master ``workbook`` on ``today`` for the week starting ``week_monday`` (default:
    the week holding today).  ``write_master``: replace the ``Báo cáo tuần`` sheet and record the
    report for next week's comparison; ``out``: write the .xlsx with charts, the Decree 30 .docx
    and (LibreOffice permitting) its PDF into that folder.  A job doing more than this passes
    the master already read (``source``: ``exchange.read_master``) and collects the sheets to
    write in ``pending`` (one write for the whole job)."""
    if week_monday is not None:
        check_week(week_monday, today)
    when = when or datetime.now().replace(microsecond=0)
    view, regs = source or exchange.read_master(workbook, today)
    rep = compute_weekly(view, today, week_monday=week_monday, history_rows=regs.sheets.get(R.HISTORY))
    secs = sections(rep, notices_count=len({t.notice_id for t in rep.tasks if t.notice_id}))
    summary = WeeklySummary(workbook=str(workbook), report=rep)
    if out is not None:
        folder = out_dir(out)
        stem = safe_name(f"Báo cáo tuần {rep.week} - {today.isoformat()}")
        check_writable(*(folder / (stem + ext) for ext in (".xlsx", ".docx", ".pdf")))
    if write_master:
        entry = rep.history_entry()
        sheets = {M.REPORT_SHEET: sheet_renderer(rep, secs),
                  R.HISTORY: R.history_rows(regs.sheets.get(R.HISTORY), entry, when)}
        if pending is not None:
            pending.update(sheets)
        else:
            exchange.replace_sheets(workbook, sheets, today=today, when=when)
        summary.sheet_written = True
    if out is not None:
        try:
            xlsx = write_xlsx(rep, secs, folder / (stem + ".xlsx"))
            docx = write_docx(rep, secs, Office.of(view), folder / (stem + ".docx"))
        except (OSError, FileCreateError) as e:
            raise_busy(Path(getattr(e, "filename", None) or folder / stem), e)
        summary.files += [str(xlsx), str(docx)]
        if pdf:
            p, why = to_pdf(docx)
            if p:
                summary.files.append(str(p))
            else:
                summary.notes.append(M.OUT_NO_PDF.format(reason=why))
    return summary
