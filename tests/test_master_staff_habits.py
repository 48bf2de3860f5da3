"""Issue 13: whatever staff do to the workbook, nothing they made is lost.  One test per case of
the issue, each on a copy of a master built from the sample notices."""
import json
import os
import shutil
import stat
import threading
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import log_notes as notes, cell_of as _cell
from master_factory import add_row, edit, header_row, notice, row_of, sample, table, task, STC, SXD
from tbkl_xl.errors import WorkbookError, WorkbookLockedError
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh, safety
from tbkl_xl.messages import master as MSG

TODAY = date(2026, 5, 9)


def _row_number(ws, tid):
    h = header_row(ws)
    heads = [c.value for c in ws[h]]
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, heads.index("Mã NV") + 1).value == tid:
            return r, heads
    raise AssertionError(tid)






# 1 ---------------------------------------------------------------- a title row, a renamed Mã NV header
def test_a_title_row_inserted_above_the_headers_is_kept_and_the_sheet_still_read(wb):
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    ws.insert_rows(1)
    ws["A1"] = "SỔ THEO DÕI CỦA PHÒNG TỔNG HỢP"
    book.save(wb)
    edit(wb, "Tổng hợp", "T2", L.C_NOTE, "gõ sau khi chèn dòng")
    s = refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    assert book.sheetnames.count("Tổng hợp") == 1 and "Tổng hợp1" not in book.sheetnames
    assert book["Tổng hợp"]["A1"].value == "SỔ THEO DÕI CỦA PHÒNG TỔNG HỢP"
    assert row_of(wb, "SXD", "T2")[L.C_NOTE] == "gõ sau khi chèn dòng" and s.edits_kept == 1


def test_a_renamed_ma_nv_header_on_an_agency_sheet_is_recognised(wb):
    edit(wb, "STC", "T1", L.C_STATUS, L.ST_DOING)
    book = load_workbook(wb)
    ws = book["STC"]
    for c in ws[header_row(ws)]:
        if c.value == "Mã NV":
            c.value = "Mã nhiệm vụ"
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T1")[L.C_STATUS] == L.ST_DOING
    assert [r["Mã NV"] for r in table(wb, "STC")] == ["T1"]                # header written back
    assert MSG.WARN_HEADER_RENAMED.format(sheet="STC", label="Mã nhiệm vụ", column="Mã NV") in notes(wb)


# 2 ---------------------------------------------------------------- comments, hyperlinks, fills
def test_comments_hyperlinks_and_fills_on_task_rows_survive_and_follow_the_task(wb):
    book = load_workbook(wb)
    ws = book["Tổng hợp"]
    r, heads = _row_number(ws, "T3")
    note = ws.cell(r, heads.index(L.C_NOTE) + 1)
    note.value = "xem văn bản"
    note.comment = Comment("Chị Hoa đang theo dõi", "Hoa")
    note.hyperlink = "https://vpubnd.langson.gov.vn/van-ban/123"
    for c in ws[r]:
        c.fill = PatternFill("solid", fgColor="FFFF00")
    book.save(wb)
    # a new task of an earlier notice moves T3's row down
    earlier = notice("N0", number="5/TB-UBND", issued=date(2026, 3, 2),
                     tasks=[task("T0", "1", [STC], "Việc của thông báo trước.", date(2026, 4, 1))])
    refresh(wb, [earlier, sample()], today=TODAY)
    c = _cell(wb, "Tổng hợp", "T3", L.C_NOTE)
    assert c.value == "xem văn bản"
    assert c.comment is not None and c.comment.text == "Chị Hoa đang theo dõi" and c.comment.author == "Hoa"
    assert c.hyperlink is not None and c.hyperlink.target == "https://vpubnd.langson.gov.vn/van-ban/123"
    assert _cell(wb, "Tổng hợp", "T3", L.C_TEXT).fill.fgColor.rgb[-6:] == "FFFF00"
    assert _cell(wb, "Tổng hợp", "T1", L.C_TEXT).fill.fill_type is None        # other rows untouched


