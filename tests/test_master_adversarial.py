"""What an adversarial clerk (and an IT person) does to a master, found by trying: each test
failed before its fix.  On copies of masters built from hand-made notices (master_factory)."""
import re
import zipfile
from copy import copy
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, range_boundaries

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import log_notes as notes
from master_factory import STC, SXD, add_row, edit, header_row, notice, row_of, sample, table, task
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh
from tbkl_xl.master.view import read_tasks

TODAY = date(2026, 5, 9)




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


# ---------------------------------------------------------------- columns staff add
def _add_column(path, sheet, col, header, values: dict):
    """Staff type ``header`` (None: none) in column ``col`` of the header row and ``values``
    (task id -> value) on the tasks' rows."""
    book = load_workbook(path)
    ws = book[sheet]
    h = header_row(ws)
    heads = [c.value for c in ws[h]]
    ws.cell(h, col).value = header
    for r in range(h + 1, ws.max_row + 1):
        tid = ws.cell(r, heads.index(L.C_ID) + 1).value
        if tid in values:
            ws.cell(r, col).value = values[tid]
    book.save(path)


def test_two_columns_with_the_same_header_both_keep_their_values(wb):
    edit(wb, "Tổng hợp", "T1", L.C_NOTE, "ghi chú của sổ")
    _add_column(wb, "Tổng hợp", 19, "Ghi chú", {"T1": "ghi chú riêng", "T2": "việc của chị Lan"})
    _add_column(wb, "Tổng hợp", 20, "Người theo dõi", {"T1": "Lan"})
    _add_column(wb, "Tổng hợp", 21, "người theo dõi ", {"T1": "Hùng"})
    refresh(wb, [sample()], today=TODAY)
    r1, r2 = row_of(wb, "Tổng hợp", "T1"), row_of(wb, "Tổng hợp", "T2")
    assert r1[L.C_NOTE] == "ghi chú của sổ" and r2[L.C_NOTE] is None
    assert (r1["Ghi chú (2)"], r2["Ghi chú (2)"]) == ("ghi chú riêng", "việc của chị Lan")
    assert (r1["Người theo dõi"], r1["người theo dõi (2)"]) == ("Lan", "Hùng")
    assert ("trang 'Tổng hợp': hai cột cùng tiêu đề 'Ghi chú': cột S được đặt tiêu đề "
            "'Ghi chú (2)' để giữ dữ liệu của cả hai") in notes(wb)
    refresh(wb, [sample()], today=TODAY)                # stable: nothing renamed again
    assert [c.value for c in load_workbook(wb)["Tổng hợp"][3]][18:] == [
        "Ghi chú (2)", "Người theo dõi", "người theo dõi (2)"]


def test_values_typed_in_a_column_without_header_are_kept_on_their_tasks(wb):
    _add_column(wb, "STC", 20, None, {"T1": "gọi lại thứ Hai"})
    _add_column(wb, "Tổng hợp", 20, None, {"T2": "chờ ý kiến"})
    edit(wb, "Tổng hợp", "T3", L.C_STATUS, L.ST_DOING)          # a refresh that writes
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "STC", "T1")["Cột T"] == "gọi lại thứ Hai"
    assert row_of(wb, "Tổng hợp", "T2")["Cột T"] == "chờ ý kiến"
    assert ("trang 'STC': cột T có dữ liệu nhưng không có tiêu đề: được đặt tiêu đề 'Cột T' "
            "để giữ dữ liệu") in notes(wb)


def test_a_trich_yeu_column_staff_add_back_stays_and_shows_the_notice_title(wb):
    # the notice's title left the task sheets (issue 12); a clerk puts it back on an agency sheet
    _add_column(wb, "STC", 19, "Trích yếu", {"T1": "=VLOOKUP(Q4,'Thông báo'!A:D,4,FALSE)"})
    edit(wb, "Tổng hợp", "T3", L.C_STATUS, L.ST_DOING)          # a refresh that writes
    refresh(wb, [sample()], today=TODAY)
    heads = [c.value for c in load_workbook(wb)["STC"][3]]
    assert heads.count("Trích yếu") == 1 and heads.index("Trích yếu") == 18       # where it was
    assert row_of(wb, "STC", "T1")["Trích yếu"] == "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp N1"
    assert "Trích yếu" not in [c.value for c in load_workbook(wb)["Tổng hợp"][3]]


