"""paint_deadlines: the «Tô màu thời hạn» button's core, on a closed master built from
hand-made notices (tests/master_factory.py)."""
from __future__ import annotations

import re
import zipfile
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from tbkl_xl import refresh
from tbkl_xl.errors import WorkbookError, WorkbookLockedError
from tbkl_xl.master.highlight import COLOURS, DONE_LATE, DUE_SOON, OVERDUE
from tbkl_xl.messages import xl as M
from tbkl_xl.panel import paint_deadlines

from master_factory import edit, no_shipped_directory, sample  # noqa: F401

TODAY = date(2026, 5, 10)      # T1 (1/5) overdue, T2 (15/5) due soon, T3 none, T4 (30/6) open


@pytest.fixture
def master(tmp_path):
    path = tmp_path / "theo_doi.xlsx"
    refresh(path, [sample()], today=TODAY)
    return path


def header_row(ws) -> int:
    return next(r for r in range(1, 11) if "Mã NV" in [c.value for c in ws[r]])


def left_colours(path, sheet="Tổng hợp") -> dict:
    ws = load_workbook(path)[sheet]
    h = header_row(ws)
    head = [c.value for c in ws[h]]
    i, j = head.index("Mã NV"), head.index("Còn lại (ngày)")
    return {r[i].value: (r[j].fill.fgColor.rgb if r[j].fill.fill_type else None)
            for r in ws.iter_rows(min_row=h + 1) if r[i].value}


def test_classes_and_counts(master):
    # done after 15/5 (late), typed on Tổng hợp: each row is coloured by its own cells, as the
    # conditional formats do, so T2's row on the SXD sheet is still due soon until a refresh
    edit(master, "Tổng hợp", "T2", "Ngày hoàn thành", date(2026, 5, 20))
    s = paint_deadlines(master, TODAY)
    # rows: Tổng hợp T1-T4, STC T1, SXD T2, SNV T3, two commune sheets T4
    assert s.rows == 9
    assert s.classes == {OVERDUE: 2, DUE_SOON: 1, "done_on_time": 0, DONE_LATE: 1, "plain": 5}
    colours = left_colours(master)
    assert colours == {"T1": "FF" + COLOURS[OVERDUE][0], "T2": "FF" + COLOURS[DONE_LATE][0],
                       "T3": None, "T4": None}
    assert left_colours(master, "STC") == {"T1": "FF" + COLOURS[OVERDUE][0]}
    assert left_colours(master, "SXD") == {"T2": "FF" + COLOURS[DUE_SOON][0]}
    assert s.lines()[:2] == [
        M.PAINT_LINES[0].format(column="Còn lại (ngày)", sheets=6, rows=9),
        M.PAINT_LINES[1].format(overdue=2, due_soon=1, done_on_time=0, done_late=1, plain=5)]
    assert s.written and s.backup and (master.parent / "backup").is_dir()


def test_due_soon_days_come_from_the_workbook_settings(master):
    assert paint_deadlines(master, TODAY).classes[DUE_SOON] == 2      # T2: 5 days left, 7 in Cấu hình
    assert paint_deadlines(master, TODAY, due_soon=3).classes[DUE_SOON] == 0


def test_only_styles_and_task_sheets_change(master):
    before = zipfile.ZipFile(master)
    old = {n: before.read(n) for n in before.namelist()}
    before.close()
    paint_deadlines(master, TODAY)
    with zipfile.ZipFile(master) as after:
        new = {n: after.read(n) for n in after.namelist()}
    assert set(new) == set(old)
    changed = {n for n in new if new[n] != old[n]}
    assert "xl/styles.xml" in changed
    assert all(n == "xl/styles.xml" or n.startswith("xl/worksheets/sheet") for n in changed)
    wb = load_workbook(master)
    assert wb.defined_names.get("tbkl_due_soon") is not None


def test_header_below_a_title_row_and_with_stray_spaces(tmp_path, master):
    wb = load_workbook(master)
    ws = wb["Tổng hợp"]
    ws.insert_rows(1)
    ws["A1"] = "DANH SÁCH NHIỆM VỤ"
    h = header_row(ws)
    ws.cell(h, [c.value for c in ws[h]].index("Còn lại (ngày)") + 1).value = " còn lại (ngày) "
    wb.save(master)
    s = paint_deadlines(master, TODAY)
    assert s.classes[OVERDUE] == 2           # Tổng hợp and the STC sheet


def test_refuses_what_is_not_a_master(tmp_path):
    other = tmp_path / "khac.xlsx"
    wb = Workbook()
    wb.active.append(["Mã NV", "Thời hạn", "Còn lại (ngày)"])
    wb.save(other)
    from tbkl_xl.messages import master as MSG
    with pytest.raises(WorkbookError, match=re.escape(MSG.NOT_OURS.split("}")[1][:40])):
        paint_deadlines(other, TODAY)


def test_refuses_an_open_master(master):
    (master.parent / ("~$" + master.name)).write_bytes(b"")
    with pytest.raises(WorkbookLockedError):
        paint_deadlines(master, TODAY)
