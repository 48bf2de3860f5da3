"""The weekly report's content as numbered sections of paragraphs and tables (pure).

One structure for the three renderings: the Decree 30 .docx, the ``Báo cáo tuần`` sheet of the
master and the standalone .xlsx all draw these ``Section``s, so they say the same thing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from ..messages import reports as M
from . import counting as C
from .weekly import Line, WeeklyReport

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class Group:
    """A row spanning the table: the agency the rows under it belong to."""
    text: str


@dataclass
class Table:
    headers: list
    rows: list                          # lists of cell values, or Group
    widths_cm: list                     # .docx column widths (16.5 cm in all)
    xl_widths: list                     # spreadsheet column widths
    align: list                         # "l" | "c" | "r" per column
    total_rows: tuple = ()              # indexes of rows printed bold (totals)
    doc_headers: Optional[list] = None  # shorter headers for the narrow columns of the .docx
    doc_note: str = ""                  # what the short headers mean (under the .docx table)


@dataclass
class Section:
    key: str                            # stable name (sheet name in the .xlsx)
    title: str                          # "I. TÌNH HÌNH CHUNG"
    paras: list = field(default_factory=list)
    table: Optional[Table] = None
    bullets: list = field(default_factory=list)
    after: list = field(default_factory=list)   # paragraphs after the table


def dmy(d: Optional[date]) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def pct(x) -> str:
    return "-" if x is None else f"{x * 100:.1f}".replace(".", ",")


def notice_ref(t) -> str:
    """``12/TB-UBND ngày 10/4/2026`` (the notice that gave the task)."""
    if not t.notice_number and not t.notice_issued and getattr(t, "notice_meeting", None):
        return M.NOTICE_DRAFT_MEETING.format(day=dmy(t.notice_meeting))   # drafts told apart
    num = t.notice_number or M.NOTICE_DRAFT
    return f"{num} ngày {dmy(t.notice_issued)}" if t.notice_issued else num


def deadline_cell(t) -> str:
    if t.deadline is None:
        return t.deadline_typed or M.NO_DEADLINE_CELL
    s = dmy(t.deadline)
    if t.extended:
        s += "\n" + M.EXTENDED_FROM.format(date=dmy(t.original_deadline))
    return s


def _group_rows(lines, cells) -> list:
    rows, last, n = [], None, 0
    for ln in lines:
        if ln.agency != last:
            count = sum(1 for x in lines if x.agency == ln.agency)
            rows.append(Group(f"{ln.agency} ({count})"))
            last = ln.agency
        n += 1
        rows.append([n] + cells(ln))
    return rows


def agency_table(rep: WeeklyReport) -> Table:
    # the categories sum to the total: the two rare ones get a column only when they occur
    keys = ([C.DONE_ON_TIME, C.DONE_LATE] + ([C.DONE_UNDATED] if rep.totals.done_undated else [])
            + [C.OPEN_IN_TIME, C.OPEN_OVERDUE, C.NO_DEADLINE] + ([C.DROPPED] if rep.totals.dropped else []))
    headers = ["TT", M.COL_AGENCY, M.COL_TOTAL] + [M.SHORT[k] for k in keys] + [M.COL_ON_TIME_RATE]
    rows = []
    for i, (a, c) in enumerate(rep.agencies, 1):
        rows.append([i, a, c.total] + [getattr(c, k) for k in keys] + [pct(c.on_time_rate)])
    t = rep.totals
    rows.append(["", M.TOTAL_ROW, t.total] + [getattr(t, k) for k in keys] + [pct(t.on_time_rate)])
    n = len(keys) + 2
    rest = 16.5 - 0.9 - 3.6
    return Table(headers=headers, rows=rows,
                 widths_cm=[0.9, 3.6] + [round(rest / n, 2)] * n,
                 xl_widths=[6, 40] + [12] * n, align=["c", "l"] + ["c"] * n,
                 total_rows=(len(rows) - 1,),
                 doc_headers=["TT", M.COL_AGENCY, M.COL_TOTAL] + [M.TINY[k] for k in keys] + [M.TINY_RATE],
                 doc_note=M.TINY_NOTE)


def _task_table(lines, extra_heads, extra_cells, extra_cm, extra_xl) -> Table:
    heads = ["TT", M.COL_TEXT, M.COL_NOTICE] + extra_heads
    text_cm = 16.5 - 1.0 - 3.0 - sum(extra_cm)
    rows = _group_rows(lines, lambda ln: [ln.task.text, notice_ref(ln.task)] + extra_cells(ln))
    return Table(headers=heads, rows=rows, widths_cm=[1.0, text_cm, 3.0] + extra_cm,
                 xl_widths=[6, 70, 22] + extra_xl, align=["c", "j", "c"] + ["c"] * len(extra_heads))


def sections(rep: WeeklyReport, notices_count: int) -> list:
    t = rep.totals
    out = []

    def num(title: str) -> str:
        return f"{ROMAN[len(out)]}. {title}"

    done = t.done_on_time + t.done_late + t.done_undated + t.done_no_deadline
    bullets = [M.B_DONE.format(n=done, on_time=t.done_on_time, late=t.done_late,
                               undated=t.done_undated, nd=t.done_no_deadline),
               M.B_OPEN_IN_TIME.format(n=t.open_in_time),
               M.B_OVERDUE.format(n=t.open_overdue),
               M.B_NO_DEADLINE.format(n=t.no_deadline - t.done_no_deadline)]
    if t.dropped:
        bullets.append(M.B_DROPPED.format(n=t.dropped))
    paras_after = [M.RATE_ON_TIME.format(rate=pct(t.on_time_rate), done=t.done_on_time, due=t.fallen_due),
                   M.RATE_DONE.format(rate=pct(t.done_rate), done=t.done, base=t.total - t.dropped)]
    week_on_time = sum(1 for ln in _unique(rep.done_week) if C.category(ln.task, rep.today) == C.DONE_ON_TIME)
    week_done = len(_unique(rep.done_week))
    paras_after.append(M.WEEK_LINE.format(done=week_done, on_time=week_on_time, late=week_done - week_on_time,
                                          new=len(_unique(rep.new_week)), due=len(_unique(rep.due))))
    if rep.previous:
        paras_after.append(M.VS_PREVIOUS.format(week=rep.previous.week, day=dmy(rep.previous.today),
                                                overdue=len(_unique(rep.newly_overdue)),
                                                done=len(_unique(rep.newly_done))))
    else:
        paras_after.append(M.NO_PREVIOUS)
    if rep.vanished:
        paras_after.append(M.VANISHED_NOTE.format(n=rep.vanished))
    out.append(Section("Tổng quan", num(M.S_GENERAL),
                       paras=[M.GENERAL_TOTAL.format(n=t.total, notices=notices_count)],
                       bullets=bullets, after=paras_after))

    out.append(Section("Theo cơ quan", num(M.S_BY_AGENCY), paras=[M.BY_AGENCY_NOTE],
                       table=agency_table(rep)))

    sec = Section("Quá hạn", num(M.S_OVERDUE))
    if rep.overdue:
        sec.paras = [M.OVERDUE_INTRO.format(n=len(_unique(rep.overdue)))]
        sec.table = _task_table(rep.overdue, [M.COL_DEADLINE, M.COL_DAYS_OVERDUE],
                                lambda ln: [deadline_cell(ln.task), ln.days_overdue], [2.5, 1.7], [14, 10])
    else:
        sec.paras = [M.NONE_OVERDUE]
    out.append(sec)

    sec = Section("Đến hạn", num(M.S_DUE.format(start=dmy(rep.today), end=dmy(rep.next_sunday))))
    if rep.due:
        sec.table = _task_table(rep.due, [M.COL_DEADLINE, M.COL_DAYS_LEFT],
                                lambda ln: [deadline_cell(ln.task), (ln.task.deadline - rep.today).days],
                                [2.5, 1.7], [14, 10])
    else:
        sec.paras = [M.NONE_DUE]
    out.append(sec)

    sec = Section("Hoàn thành trong tuần", num(M.S_DONE_WEEK.format(start=dmy(rep.monday), end=dmy(rep.sunday))))
    if rep.done_week:
        def judge(ln: Line) -> str:
            tk = ln.task
            if tk.deadline is None:
                return M.NO_DEADLINE_CELL
            late = (tk.done_date - tk.deadline).days
            return M.ON_TIME if late <= 0 else M.LATE_BY.format(n=late)
        sec.table = _task_table(rep.done_week, [M.COL_DEADLINE, M.COL_DONE_DATE, M.COL_JUDGE],
                                lambda ln: [deadline_cell(ln.task), dmy(ln.task.done_date), judge(ln)],
                                [2.5, 2.5, 2.0], [14, 14, 16])
    else:
        sec.paras = [M.NONE_DONE_WEEK]
    out.append(sec)

    sec = Section("Mới trong tuần", num(M.S_NEW_WEEK))
    if rep.new_week:
        sec.table = _task_table(rep.new_week, [M.COL_DEADLINE], lambda ln: [deadline_cell(ln.task)],
                                [2.5], [14])
    else:
        sec.paras = [M.NONE_NEW_WEEK]
    out.append(sec)

    sec = Section("So với tuần trước", num(M.S_VS_PREVIOUS))
    if rep.previous is None:
        sec.paras = [M.NO_PREVIOUS]
    else:
        sec.paras = [M.VS_PREVIOUS.format(week=rep.previous.week, day=dmy(rep.previous.today),
                                          overdue=len(_unique(rep.newly_overdue)),
                                          done=len(_unique(rep.newly_done)))]
        rows = []
        for ln in rep.newly_overdue:
            rows.append([ln.task.text, notice_ref(ln.task), ln.agency, deadline_cell(ln.task), M.NEWLY_OVERDUE])
        for ln in rep.newly_done:
            rows.append([ln.task.text, notice_ref(ln.task), ln.agency, deadline_cell(ln.task), M.NEWLY_DONE])
        if rows:
            rows = [[i] + r for i, r in enumerate(rows, 1)]
            sec.table = Table(headers=["TT", M.COL_TEXT, M.COL_NOTICE, M.COL_AGENCY, M.COL_DEADLINE,
                                       M.COL_CHANGE],
                              rows=rows, widths_cm=[1.0, 5.8, 2.6, 2.8, 2.5, 1.8],
                              xl_widths=[6, 70, 22, 30, 14, 16], align=["c", "j", "c", "l", "c", "c"])
    out.append(sec)

    flagged = [(ln, M.FLAG_UNDATED) for ln in rep.undated] + [
        (ln, M.FLAG_TYPED_DEADLINE.format(text=ln.task.deadline_typed)) for ln in rep.typed_deadlines]
    if flagged:
        rows = [[i, ln.task.text, notice_ref(ln.task), ln.agency, why] for i, (ln, why) in enumerate(flagged, 1)]
        out.append(Section("Cần bổ sung", num(M.S_FLAGGED), paras=[M.FLAGGED_INTRO],
                           table=Table(headers=["TT", M.COL_TEXT, M.COL_NOTICE, M.COL_AGENCY, M.COL_FLAG],
                                       rows=rows, widths_cm=[1.0, 6.5, 2.6, 3.0, 3.4],
                                       xl_widths=[6, 70, 22, 30, 36], align=["c", "j", "c", "l", "l"])))

    worst = {}
    for ln in rep.overdue:
        worst[ln.agency] = worst.get(ln.agency, 0) + 1
    if worst:
        names = "; ".join(M.AGENCY_COUNT.format(agency=a, n=n) for a, n in worst.items())
        out.append(Section("Kiến nghị", num(M.S_PROPOSAL), paras=[M.PROPOSAL.format(list=names)]))
    else:
        out.append(Section("Kiến nghị", num(M.S_PROPOSAL), paras=[M.PROPOSAL_NONE]))
    return out


def _unique(lines) -> list:
    seen, out = set(), []
    for ln in lines:
        if ln.task.id not in seen:
            seen.add(ln.task.id)
            out.append(ln)
    return out


def subject_lines(rep: WeeklyReport) -> list:
    return [M.REPORT_SUBJECT_1, M.REPORT_SUBJECT_2.format(start=dmy(rep.monday), end=dmy(rep.sunday))]
