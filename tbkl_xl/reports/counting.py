"""The counting rule: one function, used by every report, export, letter and button.

The national tracking system's categories (report 1270/BC-TCTTTg counts tasks this way), for a
report date ``today``:

- a done task (status ``Đã hoàn thành``, or a completion date filled in) is *done on time* when
  its ``Ngày hoàn thành`` <= ``Thời hạn``, *done late* when after, *done undated* when it has a
  deadline but no completion date (flagged: never guessed);
- an unfinished task is *open in time* when ``Thời hạn`` >= today, *open overdue* when earlier;
- a task with no deadline is *no deadline*, done or open;
- ``Không thực hiện`` is *dropped*: counted apart and left out of the rates.

A task whose deadline a person extended is measured against its current deadline.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Iterable

from ..master import layout as L
from ..messages import parse as PM

DONE_ON_TIME, DONE_LATE, DONE_UNDATED = "done_on_time", "done_late", "done_undated"
OPEN_IN_TIME, OPEN_OVERDUE, NO_DEADLINE, DROPPED = "open_in_time", "open_overdue", "no_deadline", "dropped"
CATEGORIES = (DONE_ON_TIME, DONE_LATE, DONE_UNDATED, OPEN_IN_TIME, OPEN_OVERDUE, NO_DEADLINE, DROPPED)
DONE = (DONE_ON_TIME, DONE_LATE, DONE_UNDATED)

LABELS = {DONE_ON_TIME: "Hoàn thành đúng hạn", DONE_LATE: "Hoàn thành quá hạn",
          DONE_UNDATED: "Hoàn thành, chưa ghi ngày", OPEN_IN_TIME: "Đang thực hiện trong hạn",
          OPEN_OVERDUE: "Quá hạn chưa hoàn thành", NO_DEADLINE: "Không có thời hạn",
          DROPPED: "Không thực hiện"}


def is_done(task) -> bool:
    return task.status == L.ST_DONE or task.done_date is not None


def category(task, today: date) -> str:
    """The category of one ``TrackedTask`` on ``today``."""
    if task.status == L.ST_DROPPED:
        return DROPPED
    if task.deadline is None:
        return NO_DEADLINE
    if is_done(task):
        if task.done_date is None:
            return DONE_UNDATED
        return DONE_ON_TIME if task.done_date <= task.deadline else DONE_LATE
    return OPEN_IN_TIME if task.deadline >= today else OPEN_OVERDUE


def days_overdue(task, today: date) -> int:
    """Days past the deadline of an unfinished task (0 when not overdue)."""
    if task.deadline is None or is_done(task) or task.status == L.ST_DROPPED:
        return 0
    return max(0, (today - task.deadline).days)


@dataclass
class Counts:
    total: int = 0
    done_on_time: int = 0
    done_late: int = 0
    done_undated: int = 0
    open_in_time: int = 0
    open_overdue: int = 0
    no_deadline: int = 0
    dropped: int = 0
    done_no_deadline: int = 0           # of no_deadline: those done (for the done rate)

    def add(self, cat: str, done: bool = False) -> None:
        self.total += 1
        setattr(self, cat, getattr(self, cat) + 1)
        if cat == NO_DEADLINE and done:
            self.done_no_deadline += 1

    @property
    def fallen_due(self) -> int:
        """Tasks with a deadline that are done or overdue: the base of the on-time rate."""
        return self.done_on_time + self.done_late + self.done_undated + self.open_overdue

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late + self.done_undated + self.done_no_deadline

    @property
    def on_time_rate(self):
        """Done on time / tasks that have fallen due (None when none has)."""
        return self.done_on_time / self.fallen_due if self.fallen_due else None

    @property
    def done_rate(self):
        """Done / all tasks, dropped tasks left out (None when there is none)."""
        base = self.total - self.dropped
        return self.done / base if base else None

    def as_dict(self) -> dict:
        """The keys of ``report --json``: the categories (they sum to ``total``) and ``total``."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "done_no_deadline"}