# ---------------------------------------------------------------- an agency sheet left empty
def test_an_agency_sheet_whose_last_task_moves_away_keeps_what_staff_wrote_on_it(wb):
    book = load_workbook(wb)
    ws = book["STC"]
    ws.insert_rows(3)
    ws["A3"] = "Đầu mối: chị Lan, 0912 000 111"
    book.save(wb)
    edit(wb, "STC", "T1", L.C_LEAD, "Sở Xây dựng")              # STC's only task moves away
    refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    assert book["STC"]["A3"].value == "Đầu mối: chị Lan, 0912 000 111"
    assert table(wb, "STC") == [] and "T1" in [r["Mã NV"] for r in table(wb, "SXD")]
    assert ("trang 'STC' không còn nhiệm vụ nào nhưng có nội dung do cán bộ tạo: được giữ lại "
            "(xóa trang nếu không cần)") in notes(wb)
    assert not refresh(wb, [sample()], today=TODAY).written             # said once, kept as is
    edit(wb, "SXD", "T1", L.C_LEAD, None)                        # undo: back to STC
    refresh(wb, [sample()], today=TODAY)
    assert load_workbook(wb)["STC"]["A3"].value == "Đầu mối: chị Lan, 0912 000 111"
    assert [r["Mã NV"] for r in table(wb, "STC")] == ["T1"]


def test_an_agency_sheet_left_empty_with_nothing_of_the_staff_on_it_goes(wb):
    edit(wb, "STC", "T1", L.C_LEAD, "Sở Xây dựng")
    refresh(wb, [sample()], today=TODAY)
    assert "STC" not in load_workbook(wb).sheetnames


# ---------------------------------------------------------------- what the summary says
def test_the_summary_names_a_new_notice_against_a_correction_as_such(wb):
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, "20/5/2026")
    refresh(wb, [sample()], today=TODAY)
    signed = sample()
    signed.tasks[0].deadline = signed.tasks[0].deadline.__class__(date(2026, 5, 10), "date", "trước ngày 10/5/2026")
    s = refresh(wb, [signed], today=TODAY)
    assert (s.conflicts, s.parse_conflicts) == (0, 1)
    assert ("Ô cán bộ đã sửa: 1 ô cán bộ đã hiệu đính nhưng thông báo mới ghi khác (giữ giá trị "
            "của cán bộ, đánh dấu ở cột 'Cần kiểm tra')") in s.lines()


def test_the_summary_names_a_copied_row_as_such(wb):
    book = load_workbook(wb)
    ws = book["STC"]
    h = header_row(ws)
    for c in ws[h + 1]:
        ws.cell(h + 2, c.column).value = c.value                    # the row copied below
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert (s.conflicts, s.copied_rows) == (0, 1)
    assert ("Ô cán bộ đã sửa: 1 dòng chép trùng Mã NV của một nhiệm vụ (giữ thành dòng thêm tay, "
            "xem trang tính 'Nhật ký')") in s.lines()


# ---------------------------------------------------------------- a draft left in the folder
SAMPLE_06 = Path(__file__).resolve().parent.parent / "samples" / "06_ha_tang_cua_khau_dong_dang.txt"


def test_a_draft_left_beside_its_signed_notice_is_said_once_not_at_every_refresh(tmp_path):
    signed = SAMPLE_06.read_text(encoding="utf-8")
    draft = signed.replace("Số: 176/TB-UBND", "Số:      /TB-UBND").replace(
        "ngày 28 tháng 4 năm 2026", "ngày      tháng 4 năm 2026")
    folder = tmp_path / "tb"
    folder.mkdir()
    (folder / "176.txt").write_text(signed, encoding="utf-8")
    p = tmp_path / "m.xlsx"
    refresh(p, [folder], today=TODAY)
    (folder / "176.txt").unlink()                    # the signed file moved to the archive…
    (folder / "176_du_thao.txt").write_text(draft, encoding="utf-8")   # …its draft left behind
    s = refresh(p, [folder], today=TODAY)
    assert s.written and len([n for n in notes(p) if n == "bản dự thảo bỏ qua: đã có bản ký"]) == 1
    again = refresh(p, [folder], today=TODAY)
    assert not again.written and again.notices_unchanged == 1
    assert len([n for n in notes(p) if n == "bản dự thảo bỏ qua: đã có bản ký"]) == 1


