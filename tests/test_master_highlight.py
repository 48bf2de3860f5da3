from datetime import date, datetime

import pytest

from tbkl_xl.master import highlight
from tbkl_xl.master import layout as L
from tbkl_xl.model import Deadline, Task

TODAY = date(2026, 5, 9)

CASES = [
    # deadline, status, done date, due_soon -> class
    (date(2026, 5, 8), L.ST_TODO, None, 7, "overdue"),
    (date(2026, 5, 8), None, None, 7, "overdue"),
    (date(2026, 5, 9), L.ST_DOING, None, 7, "due_soon"),
    (date(2026, 5, 16), L.ST_DOING, None, 7, "due_soon"),
    (date(2026, 5, 17), L.ST_DOING, None, 7, "open"),
    (date(2026, 5, 12), L.ST_DOING, None, 2, "open"),
    (None, L.ST_TODO, None, 7, "no_deadline"),
    (date(2026, 5, 8), L.ST_DROPPED, None, 7, "open"),
    (date(2026, 5, 8), L.ST_DONE, None, 7, "done_on_time"),
    (date(2026, 5, 8), L.ST_DONE, date(2026, 5, 8), 7, "done_on_time"),
    (date(2026, 5, 8), L.ST_DONE, date(2026, 5, 9), 7, "done_late"),
    (date(2026, 5, 8), L.ST_DOING, datetime(2026, 5, 10), 7, "done_late"),   # date filled = done
    (None, L.ST_DONE, date(2026, 5, 9), 7, "done_on_time"),
    (date(2026, 5, 8), L.ST_TODO, "chưa rõ", 7, "overdue"),                # text is not a date
    (date(2026, 5, 8), L.ST_TODO, "07/05/2026", 7, "done_on_time"),         # typed dd/mm/yyyy
]


@pytest.mark.parametrize("dl,status,done,days,expected", CASES)
def test_highlight_rows(dl, status, done, days, expected):
    row = {L.C_DEADLINE: dl, L.C_STATUS: status, L.C_DONE_DATE: done}
    assert highlight([row], TODAY, due_soon=days) == [expected]


def test_highlight_model_tasks_use_the_deadline_only():
    def t(d):
        return Task(id="x", section="1", lead=[], support=[], text="…",
                    deadline=Deadline(d, "date", "…") if d else None)
    assert highlight([t(date(2026, 5, 1)), t(date(2026, 5, 10)), t(date(2026, 7, 1)), t(None)],
                     TODAY) == ["overdue", "due_soon", "open", "no_deadline"]