def count(tasks: Iterable, today: date) -> Counts:
    c = Counts()
    for t in tasks:
        c.add(category(t, today), is_done(t))
    return c


def week_of(day: date) -> tuple:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def dashboard_counts(tasks: Iterable, today: date) -> dict:
    """The counts the control workbook shows: overdue, due this week (not done), done this week,
    needing review."""
    monday, sunday = week_of(today)
    out = {"overdue": 0, "due_this_week": 0, "done_this_week": 0, "needs_review": 0}
    for t in tasks:
        if t.vanished:
            continue
        cat = category(t, today)
        if cat == OPEN_OVERDUE:
            out["overdue"] += 1
        if cat == OPEN_IN_TIME and monday <= t.deadline <= sunday:
            out["due_this_week"] += 1
        if t.done_date is not None and monday <= t.done_date <= sunday:
            out["done_this_week"] += 1
        if needs_review(t):
            out["needs_review"] += 1
    return out


# reasons that only say where a lead came from (a heading, the letter's Kính gửi): shown in
# Cần kiểm tra for whoever wonders, but no reason to check the task
_NOTES = tuple(m.split("{")[0] for m in (PM.LEAD_FROM_HEADING, PM.LEAD_FROM_INTRODUCTION,
                                         PM.LEAD_FROM_LETTER, PM.LEAD_FROM_ITEMS))


def needs_review(task) -> bool:
    """Does a task's Cần kiểm tra hold a reason to check it (not yet marked Đã kiểm tra)?"""
    if not task.review or task.review == L.REVIEWED:
        return False
    return any(not r.strip().startswith(_NOTES) for r in task.review.split(";") if r.strip())


# ---------------------------------------------------------------- by agency (pandas)
NO_AGENCY = "(Chưa xác định cơ quan chủ trì)"


def frame(tasks: Iterable, today: date):
    """One row per (task, agency whose sheet shows it): ``id``, ``agency``, ``category``,
    ``done``.  A collective task counts for each commune it reaches; a task without a lead
    agency counts under ``NO_AGENCY``."""
    import pandas as pd
    rows = []
    for t in tasks:
        cat, done = category(t, today), is_done(t)
        for agency in (t.targets or (NO_AGENCY,)):
            rows.append((t.id, agency, cat, done))
    return pd.DataFrame(rows, columns=["id", "agency", "category", "done"])


def count_by_agency(tasks: Iterable, today: date, order: Iterable[str] = ()) -> list:
    """``[(agency, Counts)]``: the counting rule per agency (grouped with pandas), agencies in
    ``order`` first (the master's sheet order), then the others by name.  A task reaching several
    agencies counts once for each; ``count`` gives totals that count each task once."""
    import pandas as pd
    df = frame(tasks, today)
    if df.empty:
        return []
    table = pd.crosstab(df["agency"], df["category"]).reindex(columns=list(CATEGORIES), fill_value=0)
    done_nd = df[(df["category"] == NO_DEADLINE) & df["done"]].groupby("agency").size()
    rank = {a: i for i, a in enumerate(order)}
    agencies = sorted(table.index, key=lambda a: (a == NO_AGENCY, rank.get(a, len(rank)), a))
    out = []
    for a in agencies:
        row = table.loc[a]
        c = Counts(**{k: int(row[k]) for k in CATEGORIES})
        c.total = int(row.sum())
        c.done_no_deadline = int(done_nd.get(a, 0))
        out.append((a, c))
    return out


def iso_week(day: date) -> str:
    """``2026-W24``: the ISO week holding ``day``."""
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def parse_week(text: str) -> date:
    """The Monday of a week written ``2026-W23`` (or ``2026W23``); ValueError otherwise."""
    import re
    m = re.fullmatch(r"\s*(\d{4})-?[Ww](\d{1,2})\s*", text or "")
    if not m:
        raise ValueError(text)
    return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