# ---------------------------------------------------------------- print settings staff chose
def test_print_titles_and_print_columns_staff_chose_stay_and_the_rows_follow_the_tasks(wb):
    _add_column(wb, "Tổng hợp", 19, "Người theo dõi", {"T1": "Lan"})
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    ws.print_title_rows = "3:3"                             # only the header on every page
    ws.print_area = "A1:S7"                                 # their column printed too
    book.save(wb)
    add_row(wb, "Tổng hợp", {L.C_TEXT: "Việc thêm tay", L.C_LEAD: "Sở Tài chính"})
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["Tổng hợp"]
    assert ws.print_title_rows == "$3:$3"
    assert ws.print_area.endswith("!$A$1:$S$8")             # one more task: one more row
    ws = load_workbook(wb)["STC"]                            # untouched sheets: the tool's
    assert ws.print_title_rows == "$1:$3" and ws.print_area.endswith("!$A$1:$L$5")


# ---------------------------------------------------------------- comments on corrected cells
def _comment(path, sheet, tid, header):
    ws = load_workbook(path)[sheet]
    h = header_row(ws)
    heads = [c.value for c in ws[h]]
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, heads.index(L.C_ID) + 1).value == tid:
            return ws.cell(r, heads.index(header) + 1).comment
    raise AssertionError(tid)


def _set_comment(path, sheet, tid, header, text, author):
    book = load_workbook(path)
    ws = book[sheet]
    h = header_row(ws)
    heads = [c.value for c in ws[h]]
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, heads.index(L.C_ID) + 1).value == tid:
            c = ws.cell(r, heads.index(header) + 1)
            c.comment = Comment(c.comment.text if text is None else text, author)
    book.save(path)


NOTE_T1 = "Cán bộ đã hiệu đính ô này.\nGiá trị theo thông báo: 01/05/2026\n(đã gia hạn)"


def test_a_staff_comment_on_a_corrected_cell_does_not_collect_the_tool_note_again_and_again(wb):
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, "20/5/2026")
    refresh(wb, [sample()], today=TODAY)
    _set_comment(wb, "Tổng hợp", "T1", L.C_DEADLINE, "Gia hạn theo công văn 123", "Lan")
    for note in ("một", "hai", "ba"):                              # refreshes that write
        edit(wb, "Tổng hợp", "T2", L.C_NOTE, note)
        refresh(wb, [sample()], today=TODAY)
    c = _comment(wb, "Tổng hợp", "T1", L.C_DEADLINE)
    assert c.text == "Gia hạn theo công văn 123\n—\n" + NOTE_T1 and c.author == "Lan"


def test_the_tool_note_of_a_corrected_cell_saved_without_author_is_not_taken_for_staffs(wb):
    # LibreOffice saves the comments without their author
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, "20/5/2026")
    refresh(wb, [sample()], today=TODAY)
    for sheet in ("Tổng hợp", "STC"):
        _set_comment(wb, sheet, "T1", L.C_DEADLINE, None, "")
    edit(wb, "Tổng hợp", "T2", L.C_NOTE, "ghi")
    refresh(wb, [sample()], today=TODAY)
    assert _comment(wb, "Tổng hợp", "T1", L.C_DEADLINE).text == NOTE_T1
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, None)                 # undo: no note left behind
    refresh(wb, [sample()], today=TODAY)
    assert _comment(wb, "Tổng hợp", "T1", L.C_DEADLINE) is None
    assert _comment(wb, "STC", "T1", L.C_DEADLINE) is None


# ---------------------------------------------------------------- row heights
def _row_attrs(path, sheet_xml="xl/worksheets/sheet1.xml") -> dict:
    xml = zipfile.ZipFile(path).read(sheet_xml).decode()
    return {int(m.group(1)): m.group(2) for m in re.finditer(r'<row r="(\d+)"([^>]*)>', xml)}


