"""What staff write below a task table — a total, a note on the figures, a signature line — is
not a task: it stays below the table wherever the table ends, its formulas follow the table."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import STC, SXD, header_row, notice, sample, table, task
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh
from tbkl_xl.master.footer import Footer, move_formula
from tbkl_xl.master.view import read_tasks

TODAY = date(2026, 5, 9)


def second_notice():
    return notice("N2", "20/TB-UBND", date(2026, 4, 20), [
        task("U1", "1", [STC], "Thẩm định phương án giá dịch vụ thu gom rác thải.", date(2026, 6, 1), order=1),
        task("U2", "2", [SXD], "Kiểm tra chất lượng công trình nhà văn hóa thôn.", date(2026, 6, 15), order=2),
    ])


def columns(ws) -> dict:
    return {c.value: c.column for c in ws[header_row(ws)] if c.value is not None}


def write_footer_rows(path, sheet: str, gap: int = 1) -> int:
    """Below the table of ``sheet``: a bold total with a count of the tasks, a merged note with
    a comment, and a formula about the footer's own total.  Returns the total's row."""
    book = load_workbook(path)
    ws = book[sheet]
    h, last = header_row(ws), ws.max_row
    col = columns(ws)
    text = col[L.C_TEXT]
    r = last + 1 + gap
    ws.cell(r, col[L.C_SECTION]).value = "Tổng"
    ws.cell(r, col[L.C_SECTION]).font = Font(bold=True)
    ws.cell(r, text).value = f"=COUNTA(E{h + 1}:E{last})"
    ws.cell(r + 1, col[L.C_SECTION]).value = f"=E{r}*2"
    ws.cell(r + 2, 2).value = "Ghi chú: số liệu do Văn phòng tổng hợp."
    ws.cell(r + 2, 2).comment = Comment("chị Lan ghi", "Lan")
    ws.merge_cells(start_row=r + 2, start_column=2, end_row=r + 2, end_column=5)
    ws.cell(r + 3, 2).value = "='Thông báo'!A2"
    book.save(path)
    return r


@pytest.mark.parametrize("gap", [1, 2, 0])
def test_a_footer_stays_below_the_table_as_it_grows(wb, gap):
    r = write_footer_rows(wb, "Tổng hợp", gap)
    s = refresh(wb, [sample(), second_notice()], today=TODAY)
    assert s.warnings == [] and s.rows_added_by_hand == 0
    ws = load_workbook(wb)["Tổng hợp"]
    h = header_row(ws)
    last = h + 6                                   # six tasks now
    col = columns(ws)
    total = last + 1 + gap
    assert total == r + 2
    assert ws.cell(total, col[L.C_SECTION]).value == "Tổng"
    assert ws.cell(total, col[L.C_SECTION]).font.b
    assert ws.cell(total, col[L.C_TEXT]).value == f"=COUNTA(E{h + 1}:E{last})"
    assert ws.cell(total + 1, col[L.C_SECTION]).value == f"=E{total}*2"
    assert ws.cell(total + 2, 2).value == "Ghi chú: số liệu do Văn phòng tổng hợp."
    assert ws.cell(total + 2, 2).comment.text.startswith("chị Lan ghi")
    assert f"B{total + 2}:E{total + 2}" in {str(m) for m in ws.merged_cells.ranges}
    assert ws.cell(total + 3, 2).value == "='Thông báo'!A2"          # another sheet: as typed
    assert not [row for row in table(wb, "Nhật ký") if row["Ghi chú"] and "thêm tay" in row["Ghi chú"]]
    view = read_tasks(wb, TODAY)
    assert len(view.tasks) == 6 and not [t for t in view.tasks if t.manual]
    assert not refresh(wb, [sample(), second_notice()], today=TODAY).written   # nothing changed


def test_a_footer_on_an_agency_sheet_is_kept_there(wb):
    book = load_workbook(wb)
    ws = book["STC"]
    last = ws.max_row
    ws.cell(last + 2, 2).value = "Người lập biểu: Nguyễn Thị Lan"
    book.save(wb)
    refresh(wb, [sample(), second_notice()], today=TODAY)
    ws = load_workbook(wb)["STC"]
    assert ws.cell(last + 3, 2).value == "Người lập biểu: Nguyễn Thị Lan"   # one task more above it
    assert [row[L.C_ID] for row in table(wb, "STC") if row[L.C_ID]] == ["T1", "U1"]


def test_a_task_typed_between_the_table_and_its_footer_is_a_task_and_the_footer_follows(wb):
    r = write_footer_rows(wb, "Tổng hợp", gap=2)
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    col = columns(ws)
    ws.cell(r - 2, col[L.C_TEXT]).value = "Báo cáo tình hình thu ngân sách quý II."
    ws.cell(r - 2, col[L.C_LEAD]).value = "Sở Tài chính"
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert s.rows_added_by_hand == 1
    ws = load_workbook(wb)["Tổng hợp"]
    h = header_row(ws)
    assert ws.cell(h + 5, col[L.C_TEXT]).value == "Báo cáo tình hình thu ngân sách quý II."
    assert ws.cell(r, col[L.C_SECTION]).value == "Tổng"     # 2 blank rows kept after the new last row
    assert ws.cell(r, col[L.C_TEXT]).value == f"=COUNTA(E{h + 1}:E{h + 5})"


FOOT = Footer(gap=1, first=10, table_first=4, table_last=8, tool_last=7)   # row 8 typed by hand


@pytest.mark.parametrize("formula, new_first, new_last, expected", [
    ("=COUNTA(E4:E8)", 12, 10, "=COUNTA(E4:E10)"),          # the table's range grows
    ("=COUNTA($E$4:$E$8)", 12, 10, "=COUNTA($E$4:$E$10)"),  # absolute too, as Excel does
    ("=COUNTA(E4:E8)", 9, 7, "=COUNTA(E4:E7)"),             # and shrinks
    ("=SUM(E10:E11)*2", 12, 10, "=SUM(E12:E13)*2"),         # the footer's own cells move
    ("=E10+E5", 12, 10, "=E12+E5"),                         # a task row is not followed
    ("=COUNTA(E4:E7)", 12, 10, "=COUNTA(E4:E10)"),          # a range to the tool's last row
    ("=COUNTA(E4:E9)", 12, 10, "=COUNTA(E4:E11)"),          # one that takes the blank row too
    ("=COUNTA(E4:E6)", 12, 10, "=COUNTA(E4:E6)"),           # some tasks only: stays
    ("=B2", 12, 10, "=B2"),                                 # above the table: stays
    ("='Thông báo'!A8", 12, 10, "='Thông báo'!A8"),         # another sheet: as typed
    ("=COUNTIF(H4:H8,\"Đã hoàn thành\")", 12, 10, "=COUNTIF(H4:H10,\"Đã hoàn thành\")"),
])
def test_footer_formulas_follow_the_table_as_excel_moves_them(formula, new_first, new_last, expected):
    assert move_formula(formula, FOOT, new_first, new_last) == expected
