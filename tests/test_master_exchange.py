"""master/exchange.py: how reports write into the master (replace a report sheet, merge reply
edits) and the master's identity."""
from __future__ import annotations

import os
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from master_factory import all_cells, edit, no_shipped_directory, row_of, sample, table  # noqa: F401
from tbkl_xl.errors import WorkbookError, WorkbookLockedError
from tbkl_xl.master import exchange, layout as L, refresh
from tbkl_xl.master.exchange import ReplyEdit
from tbkl_xl.messages import reports as M

TODAY = date(2026, 6, 10)


@pytest.fixture
def book(tmp_path):
    p = tmp_path / "m.xlsx"
    refresh(p, [sample()], today=date(2026, 4, 20))
    return p


def test_master_id_is_created_once_and_kept(book):
    wb = load_workbook(book)
    meta = {r[0]: r[1] for r in wb[L.META].iter_rows(values_only=True) if r[0] != "sheet"}
    first = meta["master_id"]
    assert len(first) >= 32
    refresh(book, [sample(number="12/TB-UBND", text2="Hướng dẫn chủ đầu tư hoàn thiện hồ sơ.")], today=TODAY)
    exchange.replace_sheet(book, "Báo cáo tuần", [["x"]])
    assert exchange.read_registers(book).master_id == first


def test_replace_sheet_adds_then_replaces_with_a_backup(book):
    def render(text):
        def draw(ws):
            ws.append([text])
        return draw
    exchange.replace_sheet(book, "Báo cáo tuần", render("tuần 23"))
    exchange.replace_sheet(book, "báo cáo tuần", render("tuần 24"))   # same sheet, any case
    wb = load_workbook(book)
    assert [n for n in wb.sheetnames if n.casefold() == "báo cáo tuần"] == ["Báo cáo tuần"]
    assert [c.value for c in wb["Báo cáo tuần"]["A"]] == ["tuần 24"]
    assert len(list((book.parent / "backup").glob("m.*.xlsx"))) == 2
    # the task sheets are as a refresh leaves them
    assert row_of(book, "STC", "T1")[L.C_TEXT] == "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230."


def test_registers_are_hidden_and_own_sheets_refused(book):
    exchange.replace_sheets(book, {L.REPORT_PREFIX + "_x": [["k", "=v"]]})
    ws = load_workbook(book)[L.REPORT_PREFIX + "_x"]
    assert ws.sheet_state == "hidden" and ws["B1"].data_type == "s"      # text, never a formula
    assert exchange.read_registers(book).sheets == {L.REPORT_PREFIX + "_x": [["k", "=v"]]}
    for name in (L.SUMMARY, "STC", L.LOG, "bad/name"):
        with pytest.raises(WorkbookError) as e:
            exchange.replace_sheet(book, name, [["x"]])
        assert str(e.value) == M.SHEET_NOT_OURS.format(name=name)


def test_refuses_a_workbook_open_in_excel(book):
    (book.parent / ("~$" + book.name)).write_text("lock")
    before = all_cells(book)
    with pytest.raises(WorkbookLockedError):
        exchange.replace_sheet(book, "Báo cáo tuần", [["x"]])
    with pytest.raises(WorkbookLockedError):
        exchange.apply_reply_edits(book, [ReplyEdit("T1", L.C_STATUS, L.ST_TODO, L.ST_DONE, "a.xlsx")],
                                   today=TODAY)
    assert all_cells(book) == before


def test_apply_reply_edits_rule(book):
    edit(book, "STC", "T1", L.C_NOTE, "ghi chú của văn phòng")       # changed after the export
    when = datetime(2026, 6, 10, 8, 0)
    edits = [ReplyEdit("T1", L.C_STATUS, L.ST_TODO, L.ST_DOING, "/x/Sở TC.xlsx"),      # taken
             ReplyEdit("T1", L.C_NOTE, None, "ghi chú của sở", "/x/Sở TC.xlsx"),        # conflict
             ReplyEdit("T2", L.C_RESULT, None, None, "/x/Sở XD.xlsx"),                  # untouched
             ReplyEdit("T9", L.C_STATUS, L.ST_TODO, L.ST_DONE, "/x/Sở XD.xlsx")]        # unknown
    r = exchange.apply_reply_edits(book, edits, today=TODAY, when=when)
    assert [e.column for e, _ in r.changed] == [L.C_STATUS]
    assert [(e.column, cur) for e, cur in r.conflicts] == [(L.C_NOTE, "ghi chú của văn phòng")]
    assert [e.task_id for e in r.unknown] == ["T9"] and r.unchanged == 1 and r.written
    t1 = row_of(book, "STC", "T1")
    assert (t1[L.C_STATUS], t1[L.C_NOTE]) == (L.ST_DOING, "ghi chú của văn phòng")
    mine = [(x[L.L_FIELD], x[L.L_SOURCE], x[L.L_NOTE]) for x in table(book, L.LOG)
            if x[L.L_SOURCE] == "Sở TC.xlsx"]
    assert mine == [(L.C_STATUS, "Sở TC.xlsx", M.LOG_REPLY), (L.C_NOTE, "Sở TC.xlsx", M.LOG_REPLY_CONFLICT)]
    # again: the conflict is not logged twice and nothing is written
    mtime = os.stat(book).st_mtime_ns
    r2 = exchange.apply_reply_edits(book, edits, today=TODAY)
    assert not r2.written and len(r2.conflicts) == 1 and os.stat(book).st_mtime_ns == mtime