# 3 ---------------------------------------------------------------- the office's own sheet
def test_the_offices_own_sheet_keeps_formulas_merges_formats_and_nothing_is_rewritten(wb):
    book = load_workbook(wb)
    ws = book.create_sheet("Thống kê của phòng")
    ws["A1"] = "THỐNG KÊ NHIỆM VỤ"
    ws.merge_cells("A1:D1")
    ws["A1"].fill = PatternFill("solid", fgColor="C00000")
    ws["A2"], ws["B2"] = "Quá hạn", "=COUNTIF('Tổng hợp'!I:I,\"Chưa thực hiện\")"
    ws["A3"], ws["B3"] = "Cộng", "=SUM(B2:B2)"
    ws.column_dimensions["A"].width = 30
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)            # first refresh after staff made the sheet
    stamp = wb.stat().st_mtime_ns
    backups = sorted((wb.parent / "backup").glob("*"))
    s = refresh(wb, [sample()], today=TODAY)
    assert not s.written and wb.stat().st_mtime_ns == stamp
    assert sorted((wb.parent / "backup").glob("*")) == backups          # no backup rotated
    edit(wb, "STC", "T1", L.C_NOTE, "ghi chú")         # a real change: the sheet is rewritten
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["Thống kê của phòng"]
    assert ws["B2"].value == "=COUNTIF('Tổng hợp'!I:I,\"Chưa thực hiện\")" and ws["B2"].data_type == "f"
    assert ws["B3"].value == "=SUM(B2:B2)"
    assert [str(m) for m in ws.merged_cells.ranges] == ["A1:D1"]
    assert ws["A1"].fill.fgColor.rgb[-6:] == "C00000" and ws.column_dimensions["A"].width == 30


# 4 ---------------------------------------------------------------- a copy of Tổng hợp
def test_a_copy_of_tong_hop_with_an_added_column_is_kept_and_said_once(wb):
    book = load_workbook(wb)
    copy = book.copy_worksheet(book["Tổng hợp"])
    copy.title = "Tổng hợp (2)"
    h = header_row(copy)
    copy.cell(h, copy.max_column + 1, "Đánh giá của phòng")
    copy.cell(h + 1, copy.max_column, "tốt")
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    assert "Tổng hợp (2)" in book.sheetnames
    ws = book["Tổng hợp (2)"]
    assert ws.cell(h + 1, ws.max_column).value == "tốt"
    assert ("Tổng hợp (2)", MSG.WARN_COPY_SHEET.format(sheet="Tổng hợp (2)")) in s.warnings
    s = refresh(wb, [sample()], today=TODAY)
    assert not any(w[1].startswith("trang 'Tổng hợp (2)'") for w in s.warnings) and not s.written


# 5 ---------------------------------------------------------------- two refreshes at once
def test_two_refreshes_at_the_same_time_both_land(wb):
    a = notice("NA", number="20/TB-UBND", issued=date(2026, 4, 20),
               tasks=[task("TA", "1", [STC], "Việc của thông báo A.", date(2026, 6, 1))])
    b = notice("NB", number="21/TB-UBND", issued=date(2026, 4, 21),
               tasks=[task("TB", "1", [SXD], "Việc của thông báo B.", date(2026, 6, 2))])
    results, errors = [], []

    def run(n):
        try:
            results.append(refresh(wb, [n], today=TODAY))
        except Exception as e:          # noqa: BLE001 - the test reports it
            errors.append(e)
    threads = [threading.Thread(target=run, args=(n,)) for n in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 2
    ids = [r["Mã NV"] for r in table(wb, "Tổng hợp")]
    assert "TA" in ids and "TB" in ids and ids.count("T1") == 1


def test_a_refresh_waits_for_another_then_names_it(wb):
    lock = safety.lock_path(wb)
    lock.write_text(json.dumps({"host": "MAY-CHI-LAN", "pid": 4242, "user": "lan",
                                "started": "09/05/2026 08:00:00", "token": "x"}), encoding="utf-8")
    with pytest.raises(WorkbookLockedError) as e:
        refresh(wb, [sample()], today=TODAY, wait=0.3)
    assert str(e.value) == MSG.BUSY.format(name="master.xlsx", host="MAY-CHI-LAN", user="lan",
                                           started="09/05/2026 08:00:00", lock=lock.name)
    # a lock its refresh left behind when it died (this machine, no such process) is taken over
    import socket
    lock.write_text(json.dumps({"host": socket.gethostname(), "pid": 2 ** 22 + 7, "user": "x",
                                "started": "?", "token": "y"}), encoding="utf-8")
    refresh(wb, [sample()], today=TODAY, wait=0.3)
    assert not lock.exists()


# 6 ---------------------------------------------------------------- a colleague saves meanwhile
def test_a_colleagues_save_during_a_refresh_is_merged_not_overwritten(wb, monkeypatch):
    import importlib
    R = importlib.import_module("tbkl_xl.master.refresh")
    real = R.write_book
    calls = []

    def write_and_colleague_saves(state, out):
        result = real(state, out)
        if not calls:
            calls.append(1)
            edit(wb, "SNV", "T3", L.C_NOTE, "đồng nghiệp vừa lưu")      # saved meanwhile
        return result
    monkeypatch.setattr(R, "write_book", write_and_colleague_saves)
    edit(wb, "STC", "T1", L.C_STATUS, L.ST_DOING)
    s = R.refresh(wb, [sample()], today=TODAY)
    assert s.rereads == 1
    assert row_of(wb, "Tổng hợp", "T3")[L.C_NOTE] == "đồng nghiệp vừa lưu"
    assert row_of(wb, "Tổng hợp", "T1")[L.C_STATUS] == L.ST_DOING


# 7 ---------------------------------------------------------------- text that begins with '='
@pytest.mark.parametrize("text", ["=> đã gửi báo cáo", "= 3 tỷ đồng", "=SUM(A1)"])
def test_text_beginning_with_equals_stays_text(wb, text):
    book = load_workbook(wb)
    ws = book["STC"]
    r, heads = _row_number(ws, "T1")
    c = ws.cell(r, heads.index(L.C_NOTE) + 1)
    c.value = text
    c.data_type = "s"                                   # typed with a quote: Excel stores text
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)
    refresh(wb, [sample()], today=TODAY)
    for sheet in ("STC", "Tổng hợp"):
        c = _cell(wb, sheet, "T1", L.C_NOTE)
        assert c.value == text and c.data_type == "s"