def _fix_height(path, row, height, sheet_xml="xl/worksheets/sheet1.xml"):
    """What Excel saves when a person drags a row's height (openpyxl would mark every row)."""
    src = zipfile.ZipFile(path)
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    src.close()
    xml = parts[sheet_xml].decode()
    xml = re.sub(rf'<row r="{row}"[^>]*?(/?)>', lambda m: f'<row r="{row}" ht="{height}" customHeight="1"{m.group(1)}>', xml, count=1)
    parts[sheet_xml] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_the_tools_height_hints_stay_hints_through_later_refreshes(tmp_path):
    """A hint lets Excel fit the row when staff type more; a refresh must not turn the hints it
    wrote into fixed heights, while a height staff fixed stays fixed."""
    p = tmp_path / "m.xlsx"
    refresh(p, [sample(text2="Hướng dẫn chủ đầu tư " * 12)], today=TODAY)
    hinted = [r for r, a in _row_attrs(p).items() if r > 3 and ' ht="' in a]
    assert hinted and all("customHeight" not in _row_attrs(p)[r] for r in hinted)
    _fix_height(p, 4, 60)                                     # a height staff fixed in Excel
    refresh(p, [sample(text2="Hướng dẫn chủ đầu tư " * 12)], today=TODAY, due_soon=5)   # writes
    attrs = _row_attrs(p)
    assert all("customHeight" not in attrs[r] for r in hinted if r != 4)
    assert 'customHeight="1"' in attrs[4] and 'ht="60"' in attrs[4]


# ---------------------------------------------------------------- a workbook saved by LibreOffice
def _as_libreoffice_saves_fonts(path):
    """LibreOffice writes every font with its charset and family: the same look, other ids."""
    book = load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.has_style:
                    f = copy(c.font)
                    f.charset, f.family = 1, 0
                    c.font = f
    book.save(path)


def test_after_a_libreoffice_save_an_undone_correction_no_longer_looks_corrected(wb):
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, "20/5/2026")
    refresh(wb, [sample()], today=TODAY)
    _as_libreoffice_saves_fonts(wb)
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, None)                 # undo
    refresh(wb, [sample()], today=TODAY)
    for sheet in ("Tổng hợp", "STC"):
        ws = load_workbook(wb)[sheet]
        h = header_row(ws)
        heads = [c.value for c in ws[h]]
        r = next(r for r in range(h + 1, ws.max_row + 1) if ws.cell(r, heads.index(L.C_ID) + 1).value == "T1")
        c = ws.cell(r, heads.index(L.C_DEADLINE) + 1)
        assert c.value == datetime(2026, 5, 1) and not c.font.i and c.border.left.style is None


def test_a_fill_from_excels_theme_palette_is_still_staff_markup(wb):
    from openpyxl.styles import PatternFill
    from openpyxl.styles.colors import Color
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    heads = [c.value for c in ws[3]]
    r = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, heads.index(L.C_ID) + 1).value == "T2")
    ws.cell(r, heads.index(L.C_NOTE) + 1).fill = PatternFill("solid", fgColor=Color(theme=5, tint=0.6))
    book.save(wb)
    edit(wb, "Tổng hợp", "T3", L.C_NOTE, "ghi")                   # a refresh that writes
    _as_libreoffice_saves_fonts(wb)
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["Tổng hợp"]
    r = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, heads.index(L.C_ID) + 1).value == "T2")
    fill = ws.cell(r, heads.index(L.C_NOTE) + 1).fill
    assert fill.patternType == "solid" and fill.fgColor.theme == 5


def test_the_deadline_colour_the_paint_button_put_is_not_carried_as_staff_markup(wb):
    from tbkl_xl.panel import paint_deadlines
    paint_deadlines(wb, TODAY)                          # T1 is overdue on 9/5: painted red
    edit(wb, "Tổng hợp", "T1", L.C_STATUS, L.ST_DONE)
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["Tổng hợp"]
    heads = [c.value for c in ws[3]]
    r = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, heads.index(L.C_ID) + 1).value == "T1")
    assert ws.cell(r, heads.index(L.C_LEFT) + 1).fill.fill_type is None     # not red any more


# ---------------------------------------------------------------- a renamed agency sheet
def test_a_renamed_header_on_a_renamed_agency_sheet_is_known_by_its_place(wb):
    edit(wb, "STC", "T1", L.C_NOTE, "ghi chú ở trang STC")
    book = load_workbook(wb)
    ws = book["STC"]
    for c in ws[header_row(ws)]:
        if c.value == L.C_NOTE:
            c.value = "Ý kiến"
    ws.title = "TC chị Lan"
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T1")[L.C_NOTE] == "ghi chú ở trang STC"
    heads = [c.value for c in load_workbook(wb)["TC chị Lan"][3]]
    assert heads.count(L.C_NOTE) == 1 and "Ý kiến" not in heads


