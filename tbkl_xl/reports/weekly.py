"""The weekly follow-up report as plain data (pure: ``today`` and the tasks are given).

``build_weekly(tasks, today, …) -> WeeklyReport``; the renderers (sheet in the master,
standalone .xlsx with charts, Decree 30 .docx) and ``report --json`` all read that one object.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

from ..master import layout as L
from . import counting as C


@dataclass(frozen=True)
class Line:
    """One task in one of the report's lists, under one agency."""
    task: object                        # master.view.TrackedTask
    agency: str
    days_overdue: int = 0

    def as_json(self) -> dict:
        t = self.task
        return {"id": t.id, "agency": self.agency,
                "deadline": t.deadline.isoformat() if t.deadline else None,
                "days_overdue": self.days_overdue, "extended": t.extended,
                "original_deadline": t.original_deadline.isoformat() if t.extended else None,
                "done_date": t.done_date.isoformat() if t.done_date else None,
                "notice": t.notice_number}


@dataclass(frozen=True)
class Previous:
    """What the previous report (an earlier week) recorded."""
    week: str
    today: date
    overdue: frozenset
    done: frozenset


@dataclass
class WeeklyReport:
    today: date
    monday: date
    sunday: date
    totals: C.Counts
    agencies: list                      # (agency, Counts), the master's agency order
    overdue: list                       # Line, grouped by agency (most overdue first), oldest first
    due: list                           # Line: open, due from today to the end of next week
    done_week: list                     # Line: completed this week (on time or late)
    new_week: list                      # Line: of notices issued this week
    undated: list                       # Line: reported done without a completion date (flagged)
    newly_overdue: list = field(default_factory=list)   # Line, overdue now and not last time
    newly_done: list = field(default_factory=list)      # Line, done now and not last time
    previous: Optional[Previous] = None
    vanished: int = 0                   # tasks no longer in their notice: not counted
    typed_deadlines: list = field(default_factory=list)  # Line: Thời hạn holds text, not a date
    tasks: list = field(default_factory=list, repr=False)  # the counted tasks

    @property
    def week(self) -> str:
        return C.iso_week(self.monday)

    @property
    def next_sunday(self) -> date:
        return self.sunday + timedelta(days=7)

    def history_entry(self) -> dict:
        """What the next report compares with."""
        done = sorted(t.id for t in self.tasks if C.is_done(t) and t.status != L.ST_DROPPED)
        overdue = sorted({ln.task.id for ln in self.overdue})
        return {"week": self.week, "today": self.today.isoformat(), "overdue": overdue,
                "done": done, "totals": self.totals.as_dict()}

    def as_json(self) -> dict:
        def counts(c: C.Counts) -> dict:
            d = c.as_dict()
            d["on_time_rate"] = _round(c.on_time_rate)
            d["done_rate"] = _round(c.done_rate)
            return d
        return {
            "today": self.today.isoformat(), "week": self.week,
            "week_start": self.monday.isoformat(), "week_end": self.sunday.isoformat(),
            "totals": counts(self.totals),
            "agencies": [{"agency": a, **counts(c)} for a, c in self.agencies],
            "overdue": [ln.as_json() for ln in self.overdue],
            "due": [ln.as_json() for ln in self.due],
            "done_this_week": [ln.as_json() for ln in self.done_week],
            "new_this_week": [ln.as_json() for ln in self.new_week],
            "done_undated": [ln.as_json() for ln in self.undated],
            "typed_deadlines": [{**ln.as_json(), "deadline_typed": ln.task.deadline_typed}
                                for ln in self.typed_deadlines],
            "previous": ({"week": self.previous.week, "today": self.previous.today.isoformat()}
                         if self.previous else None),
            "newly_overdue": [ln.as_json() for ln in self.newly_overdue],
            "newly_done": [ln.as_json() for ln in self.newly_done],
            "not_counted_vanished": self.vanished,
        }


def _round(x):
    return None if x is None else round(x, 4)