def test_a_formula_staff_type_stays_a_formula(wb):
    edit(wb, "STC", "T1", L.C_NOTE, "=1+1")              # openpyxl stores a formula
    refresh(wb, [sample()], today=TODAY)
    c = _cell(wb, "Tổng hợp", "T1", L.C_NOTE)
    assert c.value == "=1+1" and c.data_type == "f"


# 8 ---------------------------------------------------------------- ids cleared, copied, rows deleted
def test_a_cleared_id_is_the_task_its_row_shows(wb):
    edit(wb, "SXD", "T2", L.C_NOTE, "đang làm")
    edit(wb, "SXD", "T2", "Mã NV", None)
    s = refresh(wb, [sample()], today=TODAY)
    assert [r["Mã NV"] for r in table(wb, "SXD")] == ["T2"] and s.rows_added_by_hand == 0
    assert row_of(wb, "Tổng hợp", "T2")[L.C_NOTE] == "đang làm"
    assert MSG.NOTE_ID_RESTORED in notes(wb)


def test_a_copied_row_never_replaces_the_originals_note(wb):
    edit(wb, "STC", "T1", L.C_NOTE, "bản gốc")
    refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    ws = book["STC"]
    r, heads = _row_number(ws, "T1")
    for c in ws[r]:
        ws.cell(r + 1, c.column).value = c.value
    ws.cell(r + 1, heads.index(L.C_NOTE) + 1).value = "bản chép"
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T1")[L.C_NOTE] == "bản gốc"
    copies = [x for x in table(wb, "STC") if x[L.C_NOTE] == "bản chép"]
    assert len(copies) == 1 and copies[0]["Mã NV"].startswith("TC-")       # kept as a hand row
    assert MSG.NOTE_DUPLICATE_ID in notes(wb) and s.copied_rows == 1


def test_a_hand_row_deleted_everywhere_is_retired_and_does_not_come_back(wb):
    add_row(wb, "Tổng hợp", {L.C_TEXT: "Việc thêm tay", L.C_LEAD: "Sở Tài chính"})
    refresh(wb, [sample()], today=TODAY)
    hand = [r for r in table(wb, "Tổng hợp") if r[L.C_TEXT] == "Việc thêm tay"][0]["Mã NV"]
    for sheet in ("Tổng hợp", "STC"):
        book = load_workbook(wb)
        ws = book[sheet]
        r, _ = _row_number(ws, hand)
        ws.delete_rows(r)
        book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert s.rows_retired == 1 and MSG.NOTE_RETIRED in notes(wb)
    refresh(wb, [sample()], today=TODAY)
    assert hand not in [r["Mã NV"] for r in table(wb, "Tổng hợp")]


