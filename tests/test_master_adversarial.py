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
