"""A clerk corrects a notice's own fields on Thông báo (the number a draft lacked, a misread issue
date, the trích yếu, the leader, the meeting day): the correction wins as on a task row — kept
through every later refresh, shown on every task row of the notice and in the reports, marked and
commented, logged; clearing it brings the notice's value back; a later version of the notice that
changes the field keeps the clerk's value and logs the conflict."""
from datetime import date, datetime

from openpyxl import load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import log_notes as notes
from master_factory import row_of, sample, table
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh
from tbkl_xl.master.book_style import CORRECTED_FONT
from tbkl_xl.master.view import read_tasks

TODAY = date(2026, 5, 9)


def _type(path, header, value, nid="N1"):
    book = load_workbook(path)
    ws = book[L.NOTICES]
    heads = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == nid:
            ws.cell(r, heads.index(header) + 1).value = value
    book.save(path)


def _notice_cell(path, header, nid="N1"):
    ws = load_workbook(path)[L.NOTICES]
    heads = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == nid:
            return ws.cell(r, heads.index(header) + 1)
    raise AssertionError(nid)


def test_a_corrected_number_is_kept_shown_on_its_tasks_and_in_the_reports(wb):
    _type(wb, L.N_NUMBER, "12a/TB-UBND")
    s = refresh(wb, [sample()], today=TODAY)
    assert s.written and s.corrections == 1
    cell = _notice_cell(wb, L.N_NUMBER)
    assert cell.value == "12a/TB-UBND"
    assert cell.font.i and cell.font.color.rgb.endswith(CORRECTED_FONT)
    assert cell.comment.text.endswith("Giá trị theo thông báo: 12/TB-UBND")
    for sheet in ("Tổng hợp", "STC"):
        assert row_of(wb, sheet, "T1")[L.C_NUMBER] == "12a/TB-UBND"
    assert {t.notice_number for t in read_tasks(wb, TODAY).tasks} == {"12a/TB-UBND"}
    line = [r for r in table(wb, "Nhật ký") if r["Nguồn"] == "Thông báo"][-1]
    assert (line["Nhiệm vụ"], line["Trường"], line["Giá trị cũ"], line["Giá trị mới"], line["Ghi chú"]) == (
        "N1", L.N_NUMBER, "12/TB-UBND", "12a/TB-UBND", "hiệu đính của cán bộ")
    # kept through the next refreshes, which change nothing
    assert not refresh(wb, [sample()], today=TODAY).written
    assert _notice_cell(wb, L.N_NUMBER).value == "12a/TB-UBND"


def test_a_date_typed_as_text_is_read_day_first_and_kept(wb):
    _type(wb, L.N_ISSUED, "15/4/2026")
    refresh(wb, [sample()], today=TODAY)
    assert _notice_cell(wb, L.N_ISSUED).value == datetime(2026, 4, 15)
    assert row_of(wb, "Tổng hợp", "T2")[L.C_ISSUED] == datetime(2026, 4, 15)
    assert _notice_cell(wb, L.N_ISSUED).comment.text.endswith("Giá trị theo thông báo: 10/04/2026")


def test_clearing_a_correction_brings_the_notices_value_back(wb):
    _type(wb, L.N_LEADER, "Phó Chủ tịch UBND tỉnh Nguyễn Văn A")
    refresh(wb, [sample()], today=TODAY)
    assert _notice_cell(wb, L.N_LEADER).value == "Phó Chủ tịch UBND tỉnh Nguyễn Văn A"
    _type(wb, L.N_LEADER, None)
    refresh(wb, [sample()], today=TODAY)
    cell = _notice_cell(wb, L.N_LEADER)
    assert cell.value == "Chủ tịch UBND tỉnh" and cell.comment is None and not cell.font.i
    assert notes(wb)[-1] == "bỏ hiệu đính: trở lại giá trị của thông báo"
    assert not refresh(wb, [sample()], today=TODAY).written


def test_clearing_a_field_nobody_corrected_writes_the_notices_value_back(wb):
    _type(wb, L.N_TITLE, None)
    s = refresh(wb, [sample()], today=TODAY)
    assert s.edits_ignored == 1
    assert _notice_cell(wb, L.N_TITLE).value == "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp N1"


def test_a_later_version_keeps_the_correction_and_logs_the_conflict(wb):
    _type(wb, L.N_NUMBER, "12a/TB-UBND")
    refresh(wb, [sample()], today=TODAY)
    s = refresh(wb, [sample(number="15/TB-UBND")], today=TODAY)      # the notice re-issued
    assert s.parse_conflicts == 1
    cell = _notice_cell(wb, L.N_NUMBER)
    assert cell.value == "12a/TB-UBND"
    assert cell.comment.text.endswith("Giá trị theo thông báo: 15/TB-UBND")
    assert row_of(wb, "Tổng hợp", "T1")[L.C_NUMBER] == "12a/TB-UBND"
    assert "xung đột: thông báo mới đổi giá trị cán bộ đã hiệu đính (giữ giá trị của cán bộ)" in notes(wb)
    # cleared now: the newer notice's value
    _type(wb, L.N_NUMBER, None)
    refresh(wb, [sample(number="15/TB-UBND")], today=TODAY)
    assert _notice_cell(wb, L.N_NUMBER).value == "15/TB-UBND"
    assert row_of(wb, "Tổng hợp", "T1")[L.C_NUMBER] == "15/TB-UBND"


def test_typing_the_notices_own_value_back_ends_the_correction(wb):
    _type(wb, L.N_MEETING, "9/4/2026")
    refresh(wb, [sample()], today=TODAY)
    assert _notice_cell(wb, L.N_MEETING).value == datetime(2026, 4, 9)
    _type(wb, L.N_MEETING, datetime(2026, 4, 8))
    refresh(wb, [sample()], today=TODAY)
    cell = _notice_cell(wb, L.N_MEETING)
    assert cell.value == datetime(2026, 4, 8) and cell.comment is None
