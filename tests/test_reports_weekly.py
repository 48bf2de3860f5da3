"""The weekly report (issue 9): its figures against an independent count over the same workbook,
the lists, the comparison with the previous report, where it is written, ``report --json``."""
from __future__ import annotations

import json
import os
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from master_factory import no_shipped_directory, table  # noqa: F401 (autouse)
from report_factory import TODAY, build
from tbkl_xl.cli import main
from tbkl_xl.master import layout as L, refresh
from tbkl_xl.master.view import TrackedTask
from tbkl_xl.messages import reports as M
from tbkl_xl.reports import weekly_report
from tbkl_xl.reports import register as R
from tbkl_xl.reports.weekly import build_weekly
from tbkl_xl.reports.weekly_text import sections

KEYS = ["total", "done_on_time", "done_late", "done_undated", "open_in_time", "open_overdue",
        "no_deadline", "dropped"]


def _as_date(v):
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, str):
        d, m, y = v.split("/")
        return date(int(y), int(m), int(d))
    return v


def independent_counts(path, today) -> tuple:
    """The categories of issue 9 counted straight from the cells, without tbkl_xl's code:
    totals from Tổng hợp, per agency from each agency's sheet."""
    def cat(row):
        status, deadline, done = row["Trạng thái"], _as_date(row["Thời hạn"]), _as_date(row["Ngày hoàn thành"])
        if status == "Không thực hiện":
            return "dropped"
        if deadline is None:
            return "no_deadline"
        if status == "Đã hoàn thành" or done is not None:
            if done is None:
                return "done_undated"
            return "done_on_time" if done <= deadline else "done_late"
        return "open_in_time" if deadline >= today else "open_overdue"

    def counts(rows):
        c = dict.fromkeys(KEYS, 0)
        for r in rows:
            c["total"] += 1
            c[cat(r)] += 1
        return c

    wb = load_workbook(path, read_only=True)
    agency_of = {r[1]: r[0] for r in wb["Cơ quan"].iter_rows(min_row=2, values_only=True) if r[1]}
    wb.close()
    per = {agency_of[s]: counts(table(path, s)) for s in agency_of if s in load_workbook(path).sheetnames}
    return counts(table(path, "Tổng hợp")), per


def test_figures_equal_an_independent_count(tmp_path):
    book = build(tmp_path / "m.xlsx")
    s = weekly_report(book, today=TODAY, write_master=False)
    got = s.as_json()
    totals, per = independent_counts(book, TODAY)
    assert {k: got["totals"][k] for k in KEYS} == totals
    assert totals == {"total": 11, "done_on_time": 1, "done_late": 1, "done_undated": 1, "open_in_time": 3,
                      "open_overdue": 3, "no_deadline": 1, "dropped": 1}
    assert {a["agency"]: {k: a[k] for k in KEYS} for a in got["agencies"]} == per
    for a in got["agencies"]:
        assert sum(a[k] for k in KEYS[1:]) == a["total"]
    # rates: done on time / fallen due (done with a deadline + overdue), done / all but dropped
    assert got["totals"]["on_time_rate"] == round(1 / 6, 4)
    assert got["totals"]["done_rate"] == round(4 / 10, 4)


def test_lists_of_the_week(tmp_path):
    book = build(tmp_path / "m.xlsx")
    got = weekly_report(book, today=TODAY, write_master=False).as_json()
    # one overdue task per agency: the longest overdue agency first
    assert [(o["id"], o["agency"], o["deadline"], o["days_overdue"]) for o in got["overdue"]] == [
        ("T1", "Sở Tài chính", "2026-05-01", 40),
        ("T2", "Sở Xây dựng", "2026-05-15", 26),
        ("T11", "Sở Nội vụ", "2026-06-05", 5)]
    assert [d["id"] for d in got["due"]] == ["T5", "T6"]           # this week and next, open
    assert sorted(d["id"] for d in got["done_this_week"]) == ["T7", "T8"]
    assert sorted({d["id"] for d in got["new_this_week"]}) == ["T10", "T11", "T5", "T6", "T7", "T8", "T9"]
    assert [d["id"] for d in got["done_undated"]] == ["T10"]
    assert got["week"] == "2026-W24" and got["week_start"] == "2026-06-08" and got["previous"] is None