# 9 ---------------------------------------------------------------- headers renamed, trailing space
@pytest.mark.parametrize("header", ["Trạng thái ", "TRẠNG THÁI", "Tình trạng"])
def test_a_renamed_header_is_the_same_column_never_a_second_one(wb, header):
    book = load_workbook(wb)
    ws = book["STC"]
    h = header_row(ws)
    for c in ws[h]:
        if c.value == L.C_STATUS:
            c.value = header
    r, heads = _row_number(ws, "T1")
    ws.cell(r, heads.index(header) + 1).value = L.ST_DONE
    book.save(wb)
    refresh(wb, [sample()], today=TODAY)
    heads = [c.value for c in load_workbook(wb)["STC"][h]]
    assert heads.count(L.C_STATUS) == 1 and header.strip() not in heads[len(L.TASK_COLUMNS):]
    assert row_of(wb, "Tổng hợp", "T1")[L.C_STATUS] == L.ST_DONE


# 10 --------------------------------------------------------------- an agency sheet renamed
def test_a_renamed_agency_sheet_keeps_its_name_and_its_hand_rows_their_agency(wb):
    book = load_workbook(wb)
    book["STC"].title = "TC chị Lan"
    book.save(wb)
    edit(wb, "TC chị Lan", "T1", L.C_STATUS, L.ST_DOING)
    add_row(wb, "TC chị Lan", {L.C_TEXT: "Việc chị Lan thêm"})
    refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    assert "TC chị Lan" in book.sheetnames and "STC" not in book.sheetnames
    rows = table(wb, "TC chị Lan")
    assert [r[L.C_STATUS] for r in rows if r["Mã NV"] == "T1"] == [L.ST_DOING]
    hand = [r for r in rows if r[L.C_TEXT] == "Việc chị Lan thêm"]
    assert hand and hand[0][L.C_LEAD] == "Sở Tài chính"
    agencies = [r[L.A_NAME] for r in table(wb, "Cơ quan")]
    assert "TC chị Lan" not in agencies
    assert {r[L.A_NAME]: r[L.A_CODE] for r in table(wb, "Cơ quan")}["Sở Tài chính"] == "TC chị Lan"


# 11 --------------------------------------------------------------- hidden sheets lost, file damaged
def test_a_deleted_snapshot_is_rebuilt_from_the_sheets_without_bogus_edits(wb):
    edit(wb, "STC", "T1", L.C_NOTE, "giữ")
    refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    del book["_tbkl_snapshot"]
    book.save(wb)
    before = len(table(wb, "Nhật ký"))
    s = refresh(wb, [sample()], today=TODAY)
    book = load_workbook(wb)
    assert "_tbkl_snapshot" in book.sheetnames
    assert s.rows_added_by_hand == 0 and s.edits_kept == 0
    assert [r[L.C_ORIGIN] for r in table(wb, "Tổng hợp")] == [None] * 4
    assert row_of(wb, "STC", "T1")[L.C_NOTE] == "giữ"
    new = table(wb, "Nhật ký")[before:]
    assert [r["Ghi chú"] for r in new] == [MSG.WARN_SNAPSHOT_REBUILT.format(sheet="_tbkl_snapshot")]
    assert set(book.sheetnames) >= {"STC", "SXD", "SNV"} and not any(
        n.startswith("Thêm") for n in book.sheetnames)


def test_a_deleted_marker_sheet_is_rebuilt(wb):
    book = load_workbook(wb)
    del book["_tbkl"]
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert ("_tbkl", MSG.WARN_MARKER_REBUILT.format(sheet="_tbkl")) in s.warnings
    assert load_workbook(wb)["_tbkl"].sheet_state == "hidden"
    assert [r["Mã NV"] for r in table(wb, "STC")] == ["T1"]


def test_a_truncated_or_unreadable_workbook_names_the_cause_and_the_newest_backup(wb):
    refresh(wb, [sample()], today=TODAY, due_soon=3)            # makes a backup
    newest = safety.newest_backup(wb)
    data = wb.read_bytes()
    wb.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY)
    assert str(e.value) == (MSG.NOT_ZIP.format(path=wb) + MSG.RESTORE_HINT.format(backup=newest))
    wb.write_bytes(data)
    os.chmod(wb, 0)
    try:
        with pytest.raises(WorkbookError) as e:
            refresh(wb, [sample()], today=TODAY)
        assert str(e.value) == MSG.NO_PERMISSION.format(path=wb) + MSG.RESTORE_HINT.format(backup=newest)
    finally:
        os.chmod(wb, 0o644)


# 12 --------------------------------------------------------------- read-only file or folder, temp files
def test_a_read_only_workbook_is_refused_and_left_alone(wb):
    os.chmod(wb, 0o444)
    before = wb.read_bytes()
    try:
        with pytest.raises(WorkbookError) as e:
            refresh(wb, [sample()], today=TODAY, due_soon=3)
        assert str(e.value) == MSG.READ_ONLY_FILE.format(path=wb)
        assert wb.read_bytes() == before
    finally:
        os.chmod(wb, 0o644)