# ---------------------------------------------------------------- Format as Table
def test_a_table_staff_made_over_a_task_sheet_follows_its_rows_and_columns(wb):
    from openpyxl.worksheet.table import Table, TableStyleInfo
    _add_column(wb, "STC", 19, "Người theo dõi", {"T1": "Lan"})
    book = load_workbook(wb)
    ws = book["STC"]
    ws.auto_filter.ref = None                  # Excel: a table replaces the sheet's filter
    t = Table(displayName="BangSTC", ref="A3:S4")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(t)
    book.save(wb)
    add_row(wb, "STC", {L.C_TEXT: "Việc thêm tay của STC"})              # a second row
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["STC"]
    t = ws.tables["BangSTC"]
    assert t.ref == "A3:S5" and ws.auto_filter.ref is None          # one filter, the table's
    assert [c.name for c in t.tableColumns] == [c.value for c in ws[3]]
    assert row_of(wb, "STC", "T1")["Người theo dõi"] == "Lan"


# ---------------------------------------------------------------- formulas staff fill down
def _formula_column(path, sheet="Tổng hợp"):
    """A column of per-row formulas, as a clerk fills one down beside the tasks."""
    book = load_workbook(path)
    ws = book[sheet]
    h = header_row(ws)
    heads = [c.value for c in ws[h]]
    col = len(heads) + 1
    dl = get_column_letter(heads.index(L.C_DEADLINE) + 1)
    ws.cell(h, col).value = "Quá hạn?"
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, heads.index(L.C_ID) + 1).value:
            ws.cell(r, col).value = f'=IF(AND(ISNUMBER(${dl}{r}),${dl}{r}<TODAY()),"quá hạn","")'
    book.save(path)
    return col, dl


def _rows_pointing_elsewhere(path, col, dl, sheet="Tổng hợp"):
    ws = load_workbook(path)[sheet]
    h = header_row(ws)
    return [r for r in range(h + 1, ws.max_row + 1)
            if ws.cell(r, col).value and f"${dl}{r}" not in ws.cell(r, col).value]


def test_a_formula_filled_down_beside_the_tasks_stays_about_its_task_when_rows_move(wb):
    col, dl = _formula_column(wb)
    earlier = notice("N0", "5/TB-UBND", date(2026, 3, 2), [
        task("U1", "1", [SXD], "Kiểm tra an toàn công trình trường học.", date(2026, 4, 30), order=1),
        task("U2", "2", [STC], "Thẩm định dự toán sửa chữa trụ sở.", date(2026, 6, 30), order=2)])
    refresh(wb, [earlier, sample()], today=TODAY)         # two rows come in above the others
    assert [r["Mã NV"] for r in table(wb, "Tổng hợp")][:3] == ["U1", "U2", "T1"]
    assert _rows_pointing_elsewhere(wb, col, dl) == []
    assert not refresh(wb, [earlier, sample()], today=TODAY).written      # nothing to do


def test_formulas_as_an_earlier_version_wrote_them_are_not_taken_for_edits(wb):
    col, dl = _formula_column(wb)
    refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)                  # the snapshot as the earlier version kept it
    ws = book["_tbkl_snapshot"]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for tid, sheet_row in (("T1", 4), ("T2", 5)):
        c = ws.cell(rows[tid], 2)
        c.value = c.value.replace("100000", str(sheet_row))
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert s.edits_kept == 0 and not s.written


# ---------------------------------------------------------------- a sort that left columns out
def test_rows_sorted_without_the_hidden_id_columns_stay_with_the_tasks_they_show(wb):
    edit(wb, "Tổng hợp", "T1", L.C_STATUS, L.ST_DOING)
    edit(wb, "Tổng hợp", "T3", L.C_NOTE, "ghi chú của T3")
    refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    heads = [c.value for c in ws[3]]
    shown = heads.index(L.C_REVIEW) + 1          # the visible columns, up to Cần kiểm tra
    ws.cell(4, 12).fill = PatternFill("solid", fgColor="FFFF00")     # T1's row, yellow
    block = [[ws.cell(r, c).value for c in range(1, shown + 1)] for r in range(4, 8)]
    fill = [copy(ws.cell(r, 12).fill) for r in range(4, 8)]
    for i, src in enumerate([3, 2, 1, 0]):       # reversed, Mã NV / Mã TB left where they were
        for c in range(1, shown + 1):
            ws.cell(4 + i, c).value = block[src][c - 1]
        ws.cell(4 + i, 12).fill = fill[src]
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    for tid, text in (("T1", "Rà soát, tham mưu"), ("T2", "Hướng dẫn chủ đầu tư"),
                      ("T3", "Tham mưu sắp xếp"), ("T4", "Tổ chức tuyên truyền")):
        r = row_of(wb, "Tổng hợp", tid)
        assert r[L.C_TEXT].startswith(text) and r[L.C_ID] == tid
    assert row_of(wb, "Tổng hợp", "T1")[L.C_STATUS] == L.ST_DOING
    assert row_of(wb, "Tổng hợp", "T3")[L.C_NOTE] == "ghi chú của T3"
    assert s.corrections == 0 and s.edits_ignored == 0
    assert [r["Mã NV"] for r in table(wb, "STC")] == ["T1"]
    ws = load_workbook(wb)["Tổng hợp"]
    assert ws.cell(4, 12).fill.fgColor.rgb == "00FFFF00"             # T1 is on row 4 again