def previous_from_history(entries: Iterable[dict], monday: date) -> Optional[Previous]:
    """The latest recorded report of a week before the one starting ``monday``."""
    best = None
    for e in entries:
        try:
            wk_monday = C.parse_week(e["week"])
            today = date.fromisoformat(e["today"])
        except (KeyError, TypeError, ValueError):
            continue
        if wk_monday >= monday:
            continue
        if best is None or (wk_monday, today) > (C.parse_week(best["week"]), date.fromisoformat(best["today"])):
            best = e
    if best is None:
        return None
    return Previous(week=best["week"], today=date.fromisoformat(best["today"]),
                    overdue=frozenset(best.get("overdue") or ()), done=frozenset(best.get("done") or ()))


def build_weekly(tasks: Iterable, today: date, *, week_monday: Optional[date] = None,
                 agency_order: Iterable[str] = (), history: Iterable[dict] = ()) -> WeeklyReport:
    """The report for the week starting ``week_monday`` (default: the week holding ``today``),
    figures counted on ``today`` by the counting rule."""
    all_tasks = list(tasks)
    live = [t for t in all_tasks if not t.vanished]
    monday = week_monday or C.week_of(today)[0]
    sunday = monday + timedelta(days=6)
    next_sunday = sunday + timedelta(days=7)
    order = list(agency_order)
    rank = {a: i for i, a in enumerate(order)}

    def lines(pred, days=False):
        out = []
        for t in live:
            if pred(t):
                for a in (t.targets or (C.NO_AGENCY,)):
                    out.append(Line(t, a, C.days_overdue(t, today) if days else 0))
        return out

    def by_agency(ls, key):
        return sorted(ls, key=lambda ln: (ln.agency == C.NO_AGENCY, rank.get(ln.agency, len(rank)),
                                          ln.agency, key(ln)))

    overdue = lines(lambda t: C.category(t, today) == C.OPEN_OVERDUE, days=True)
    per = {}
    for ln in overdue:
        n, oldest = per.get(ln.agency, (0, 0))
        per[ln.agency] = (n + 1, max(oldest, ln.days_overdue))
    overdue.sort(key=lambda ln: (-per[ln.agency][0], -per[ln.agency][1], ln.agency,
                                 -ln.days_overdue, ln.task.id))
    due = lines(lambda t: C.category(t, today) == C.OPEN_IN_TIME and today <= t.deadline <= next_sunday)
    due = sorted(due, key=lambda ln: (ln.task.deadline, rank.get(ln.agency, len(rank)), ln.agency, ln.task.id))
    done_week = by_agency(lines(lambda t: C.is_done(t) and t.done_date is not None
                                and monday <= t.done_date <= sunday),
                          key=lambda ln: (ln.task.done_date, ln.task.id))
    new_week = by_agency(lines(lambda t: t.notice_issued is not None and monday <= t.notice_issued <= sunday),
                         key=lambda ln: (ln.task.notice_issued, ln.task.id))
    undated = by_agency(lines(lambda t: C.category(t, today) == C.DONE_UNDATED),
                        key=lambda ln: ln.task.id)
    typed = by_agency(lines(lambda t: bool(t.deadline_typed)), key=lambda ln: ln.task.id)

    rep = WeeklyReport(today=today, monday=monday, sunday=sunday, totals=C.count(live, today),
                       agencies=C.count_by_agency(live, today, order), overdue=overdue, due=due,
                       done_week=done_week, new_week=new_week, undated=undated,
                       vanished=len(all_tasks) - len(live), typed_deadlines=typed, tasks=live)
    prev = previous_from_history(history, monday)
    if prev is not None:
        rep.previous = prev
        rep.newly_overdue = [ln for ln in overdue if ln.task.id not in prev.overdue]
        rep.newly_done = by_agency([Line(t, a) for t in live
                                    if C.is_done(t) and t.status != L.ST_DROPPED and t.id not in prev.done
                                    for a in (t.targets or (C.NO_AGENCY,))],
                                   key=lambda ln: ln.task.id)
    return rep
