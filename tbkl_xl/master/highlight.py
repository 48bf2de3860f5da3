"""Deadline classes of tasks, the same rules as the workbook's conditional formats.

Classes: ``overdue`` (deadline passed, not done), ``due_soon`` (0..due_soon days left),
``done_on_time``, ``done_late`` (completed after the deadline), ``open`` (not done, deadline
further away, or marked "Không thực hiện"), ``no_deadline`` (not done, no deadline date).

A task is done when its status is "Đã hoàn thành" or a completion date is filled in.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from . import layout as L

OVERDUE, DUE_SOON, DONE_ON_TIME, DONE_LATE, OPEN, NO_DEADLINE = (
    "overdue", "due_soon", "done_on_time", "done_late", "open", "no_deadline")
CLASSES = (OVERDUE, DUE_SOON, DONE_ON_TIME, DONE_LATE, OPEN, NO_DEADLINE)

# colours used by the workbook (fill, font) and by the xlwings button
COLOURS = {OVERDUE: ("FFC7CE", "9C0006"), DUE_SOON: ("FFEB9C", "9C5700"),
           DONE_ON_TIME: ("C6EFCE", "006100"), DONE_LATE: ("E4D7F5", "5B2C83")}


def classify(deadline, status, done_date, today: date, due_soon: int = 7) -> str:
    """Class of one task from its deadline, status and completion date (cell values)."""
    dl = L.as_date(deadline)
    done_on = L.as_date(done_date)
    status = (status or "").strip() if isinstance(status, str) else status
    done = status == L.ST_DONE or done_on is not None or (
        done_date is not None and not isinstance(done_date, str))
    if done:
        if dl is not None and done_on is not None and done_on > dl:
            return DONE_LATE
        return DONE_ON_TIME
    if status == L.ST_DROPPED:
        return OPEN
    if dl is None:
        return NO_DEADLINE
    left = (dl - today).days
    if left < 0:
        return OVERDUE
    if left <= due_soon:
        return DUE_SOON
    return OPEN


def _fields(t):
    if isinstance(t, dict):
        return t.get(L.C_DEADLINE), t.get(L.C_STATUS), t.get(L.C_DONE_DATE)
    dl = getattr(t, "deadline", None)          # model.Task: no staff fields
    return (dl.date if dl is not None else None), None, None


def highlight(tasks_or_rows: Iterable, today: date, due_soon: int = 7) -> list:
    """Class of each task, in order.  Accepts model ``Task`` objects (deadline only) or rows
    keyed by the workbook's headers (``Thời hạn``, ``Trạng thái``, ``Ngày hoàn thành``)."""
    return [classify(*_fields(t), today=today, due_soon=due_soon) for t in tasks_or_rows]
