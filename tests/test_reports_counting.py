"""The counting rule of the reports (issue 9) and the read-only view of the master."""
from __future__ import annotations

from datetime import date

import pytest

from tbkl_xl.master import layout as L
from tbkl_xl.master.view import TrackedTask, read_tasks
from tbkl_xl.reports import counting as C

from master_factory import no_shipped_directory  # noqa: F401 (autouse)

TODAY = date(2026, 6, 10)          # a Wednesday


def t(deadline=None, status=L.ST_TODO, done=None, **kw):
    return TrackedTask(id=kw.pop("id", "X"), deadline=deadline, status=status, done_date=done, **kw)


@pytest.mark.parametrize("task, cat", [
    (t(date(2026, 6, 1), L.ST_DONE, date(2026, 5, 30)), C.DONE_ON_TIME),
    (t(date(2026, 6, 1), L.ST_DONE, date(2026, 6, 1)), C.DONE_ON_TIME),
    (t(date(2026, 6, 1), L.ST_DONE, date(2026, 6, 2)), C.DONE_LATE),
    (t(date(2026, 6, 1), L.ST_DOING, date(2026, 6, 2)), C.DONE_LATE),     # a completion date is done
    (t(date(2026, 6, 1), L.ST_DONE, None), C.DONE_UNDATED),
    (t(date(2026, 6, 10)), C.OPEN_IN_TIME),                                 # due today: still in time
    (t(date(2026, 6, 9)), C.OPEN_OVERDUE),
    (t(None, L.ST_DONE, date(2026, 6, 2)), C.NO_DEADLINE),
    (t(None), C.NO_DEADLINE),
    (t(date(2026, 6, 1), L.ST_DROPPED), C.DROPPED),
])
def test_category(task, cat):
    assert C.category(task, TODAY) == cat


def test_counts_sum_to_total_and_rates_say_their_base():
    tasks = [t(date(2026, 6, 1), L.ST_DONE, date(2026, 5, 30)), t(date(2026, 6, 1), L.ST_DONE, date(2026, 6, 3)),
             t(date(2026, 6, 9)), t(date(2026, 7, 1)), t(None, L.ST_DONE, date(2026, 6, 2)), t(None),
             t(date(2026, 6, 1), L.ST_DROPPED)]
    c = C.count(tasks, TODAY)
    d = c.as_dict()
    assert d["total"] == 7 == sum(v for k, v in d.items() if k != "total")
    assert c.fallen_due == 3 and c.on_time_rate == pytest.approx(1 / 3)
    assert c.done == 3 and c.done_rate == pytest.approx(3 / 6)


def test_extended_deadline_is_measured_against_the_current_one():
    task = t(date(2026, 7, 15), original_deadline=date(2026, 6, 1))
    assert task.extended and C.category(task, TODAY) == C.OPEN_IN_TIME


def test_dashboard_counts():
    tasks = [t(date(2026, 6, 9)), t(date(2026, 6, 12)), t(date(2026, 6, 20)),
             t(date(2026, 6, 1), L.ST_DONE, date(2026, 6, 8)), t(None, review="thiếu cơ quan chủ trì"),
             t(None, review=L.REVIEWED), t(date(2026, 6, 9), origin=L.ORIGIN_VANISHED),
             t(None, review="cơ quan chủ trì lấy theo đề mục: «Đối với Sở Y tế»")]   # a note only
    assert C.dashboard_counts(tasks, TODAY) == {"overdue": 1, "due_this_week": 1, "done_this_week": 1,
                                                "needs_review": 1}


def test_read_tasks_gives_the_merged_tasks_with_their_agency_sheets(tmp_path):
    from master_factory import edit, sample
    from tbkl_xl.master import refresh
    book = tmp_path / "m.xlsx"
    refresh(book, [sample()], today=date(2026, 4, 20))
    edit(book, "STC", "T1", L.C_STATUS, L.ST_DONE)
    edit(book, "STC", "T1", L.C_DONE_DATE, "28/4/2026")
    view = read_tasks(book, today=date(2026, 4, 20))
    by_id = {x.id: x for x in view.tasks}
    assert [x.id for x in view.tasks] == ["T1", "T2", "T3", "T4"]
    assert by_id["T1"].status == L.ST_DONE and by_id["T1"].done_date == date(2026, 4, 28)
    assert by_id["T1"].lead == ("Sở Tài chính",) and by_id["T1"].targets == ("Sở Tài chính",)
    assert set(by_id["T4"].targets) == {"UBND xã Tràng Định", "UBND phường Kỳ Lừa"}
    assert view.notice("N1").number == "12/TB-UBND"
    assert C.category(by_id["T1"], date(2026, 4, 20)) == C.DONE_ON_TIME