# ---------------------------------------------------------------- a dropdown staff changed
def test_a_status_list_staff_lengthened_stays_the_one_dropdown_of_the_column(wb):
    book = load_workbook(wb)
    ws = book["STC"]
    for dv in ws.data_validations.dataValidation:
        if dv.formula1 and "Chưa thực hiện" in dv.formula1:
            dv.formula1 = dv.formula1[:-1] + ',Tạm dừng"'
    book.save(wb)
    edit(wb, "STC", "T1", L.C_STATUS, "Tạm dừng")
    add_row(wb, "STC", {L.C_TEXT: "Việc thêm tay của STC"})
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["STC"]
    col = [c.value for c in ws[3]].index(L.C_STATUS) + 1
    over = [dv for dv in ws.data_validations.dataValidation
            if any(range_boundaries(str(r))[0] <= col <= range_boundaries(str(r))[2] for r in dv.sqref.ranges)]
    assert len(over) == 1 and over[0].formula1.endswith(',Tạm dừng"')
    letter = get_column_letter(col)
    assert str(over[0].sqref) == f"{letter}4:{letter}1005"
    assert row_of(wb, "Tổng hợp", "T1")[L.C_STATUS] == "Tạm dừng"


# ---------------------------------------------------------------- a master of schema 1
def test_dates_an_earlier_version_kept_as_typed_text_become_dates(wb):
    add_row(wb, "Tổng hợp", {L.C_TEXT: "Việc thêm tay", L.C_LEAD: "Sở Tài chính"})
    edit(wb, "Tổng hợp", "T1", L.C_DONE_DATE, date(2026, 5, 2))
    refresh(wb, [sample()], today=TODAY)
    hand = next(r["Mã NV"] for r in table(wb, "Tổng hợp") if r["Mã NV"].startswith("TC-"))
    book = load_workbook(wb)                 # as schema 1 kept them: text in the cells and the snapshot
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value == datetime(2026, 5, 2):
                    c.value = "2/5/2026"
    ws = book["_tbkl_snapshot"]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "T1":
            ws.cell(r, 2).value = ws.cell(r, 2).value.replace('{"date": "2026-05-02"}', '"2/5/2026"')
    book.save(wb)
    edit(wb, "Tổng hợp", hand, L.C_DEADLINE, "30/6/2026")       # typed as text in Excel
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T1")[L.C_DONE_DATE] == datetime(2026, 5, 2)
    assert row_of(wb, "STC", "T1")[L.C_DONE_DATE] == datetime(2026, 5, 2)
    assert row_of(wb, "Tổng hợp", hand)[L.C_DEADLINE] == datetime(2026, 6, 30)


# ---------------------------------------------------------------- settings staff typed
@pytest.mark.parametrize("typed,days", [("5 ngày", 5), (None, 7), ("mười", 7)])
def test_due_soon_days_typed_as_text_are_written_back_as_a_number(wb, typed, days):
    book = load_workbook(wb)
    for r in book["Cấu hình"].iter_rows(min_row=2):
        if r[0].value == "Số ngày sắp đến hạn":
            r[1].value = typed
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    value = next(r[1].value for r in load_workbook(wb)["Cấu hình"].iter_rows(min_row=2)
                 if r[0].value == "Số ngày sắp đến hạn")
    assert value == days and s.written
    assert ("Cấu hình", f"trang 'Cấu hình': 'Số ngày sắp đến hạn' là '{typed or ''}', không phải số "
            f"ngày: dùng {days} và ghi lại số {days} (màu 'sắp đến hạn' cần một số)") in s.warnings
    assert "thiết lập không phải số: đã ghi lại bằng số" in notes(wb)