def test_a_read_only_folder_is_a_clear_error_not_a_traceback(wb):
    os.chmod(wb.parent, 0o555)
    try:
        with pytest.raises(WorkbookError) as e:
            refresh(wb, [sample()], today=TODAY, due_soon=3)
        assert str(e.value) == MSG.READ_ONLY_FOLDER.format(folder=wb.parent, cause="chỉ đọc")
    finally:
        os.chmod(wb.parent, 0o755)


def test_a_backup_folder_that_cannot_be_written_is_a_clear_error(wb, monkeypatch):
    def denied(*a, **k):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(shutil, "copy2", denied)
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY, due_soon=3)
    assert str(e.value).startswith(f"{wb.parent / 'backup'}: không ghi được vào thư mục này (")


def test_a_temp_file_left_by_a_killed_write_is_cleaned_by_the_next_refresh(wb):
    left = wb.parent / ".master.k1ll3d.tmp.xlsx"
    left.write_bytes(b"half a workbook")
    refresh(wb, [sample()], today=TODAY)
    assert not left.exists()


def test_mode_and_group_are_kept_across_refresh_and_backup(wb):
    os.chmod(wb, 0o664)
    refresh(wb, [sample()], today=TODAY, due_soon=3)
    assert stat.S_IMODE(wb.stat().st_mode) == 0o664
    assert stat.S_IMODE(safety.newest_backup(wb).stat().st_mode) == 0o664
    os.chmod(wb, 0o640)
    refresh(wb, [sample()], today=TODAY, due_soon=4)
    assert stat.S_IMODE(wb.stat().st_mode) == 0o640


def test_a_new_workbook_gets_the_usual_mode_not_the_temp_files(tmp_path):
    p = tmp_path / "new.xlsx"
    refresh(p, [sample()], today=TODAY)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(p.stat().st_mode) == 0o666 & ~umask


# 3b --------------------------------------------------------------- charts kept, what cannot be carried said
def test_a_chart_on_the_offices_own_sheet_survives_a_refresh(wb):
    from openpyxl.chart import BarChart, Reference
    book = load_workbook(wb)
    ws = book.create_sheet("Biểu đồ của phòng")
    for i, (k, v) in enumerate([("STC", 3), ("SXD", 1), ("SNV", 2)], 1):
        ws.cell(i, 1, k), ws.cell(i, 2, v)
    chart = BarChart()
    chart.title = "Nhiệm vụ quá hạn"
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=3))
    chart.set_categories(Reference(ws, min_col=1, min_row=1, max_row=3))
    ws.add_chart(chart, "D2")
    book.save(wb)
    edit(wb, "STC", "T1", L.C_NOTE, "x")
    refresh(wb, [sample()], today=TODAY)
    ws = load_workbook(wb)["Biểu đồ của phòng"]
    assert len(ws._charts) == 1 and ws._charts[0].title is not None


def test_content_the_write_cannot_carry_is_said_before_writing_and_logged(wb, tmp_path):
    """A text box (a shape) drawn on the office's own sheet: openpyxl cannot write it back."""
    import zipfile
    from tbkl_xl.master.workbook import uncarried_content
    import xlsxwriter
    other = tmp_path / "shape.xlsx"
    x = xlsxwriter.Workbook(str(other))
    x.add_worksheet("Ghi nhớ").insert_textbox("B2", "Họp giao ban thứ Hai")
    x.close()
    assert uncarried_content(other) == ["shapes"]
    # graft that drawing onto a master: the refresh says what it will not keep, and logs it
    book = load_workbook(wb)
    book.create_sheet("Ghi nhớ")
    book.save(wb)
    src, dst = zipfile.ZipFile(other), zipfile.ZipFile(wb)
    parts = {n: dst.read(n) for n in dst.namelist()}
    parts["xl/drawings/drawing99.xml"] = src.read("xl/drawings/drawing1.xml")
    src.close(), dst.close()
    with zipfile.ZipFile(wb, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    assert uncarried_content(wb) == ["shapes"]
    s = refresh(wb, [sample()], today=TODAY, due_soon=3)
    said = MSG.UNCARRIED.format(what=MSG.UNCARRIED_KINDS["shapes"])
    assert (str(wb), said) in s.warnings
    assert said in notes(wb)