def test_overdue_oldest_first_within_an_agency():
    mk = lambda i, dl, a: TrackedTask(id=i, deadline=dl, status=L.ST_TODO, targets=(a,))
    rep = build_weekly([mk("A", date(2026, 6, 1), "X"), mk("B", date(2026, 5, 1), "X"),
                        mk("C", date(2026, 6, 9), "Y")], TODAY)
    assert [(ln.task.id, ln.days_overdue) for ln in rep.overdue] == [("B", 40), ("A", 9), ("C", 1)]


def test_an_extended_task_is_measured_against_its_new_deadline_and_listed_as_extended():
    t = TrackedTask(id="E", text="Gia hạn", deadline=date(2026, 6, 5), original_deadline=date(2026, 5, 1),
                    status=L.ST_TODO, targets=("Sở Tài chính",))
    rep = build_weekly([t], TODAY)
    assert [ln.days_overdue for ln in rep.overdue] == [5]
    js = rep.as_json()["overdue"][0]
    assert js["extended"] is True and js["original_deadline"] == "2026-05-01"
    overdue_table = next(s for s in sections(rep, 1) if s.key == "Quá hạn").table
    assert overdue_table.rows[1][3] == "05/06/2026\n" + M.EXTENDED_FROM.format(date="01/05/2026")


def test_the_sheet_in_the_master_and_the_comparison_with_last_week(tmp_path):
    book = build(tmp_path / "m.xlsx", done=False)
    weekly_report(book, today=date(2026, 6, 3))                    # week 23: nothing done yet
    from master_factory import edit
    edit(book, "SNV", "T7", L.C_STATUS, L.ST_DONE)
    edit(book, "SNV", "T7", L.C_DONE_DATE, date(2026, 6, 9))
    s = weekly_report(book, today=TODAY)
    got = s.as_json()
    assert got["previous"] == {"week": "2026-W23", "today": "2026-06-03"}
    assert [x["id"] for x in got["newly_done"]] == ["T7"]
    # T11 (due 05/06) and T10 (due 30/05 … overdue on 03/06 already) : only T11 is new
    assert [x["id"] for x in got["newly_overdue"]] == ["T11"]
    wb = load_workbook(book)
    ws = wb[M.REPORT_SHEET]
    assert ws["A1"].value == M.SHEET_TITLE.format(week="2026-W24")
    assert ws["A2"].value == M.SHEET_SUBTITLE.format(start="08/06/2026", end="14/06/2026", today="10/06/2026")
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "I. " + M.S_GENERAL in values and M.SUM_NOTHING not in values
    assert wb[R.HISTORY].sheet_state == "hidden"
    weeks = [e["week"] for e in R.read_history([list(r) for r in wb[R.HISTORY].iter_rows(values_only=True)])]
    assert weeks == ["2026-W23", "2026-W24"]
    # run again the same week: the sheet is replaced, the week's entry too
    weekly_report(book, today=TODAY)
    wb = load_workbook(book)
    assert [n for n in wb.sheetnames if n == M.REPORT_SHEET] == [M.REPORT_SHEET]
    assert len([r for r in wb[R.HISTORY].iter_rows(values_only=True)]) == 3
    # a refresh keeps the history (today's writer keeps the values of sheets it does not own)
    from report_factory import second_notice
    from master_factory import sample
    refresh(book, [sample(), second_notice()], today=TODAY)
    wb = load_workbook(book)
    assert wb[R.HISTORY].sheet_state == "hidden"
    assert [e["week"] for e in R.read_history([list(r) for r in wb[R.HISTORY].iter_rows(values_only=True)])] \
        == ["2026-W23", "2026-W24"]


def test_report_refuses_a_workbook_open_in_excel(tmp_path):
    from tbkl_xl.errors import WorkbookLockedError
    book = build(tmp_path / "m.xlsx", done=False)
    (tmp_path / "~$m.xlsx").write_text("lock")
    with pytest.raises(WorkbookLockedError):
        weekly_report(book, today=TODAY)


