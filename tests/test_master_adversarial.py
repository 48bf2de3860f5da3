"""What an adversarial clerk (and an IT person) does to a master, found by trying: each test
failed before its fix.  On copies of masters built from hand-made notices (master_factory)."""
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import edit, header_row, row_of, sample, table
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh
from tbkl_xl.master.view import read_tasks

TODAY = date(2026, 5, 9)


@pytest.fixture
def wb(tmp_path):
    p = tmp_path / "master.xlsx"
    refresh(p, [sample()], today=TODAY)
    return p


def notes(path):
    return [r["Ghi chú"] for r in table(path, "Nhật ký")]


# ---------------------------------------------------------------- dates typed in odd forms
def test_a_deadline_typed_with_a_time_is_a_correction_not_a_crash(wb):
    # Excel turns "20/5/2026 17:00" typed in Thời hạn into a date with a time
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, datetime(2026, 5, 20, 17, 0))
    task = next(t for t in read_tasks(wb, TODAY).tasks if t.id == "T1")
    assert task.deadline == date(2026, 5, 20) and task.extended
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "STC", "T1")[L.C_DEADLINE] == datetime(2026, 5, 20, 17, 0)
    assert any(n.startswith("hiệu đính của cán bộ: gia hạn") for n in notes(wb))


def test_a_number_in_a_date_column_is_kept_and_flagged_like_text(wb):
    # a cell without the date format shows Excel's day number; TRUE pasted by mistake
    edit(wb, "Tổng hợp", "T1", L.C_DONE_DATE, 46218)
    edit(wb, "Tổng hợp", "T3", L.C_DEADLINE, 46218.5)          # T3 had no deadline: no format
    edit(wb, "Tổng hợp", "T2", L.C_DONE_DATE, True)
    refresh(wb, [sample()], today=TODAY)
    r1, r2, r3 = (row_of(wb, "Tổng hợp", t) for t in ("T1", "T2", "T3"))
    assert (r1[L.C_DONE_DATE], r2[L.C_DONE_DATE], r3[L.C_DEADLINE]) == (46218, True, 46218.5)
    assert r1[L.C_REVIEW] == "Ngày hoàn thành '46218' không đọc được là ngày (gõ dd/mm/yyyy)"
    assert r2[L.C_REVIEW] == "Ngày hoàn thành 'True' không đọc được là ngày (gõ dd/mm/yyyy)"
    assert r3[L.C_REVIEW] == "Thời hạn '46218.5' không đọc được là ngày (gõ dd/mm/yyyy)"