# ---------------------------------------------------------------- the notice register
def test_a_notice_cell_typed_over_on_thong_bao_is_logged_not_dropped_silently(wb):
    """A column of Thông báo the tool keeps (here its source file) typed over: written back, and
    logged (its corrected fields are in tests/test_master_notice_corrections.py)."""
    book = load_workbook(wb)
    ws = book["Thông báo"]
    ws.cell(2, 7).value = "khác.docx"                        # Tệp nguồn of N1
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert s.edits_ignored == 1 and s.written
    line = [r for r in table(wb, "Nhật ký") if r["Nguồn"] == "Thông báo"][-1]
    assert (line["Nhiệm vụ"], line["Trường"], line["Giá trị cũ"], line["Giá trị mới"], line["Ghi chú"]) == (
        "N1", "Tệp nguồn", "N1.docx", "khác.docx", "cột của thông báo: sửa tay không được giữ")
    assert load_workbook(wb)["Thông báo"].cell(2, 7).value == "N1.docx"
    assert not refresh(wb, [sample()], today=TODAY).written


# ---------------------------------------------------------------- a damaged hidden sheet
def test_a_damaged_snapshot_names_the_backup_to_restore(wb):
    from tbkl_xl.errors import WorkbookError
    refresh(wb, [sample()], today=TODAY, due_soon=5)         # a write: a backup exists
    backup = sorted((wb.parent / "backup").glob("*.xlsx"))[-1]
    book = load_workbook(wb)
    book["_tbkl_snapshot"]["B3"] = "{hỏng"
    book.save(wb)
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY)
    assert str(e.value) == (f"trang ẩn '_tbkl_snapshot' bị hỏng ở nhiệm vụ 'T2'; khôi phục từ bản "
                            f"sao lưu mới nhất: {backup}")


# ---------------------------------------------------------------- rows that are not tasks
def test_a_totals_row_typed_below_the_tasks_stays_below_them_and_is_no_task(wb):
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    last = ws.max_row
    ws.cell(last + 2, 4).value = "Tổng"
    ws.cell(last + 2, 5).value = f"=COUNTA(E4:E{last})"
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)
    assert not [r for r in table(wb, "Tổng hợp") if (r["Mã NV"] or "").startswith("TC-")]
    ws = load_workbook(wb)["Tổng hợp"]
    assert (ws.cell(last + 2, 4).value, ws.cell(last + 2, 5).value) == ("Tổng", f"=COUNTA(E4:E{last})")
    view = read_tasks(wb, TODAY)
    assert not [t for t in view.tasks if t.manual] and len(view.tasks) == 4


def test_a_group_title_row_between_tasks_is_flagged_not_silently_a_task(wb):
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    h = header_row(ws)
    col = {c.value: c.column for c in ws[h]}
    ws.insert_rows(h + 2)
    ws.cell(h + 2, col[L.C_SECTION]).value = "II"
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)
    hand = [r for r in table(wb, "Tổng hợp") if (r["Mã NV"] or "").startswith("TC-")]
    assert len(hand) == 1 and hand[0][L.C_REVIEW] == (
        "dòng thêm tay không có nội dung nhiệm vụ (dòng tổng cộng, tiêu đề nhóm?): gõ nội dung "
        "nhiệm vụ, hoặc xóa dòng nếu không phải nhiệm vụ")
    view = read_tasks(wb, TODAY)
    assert next(t for t in view.tasks if t.manual).review == hand[0][L.C_REVIEW]


def test_a_formula_in_a_date_column_is_flagged_in_words_not_by_its_inner_form(wb):
    edit(wb, "Tổng hợp", "T3", L.C_DONE_DATE, "=TODAY()")
    edit(wb, "Tổng hợp", "T2", L.C_DEADLINE, "=J5+30")
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T3")[L.C_REVIEW] == (
        "Ngày hoàn thành là công thức: sổ không tính được ngày để theo dõi (gõ ngày dd/mm/yyyy)")
    assert row_of(wb, "Tổng hợp", "T2")[L.C_DEADLINE] == "=J5+30"
    line = [r for r in table(wb, "Nhật ký") if r["Trường"] == L.C_DEADLINE][-1]
    assert line["Giá trị mới"] == "=J5+30"                  # as typed on T2's row (5), not row-free