def test_report_cli_json_writes_nothing_and_week_option(tmp_path, capsys):
    book = build(tmp_path / "m.xlsx")
    mtime = os.stat(book).st_mtime_ns
    assert main(["report", str(book), "--today", "10/06/2026", "--week", "2026-W23", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["week"] == "2026-W23" and got["today"] == "2026-06-10"
    assert [d["id"] for d in got["done_this_week"]] == []           # T7, T8 were done in week 24
    assert os.stat(book).st_mtime_ns == mtime
    with pytest.raises(SystemExit) as e:
        main(["report", str(book), "--week", "2026-23"])
    assert e.value.code == 2
    assert M.BAD_WEEK.format(text="2026-23") in capsys.readouterr().err


def test_report_of_a_week_the_figures_cannot_be_of_is_refused_with_what_to_type(tmp_path, capsys):
    """The figures are the master's as it is now: --week of a week long past (its section
    "due from today to the end of next week" would run from 10/06/2026 back to 11/01/2026) or
    not yet begun is refused, changing nothing; the week before today's is a Monday report."""
    book = build(tmp_path / "m.xlsx")
    mtime = os.stat(book).st_mtime_ns
    assert main(["report", str(book), "--today", "2026-06-10", "--week", "2026-W01"]) == 2
    assert capsys.readouterr().err.splitlines() == ["tbkl-xl: lỗi: " + M.WEEK_OUT_OF_RANGE.format(
        week="2026-W01", start="29/12/2025", end="04/01/2026", today="10/06/2026", last="11/01/2026")]
    assert main(["report", str(book), "--today", "2026-06-10", "--week", "2026-W26", "--json"]) == 2
    assert "tuần 2026-W26 (từ 22/06/2026 đến 28/06/2026)" in capsys.readouterr().err
    assert os.stat(book).st_mtime_ns == mtime
    # across the new year: on Monday 4/1/2027 the report of the week 28/12/2026 - 3/1/2027
    assert main(["report", str(book), "--today", "2027-01-04", "--week", "2026-W53", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got["week"], got["week_start"], got["week_end"]) == ("2026-W53", "2026-12-28", "2027-01-03")
    assert main(["report", str(book), "--today", "2026-01-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["week"] == "2026-W01"


def test_report_cli_writes_sheet_and_files(tmp_path, capsys):
    book = build(tmp_path / "m.xlsx")
    out = tmp_path / "bao_cao"
    assert main(["report", str(book), "--today", "2026-06-10", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    stem = "Báo cáo tuần 2026-W24 - 2026-06-10"
    assert lines[:3] == [M.OUT_WORKBOOK.format(path=book),
                         M.WEEK_FIGURES.format(week="2026-W24", total=11, overdue=3, due=2, done=2,
                                               on_time="16,7%", rate="40,0%"),
                         M.OUT_SHEET.format(sheet=M.REPORT_SHEET)]
    assert M.OUT_FILE.format(path=out / (stem + ".docx")) in lines
    wb = load_workbook(out / (stem + ".xlsx"))
    assert wb.sheetnames[0] == "Tổng quan" and len(wb["Tổng quan"]._charts) == 2


def test_a_deadline_a_person_extended_in_the_master_is_listed_as_extended(tmp_path):
    from master_factory import edit
    book = build(tmp_path / "m.xlsx", done=False)
    edit(book, L.SUMMARY, "T1", L.C_DEADLINE, date(2026, 6, 5))        # 01/05 extended to 05/06
    from master_factory import sample
    from report_factory import second_notice
    refresh(book, [sample(), second_notice()], today=TODAY)
    got = weekly_report(book, today=TODAY, write_master=False).as_json()
    t1 = next(o for o in got["overdue"] if o["id"] == "T1")
    assert (t1["deadline"], t1["days_overdue"], t1["extended"], t1["original_deadline"]) == (
        "2026-06-05", 5, True, "2026-05-01")


def test_json_lists_the_deadlines_typed_as_text_the_report_asks_to_complete(tmp_path):
    """The .docx asks staff to complete a deadline typed as text ("cuối quý III"); --json
    lists the same tasks, with the text."""
    from master_factory import edit
    book = build(tmp_path / "m.xlsx")
    edit(book, L.SUMMARY, "T6", L.C_DEADLINE, "cuối quý III")
    got = weekly_report(book, today=TODAY, write_master=False).as_json()
    assert [(d["id"], d["agency"], d["deadline"], d["deadline_typed"]) for d in got["typed_deadlines"]] == [
        ("T6", "Sở Xây dựng", None, "cuối quý III")]


def test_an_empty_master_reports_rates_in_words_not_a_dash_and_percent(tmp_path):
    """No task yet (the first notice had none): the rates cannot be computed, which the
    clerk reads in words, not 'tỷ lệ đúng hạn -%'."""
    book = tmp_path / "m.xlsx"
    refresh(book, [], today=TODAY)
    line = weekly_report(book, today=TODAY, write_master=False).lines()[1]
    assert line == M.WEEK_FIGURES.format(week="2026-W24", total=0, overdue=0, due=0, done=0,
                                         on_time=M.RATE_NONE_DUE, rate=M.RATE_NONE)
    assert "-%" not in line
