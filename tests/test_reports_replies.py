"""Per-agency files out and the departments' replies back (issue 9): the export → edit with
openpyxl as a department would → import round trip, bad reply files, idempotence."""
from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from master_factory import all_cells, edit, no_shipped_directory, row_of, sample, table  # noqa: F401
from tbkl_xl.cli import main
from tbkl_xl.master import exchange, layout as L, refresh
from tbkl_xl.messages import reports as M
from tbkl_xl.reports import export_agency_files, import_replies
from tbkl_xl.reports import agency_files as A
from tbkl_xl.reports import register as R

TODAY = date(2026, 6, 10)
STATUS, DONE, RESULT, NOTE = L.C_STATUS, L.C_DONE_DATE, L.C_RESULT, L.C_NOTE


@pytest.fixture
def book(tmp_path):
    p = tmp_path / "theo_doi.xlsx"
    refresh(p, [sample()], today=date(2026, 4, 20))
    return p


def files_by_agency(summary) -> dict:
    return {e.agency: e.file for e in summary.exports}


def reply(path, task_id, **cells):
    """Fill reply cells on the row of ``task_id`` the way a department does in Excel."""
    wb = load_workbook(path)
    ws = wb[M.EXPORT_SHEET]
    heads = {c.value: c.column for c in ws[A.HEADER_ROW]}
    for r in range(A.HEADER_ROW + 1, ws.max_row + 1):
        if ws.cell(r, heads[A.COL_HIDDEN_ID]).value == task_id:
            for k, v in cells.items():
                ws.cell(r, heads[k], v)
            break
    else:
        raise AssertionError(task_id)
    wb.save(path)


def log_rows(book) -> list:
    return table(book, L.LOG)


# ---------------------------------------------------------------- the file a department gets
def test_agency_file_layout(book, tmp_path):
    s = export_agency_files(book, tmp_path / "out", today=TODAY)
    files = files_by_agency(s)
    assert set(files) == {"Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "UBND xã Tràng Định",
                          "UBND phường Kỳ Lừa"}
    assert files["Sở Tài chính"].name == "Nhiệm vụ - Sở Tài chính - 2026-06-10.xlsx"
    wb = load_workbook(files["UBND xã Tràng Định"])
    assert wb.sheetnames == [M.EXPORT_SHEET, A.META_SHEET]
    assert wb[A.META_SHEET].sheet_state == "veryHidden"
    ws = wb[M.EXPORT_SHEET]
    assert ws["A1"].value == "DANH MỤC NHIỆM VỤ DO UBND TỈNH GIAO - UBND XÃ TRÀNG ĐỊNH"
    assert ws["A2"].value == "Nhiệm vụ theo dõi đến ngày 10/06/2026 (kèm theo tệp của Văn phòng UBND tỉnh)"
    heads = [c.value for c in ws[A.HEADER_ROW]]
    assert heads == ["STT", "Nội dung nhiệm vụ", "Văn bản giao", "Cơ quan phối hợp", "Thời hạn",
                     "Tình hình (đến 10/06/2026)", "Trạng thái", "Ngày hoàn thành", "Kết quả thực hiện",
                     "Ghi chú", "Mã NV", "Kiểm tra"]
    # the collective task reaches the commune; its text is exactly the master's
    row = [c.value for c in ws[A.HEADER_ROW + 1]]
    assert row[0] == 1 and row[1] == row_of(book, L.SUMMARY, "T4")[L.C_TEXT]
    assert row[2] == "12/TB-UBND ngày 10/04/2026" and row[4] == datetime(2026, 6, 30)
    assert row[5] == "Còn 20 ngày" and row[6] == L.ST_TODO and row[10] == "T4"
    # ids hidden, only the reply columns editable, status a dropdown, the date validated
    assert ws.column_dimensions["K"].hidden and ws.column_dimensions["L"].hidden
    assert ws.protection.sheet and not ws.protection.password
    r = A.HEADER_ROW + 1
    assert [ws.cell(r, c).protection.locked for c in range(1, 11)] == [True] * 6 + [False] * 4
    kinds = {dv.type: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert kinds == {"list": f"G{r}", "date": f"H{r}"}
    assert ws.print_title_rows == f"${A.HEADER_ROW}:${A.HEADER_ROW}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert "&P" in ws.oddFooter.center.text


def test_export_is_recorded_in_a_hidden_register_and_the_master_gets_an_identity(book, tmp_path):
    s = export_agency_files(book, tmp_path / "out", today=TODAY, agencies=["STC"])
    wb = load_workbook(book)
    assert wb[R.EXPORTS].sheet_state == "hidden"
    regs = exchange.read_registers(book)
    assert regs.master_id and len(regs.master_id) >= 32
    recs = R.read_exports(regs.sheets[R.EXPORTS])
    (rec,) = recs.values()
    assert rec.agency == "Sở Tài chính" and rec.file == s.exports[0].file.name
    assert set(rec.tasks) == {"T1"} and rec.shown("T1", STATUS) == L.ST_TODO
    # a refresh keeps the identity and the register
    refresh(book, [sample()], today=TODAY)
    assert exchange.read_registers(book).master_id == regs.master_id
    assert R.read_exports(exchange.read_registers(book).sheets[R.EXPORTS]).keys() == recs.keys()


def test_unknown_agency_is_a_clear_error(book, tmp_path):
    from tbkl_xl.errors import UsageError
    with pytest.raises(UsageError) as e:
        export_agency_files(book, tmp_path / "out", today=TODAY, agencies=["Sở Y tế"])
    assert str(e.value) == M.EXPORT_UNKNOWN_AGENCY.format(
        name="Sở Y tế", known="Sở Tài chính; Sở Xây dựng; Sở Nội vụ; UBND xã Tràng Định; UBND phường Kỳ Lừa")


def test_agency_named_by_alias_abbreviation_typo_or_without_accents(book, tmp_path, capsys):
    """--agency reads a name as the master reads a typed one: an abbreviation, a name typed
    without accents or with a slip of a tone mark finds the agency; a name that is near one
    is answered with that name."""
    out = tmp_path / "out"
    for typed, agency in (("STC", "Sở Tài chính"), ("so xay dung", "Sở Xây dựng"),
                          ("Sở Nội vũ", "Sở Nội vụ"), ("sxd", "Sở Xây dựng")):
        s = export_agency_files(book, out, today=TODAY, agencies=[typed])
        assert [e.agency for e in s.exports] == [agency], typed
    code = main(["export", str(book), "--out", str(out), "--today", "2026-06-10",
                 "--agency", "UBND xa Trang Dinh", "Sở Tài chính"])
    assert code == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        M.OUT_FILE.format(path=out / "Nhiệm vụ - UBND xã Tràng Định - 2026-06-10.xlsx"),
        M.OUT_FILE.format(path=out / "Nhiệm vụ - Sở Tài chính - 2026-06-10.xlsx")]
    code = main(["export", str(book), "--out", str(out), "--agency", "UBND phuong Ky Luaa"])
    known = "Sở Tài chính; Sở Xây dựng; Sở Nội vụ; UBND xã Tràng Định; UBND phường Kỳ Lừa"
    assert code == 2
    assert capsys.readouterr().err.splitlines()[-1] == "tbkl-xl: lỗi: " + M.EXPORT_UNKNOWN_AGENCY_GUESS.format(
        name="UBND phuong Ky Luaa", guess="UBND phường Kỳ Lừa", known=known)


def test_long_agency_names_keep_the_day_and_what_tells_them_apart(book, tmp_path, capsys):
    """Two bodies whose long names differ only at the end (a clerk typed them as the lead):
    their files keep the export day and both ends of the name, never two names cut to the same
    beginning; characters Windows forbids become '-'."""
    long1 = ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp "
             "tỉnh Lạng Sơn số 1")
    edit(book, L.SUMMARY, "T1", L.C_LEAD, long1)
    edit(book, L.SUMMARY, "T2", L.C_LEAD, long1[:-1] + "2")
    edit(book, L.SUMMARY, "T3", L.C_LEAD, 'Tổ công tác <đặc biệt>: "Đề án 06"')
    refresh(book, [sample()], today=TODAY)
    out = tmp_path / "out"
    s = export_agency_files(book, out, today=TODAY)
    names = sorted(p.name for p in out.iterdir())
    assert "Nhiệm vụ - Ban Quản lý dự án đầu tư xây … và công nghiệp tỉnh Lạng Sơn số 1 - 2026-06-10.xlsx" in names
    assert "Nhiệm vụ - Ban Quản lý dự án đầu tư xây … và công nghiệp tỉnh Lạng Sơn số 2 - 2026-06-10.xlsx" in names
    assert "Nhiệm vụ - Tổ công tác -đặc biệt-- -Đề án 06- - 2026-06-10.xlsx" in names
    assert all(len(Path(f).stem) <= 90 for f in s.files)
    code = main(["remind", str(book), "--out", str(tmp_path / "dd"), "--today", "2026-12-31"])
    assert code == 0
    assert "Đôn đốc - Ban Quản lý dự án đầu tư xây … và công nghiệp tỉnh Lạng Sơn số 2 - 2026-12-31.docx" in {
        p.name for p in (tmp_path / "dd").iterdir()}


# ---------------------------------------------------------------- the round trip
def test_round_trip_normal_reply_conflict_tampered_row_and_text_date(book, tmp_path):
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    # after the export the clerk writes a note on T2 in the master
    edit(book, "SXD", "T2", NOTE, "Đã nhắc qua điện thoại")
    # departments fill their files
    reply(files["Sở Tài chính"], "T1", **{STATUS: "Đã hoàn thành", DONE: "05/6/2026",
                                          RESULT: "Đã trình UBND tỉnh (Tờ trình 45/TTr-STC)"})
    reply(files["Sở Xây dựng"], "T2", **{STATUS: "Đang thực hiện", NOTE: "Đang chờ ý kiến của Bộ"})
    reply(files["Sở Nội vụ"], "T3", **{STATUS: "Đã hoàn thành",
                                       "Nội dung nhiệm vụ": "Tham mưu sắp xếp bộ máy (đã xong)."})
    reply(files["UBND phường Kỳ Lừa"], "T4", **{DONE: "5-6-2026", STATUS: "đã hoàn thành"})

    s = import_replies(book, [tmp_path / "out"], today=TODAY,
                       when=datetime(2026, 6, 10, 9, 30))
    t1, t2, t3, t4 = (row_of(book, L.SUMMARY, t) for t in ("T1", "T2", "T3", "T4"))
    assert (t1[STATUS], t1[DONE], t1[RESULT]) == (L.ST_DONE, datetime(2026, 6, 5),
                                                   "Đã trình UBND tỉnh (Tờ trình 45/TTr-STC)")
    assert row_of(book, "STC", "T1")[DONE] == datetime(2026, 6, 5)
    assert (t2[STATUS], t2[NOTE]) == (L.ST_DOING, "Đã nhắc qua điện thoại")     # master's note kept
    assert t3[STATUS] == L.ST_TODO                                              # tampered: not merged
    assert (t4[STATUS], t4[DONE]) == (L.ST_DONE, datetime(2026, 6, 5))          # text date day-first
    assert s.tasks_updated == 3 and len(s.merge.changed) == 6
    assert [(e.task_id, e.column, cur) for e, cur in s.merge.conflicts] == [
        ("T2", NOTE, "Đã nhắc qua điện thoại")]
    assert [(r.task_id, r.reason) for r in s.rejected] == [
        ("T3", M.ROW_TAMPERED.format(cols="'Nội dung nhiệm vụ'"))]

    log = [r for r in log_rows(book) if r[L.L_WHEN] == datetime(2026, 6, 10, 9, 30)
           and r[L.L_NOTE] != "sửa của cán bộ"]      # the clerk's own edit is harvested as a refresh would
    stc = files["Sở Tài chính"].name
    assert [(r[L.L_TASK], r[L.L_FIELD], r[L.L_OLD], r[L.L_NEW], r[L.L_SOURCE], r[L.L_NOTE]) for r in log] == [
        ("T1", STATUS, L.ST_TODO, L.ST_DONE, stc, M.LOG_REPLY),
        ("T1", DONE, None, datetime(2026, 6, 5), stc, M.LOG_REPLY),
        ("T1", RESULT, None, "Đã trình UBND tỉnh (Tờ trình 45/TTr-STC)", stc, M.LOG_REPLY),
        ("T2", STATUS, L.ST_TODO, L.ST_DOING, files["Sở Xây dựng"].name, M.LOG_REPLY),
        ("T2", NOTE, "Đã nhắc qua điện thoại", "Đang chờ ý kiến của Bộ", files["Sở Xây dựng"].name,
         M.LOG_REPLY_CONFLICT),
        ("T4", STATUS, L.ST_TODO, L.ST_DONE, files["UBND phường Kỳ Lừa"].name, M.LOG_REPLY),
        ("T4", DONE, None, datetime(2026, 6, 5), files["UBND phường Kỳ Lừa"].name, M.LOG_REPLY),
    ]
    lines = s.lines()
    assert M.SUM_ROWS.format(tasks=3, cells=6, same=s.merge.unchanged) in lines
    assert M.SUM_CONFLICT.format(id="T2", file=files["Sở Xây dựng"].name, col=NOTE,
                                 master="Đã nhắc qua điện thoại", reply="Đang chờ ý kiến của Bộ",
                                 shown="") in lines
    assert M.SUM_REJECT_ROW.format(file=files["Sở Nội vụ"].name, row=A.HEADER_ROW + 1, id="T3",
                                   reason=M.ROW_TAMPERED.format(cols="'Nội dung nhiệm vụ'")) in lines

    # the same files again: nothing changes, the file is not even rewritten
    before, mtime = all_cells(book), os.stat(book).st_mtime_ns
    again = import_replies(book, [tmp_path / "out"], today=TODAY)
    assert not again.merge.written and not again.merge.changed
    assert len(again.merge.conflicts) == 1
    assert all_cells(book) == before and os.stat(book).st_mtime_ns == mtime
    assert M.SUM_NOTHING in again.lines()
    # the merged values survive a refresh
    refresh(book, [sample()], today=TODAY)
    assert row_of(book, "STC", "T1")[STATUS] == L.ST_DONE


def test_unreadable_date_and_unknown_status_reject_the_row(book, tmp_path):
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    reply(files["Sở Tài chính"], "T1", **{STATUS: "Đã hoàn thành", DONE: "đầu tháng 6"})
    reply(files["Sở Xây dựng"], "T2", **{STATUS: "Xong rồi"})
    s = import_replies(book, [files["Sở Tài chính"], files["Sở Xây dựng"]], today=TODAY)
    assert [(r.task_id, r.reason) for r in s.rejected] == [
        ("T1", M.ROW_BAD_DATE.format(text="đầu tháng 6")),
        ("T2", M.ROW_BAD_STATUS.format(text="Xong rồi", allowed=", ".join(L.STATUSES)))]
    assert row_of(book, L.SUMMARY, "T1")[STATUS] == L.ST_TODO
    assert not s.merge.written


@pytest.mark.parametrize("typed, day", [
    ("ngày 5/6/2026", date(2026, 6, 5)),
    ("ngày 05 tháng 6 năm 2026", date(2026, 6, 5)),
    ("5 tháng 6 năm 2026", date(2026, 6, 5)),
    ("5/6", date(2026, 6, 5)),                      # the year of the export
    ("05/06/2026.", date(2026, 6, 5)),
    ("5/6/2026 10:30", date(2026, 6, 5)),
    ("2026/06/05", date(2026, 6, 5)),
    ("2026-06-05 00:00:00", date(2026, 6, 5)),
])
def test_completion_dates_typed_the_ways_departments_type_them(book, tmp_path, typed, day):
    """A department types the date as people write it in Vietnamese letters: the row is
    merged with that day, as the master itself reads a typed date, not refused."""
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    reply(files["Sở Tài chính"], "T1", **{STATUS: "Đã hoàn thành", DONE: typed})
    s = import_replies(book, [files["Sở Tài chính"]], today=TODAY)
    assert s.rejected == []
    assert row_of(book, L.SUMMARY, "T1")[DONE] == datetime.combine(day, datetime.min.time())


def test_a_day_and_month_without_year_takes_the_year_nearest_the_export():
    from tbkl_xl.reports.replies import read_date
    assert read_date("28/12", date(2027, 1, 4)) == (date(2026, 12, 28), True)
    assert read_date("3/1", date(2027, 1, 4)) == (date(2027, 1, 3), True)
    assert read_date("31/6/2026", date(2026, 6, 10)) == (None, False)
    assert read_date("đầu tháng 6", date(2026, 6, 10)) == (None, False)


def test_a_folder_with_files_saved_as_xls_or_ods_names_them_not_skips_them(book, tmp_path, capsys):
    """A department saved its reply as .xls (or LibreOffice .ods) and the clerk dropped it in
    the replies folder with the others: it is named with what to do, never skipped in silence;
    unrelated documents in the folder are left alone."""
    import shutil
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    box = tmp_path / "Phản hồi tuần 24"
    box.mkdir()
    shutil.copy(files["Sở Tài chính"], box / "STC.xlsx")
    reply(box / "STC.xlsx", "T1", **{STATUS: L.ST_DOING})
    (box / "Sở Xây dựng trả lời.xls").write_bytes(b"\xd0\xcf\x11\xe0 an Excel 97 file")
    (box / "Sở Nội vụ.ods").write_bytes(b"PK an OpenDocument file")
    (box / "Công văn kèm theo.docx").write_bytes(b"PK")
    (box / "ghi chú.txt").write_text("gọi lại Sở Nội vụ", encoding="utf-8")
    code = main(["import-replies", str(book), str(box), "--today", "2026-06-10"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert M.SUM_FILES.format(n=3, bad=2) in out
    assert M.SUM_REJECT_FILE.format(file="Sở Nội vụ.ods", reason=M.R_OTHER_FORMAT.format(ext=".ods")) in out
    assert M.SUM_REJECT_FILE.format(file="Sở Xây dựng trả lời.xls",
                                    reason=M.R_OTHER_FORMAT.format(ext=".xls")) in out
    assert not any("docx" in line or "ghi chú" in line for line in out)
    assert row_of(book, L.SUMMARY, "T1")[STATUS] == L.ST_DOING


def test_rows_inserted_or_deleted_above_the_table_harm_nothing(book, tmp_path):
    """A department puts its letterhead above the table (rows inserted) or deletes the title
    rows: the table is found where it now is and the reply merged; a column really moved is
    still refused, its header quoted short."""
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    reply(files["Sở Tài chính"], "T1", **{STATUS: L.ST_DOING, NOTE: "Đã gửi Sở Xây dựng"})
    wb = load_workbook(files["Sở Tài chính"])
    ws = wb[M.EXPORT_SHEET]
    ws.insert_rows(1, 3)
    ws["A1"] = "SỞ TÀI CHÍNH"
    ws["A2"] = "Kính gửi: Văn phòng UBND tỉnh"
    wb.save(files["Sở Tài chính"])
    reply(files["Sở Xây dựng"], "T2", **{STATUS: L.ST_DONE})
    wb = load_workbook(files["Sở Xây dựng"])
    ws = wb[M.EXPORT_SHEET]
    for m in list(ws.merged_cells.ranges):            # as Excel deletes rows: their merges go too
        ws.unmerge_cells(str(m))
    ws.delete_rows(1, 3)
    wb.save(files["Sở Xây dựng"])
    wb = load_workbook(files["Sở Nội vụ"])
    ws = wb[M.EXPORT_SHEET]
    ws.move_range(f"A1:A{ws.max_row}", cols=12)        # STT moved to the right of the table
    wb.save(files["Sở Nội vụ"])
    s = import_replies(book, [files["Sở Tài chính"], files["Sở Xây dựng"], files["Sở Nội vụ"]], today=TODAY)
    assert (row_of(book, L.SUMMARY, "T1")[STATUS], row_of(book, L.SUMMARY, "T1")[NOTE]) == (
        L.ST_DOING, "Đã gửi Sở Xây dựng")
    assert row_of(book, L.SUMMARY, "T2")[STATUS] == L.ST_DONE
    assert [(r.file, r.reason) for r in s.rejected] == [
        (files["Sở Nội vụ"].name, M.R_COLUMNS.format(col="A", want="STT", got=""))]


def test_a_completion_date_after_the_import_day_rejects_the_row(book, tmp_path):
    """A year typed wrong (5/6/2027) or a planned day written as the completion date: the
    task would count as done; the row is refused with the date and what to do."""
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    reply(files["Sở Tài chính"], "T1", **{STATUS: L.ST_DONE, DONE: "5/6/2027"})
    reply(files["Sở Xây dựng"], "T2", **{STATUS: L.ST_DOING, DONE: date(2026, 6, 30)})
    s = import_replies(book, [files["Sở Tài chính"], files["Sở Xây dựng"]], today=date(2026, 6, 12))
    assert [(r.task_id, r.reason) for r in s.rejected] == [
        ("T1", M.ROW_FUTURE_DATE.format(text="05/06/2027", today="12/06/2026")),
        ("T2", M.ROW_FUTURE_DATE.format(text="30/06/2026", today="12/06/2026"))]
    assert row_of(book, L.SUMMARY, "T1")[STATUS] == L.ST_TODO and not s.merge.written


def test_a_row_copied_in_the_file_with_different_replies_is_not_half_merged(book, tmp_path):
    """A department copies a task's row to report two parts of it: one row says 'Đang thực
    hiện', the copy 'Đã hoàn thành' with a date.  Neither is merged (the master would get
    'Đang thực hiện' with a completion date, counted as done) and no false conflict is told;
    a copy with the same reply is taken once."""
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    f = files["Sở Tài chính"]
    wb = load_workbook(f)
    ws = wb[M.EXPORT_SHEET]
    heads = {c.value: c.column for c in ws[A.HEADER_ROW]}
    row = next(r for r in range(A.HEADER_ROW + 1, ws.max_row + 1)
               if ws.cell(r, heads[A.COL_HIDDEN_ID]).value == "T1")
    copy = ws.max_row + 1
    for c in range(1, ws.max_column + 1):
        ws.cell(copy, c).value = ws.cell(row, c).value
    ws.cell(row, heads[STATUS]).value = L.ST_DOING
    ws.cell(row, heads[RESULT]).value = "Phần 1: đã khảo sát"
    ws.cell(copy, heads[STATUS]).value = L.ST_DONE
    ws.cell(copy, heads[DONE]).value = "01/06/2026"
    wb.save(f)
    s = import_replies(book, [f], today=TODAY)
    reason = M.ROW_DUPLICATE.format(rows=f"{row}, {copy}")
    assert [(r.row, r.task_id, r.reason) for r in s.rejected] == [(row, "T1", reason), (copy, "T1", reason)]
    assert s.merge.conflicts == [] and not s.merge.written
    t1 = row_of(book, L.SUMMARY, "T1")
    assert (t1[STATUS], t1[DONE], t1[RESULT]) == (L.ST_TODO, None, None)
    # the department deletes the difference: the same reply twice is merged once
    wb = load_workbook(f)
    ws = wb[M.EXPORT_SHEET]
    for c in (STATUS, DONE, RESULT):
        ws.cell(row, heads[c]).value = ws.cell(copy, heads[c]).value
    wb.save(f)
    s = import_replies(book, [f], today=TODAY)
    assert s.rejected == [] and s.merge.conflicts == []
    t1 = row_of(book, L.SUMMARY, "T1")
    assert (t1[STATUS], t1[DONE]) == (L.ST_DONE, datetime(2026, 6, 1))


def test_status_and_completion_date_of_a_row_are_merged_together_or_not_at_all(book, tmp_path):
    """The clerk set the status after the export and the department's file says 'Đã hoàn
    thành' on 09/06: the status conflicts, so the date is held back with it and logged, never
    leaving 'Đang thực hiện' with a completion date (which counts as done)."""
    f = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))["Sở Tài chính"]
    edit(book, "STC", "T1", STATUS, L.ST_DOING)
    reply(f, "T1", **{STATUS: L.ST_DONE, DONE: "09/06/2026", RESULT: "Đã trình UBND tỉnh"})
    s = import_replies(book, [f], today=TODAY, when=datetime(2026, 6, 10, 15, 0))
    t1 = row_of(book, L.SUMMARY, "T1")
    assert (t1[STATUS], t1[DONE], t1[RESULT]) == (L.ST_DOING, None, "Đã trình UBND tỉnh")
    assert [(e.column, cur) for e, cur in s.merge.conflicts] == [(STATUS, L.ST_DOING), (DONE, None)]
    log = [(r[L.L_FIELD], r[L.L_OLD], r[L.L_NEW], r[L.L_NOTE]) for r in log_rows(book)
           if r[L.L_WHEN] == datetime(2026, 6, 10, 15, 0) and r[L.L_SOURCE] == f.name]
    assert log == [(STATUS, L.ST_DOING, L.ST_DONE, M.LOG_REPLY_CONFLICT),
                   (DONE, None, datetime(2026, 6, 9), M.LOG_REPLY_HELD),
                   (RESULT, None, "Đã trình UBND tỉnh", M.LOG_REPLY)]


def test_a_department_sending_its_file_again_corrected_is_merged_not_a_conflict(book, tmp_path, capsys):
    """Sở Tài chính sends 'Đang thực hiện', then the next day the same file corrected: 'Đã
    hoàn thành' on 09/06.  The master's value came from its own first reply, so the second is
    taken (no conflict with itself); importing the first file again afterwards changes
    nothing; a change the clerk makes afterwards is still protected."""
    import shutil
    f = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))["Sở Tài chính"]
    v1, v2 = tmp_path / "tra_loi.xlsx", tmp_path / "tra_loi_bo_sung.xlsx"
    shutil.copy(f, v1)
    reply(v1, "T1", **{STATUS: L.ST_DOING, NOTE: "Đang lấy ý kiến"})
    assert import_replies(book, [v1], today=TODAY).merge.conflicts == []
    shutil.copy(v1, v2)
    reply(v2, "T1", **{STATUS: L.ST_DONE, DONE: "09/06/2026", NOTE: "Đã trình"})
    s = import_replies(book, [v2], today=TODAY)
    assert s.merge.conflicts == [] and s.rejected == []
    t1 = row_of(book, L.SUMMARY, "T1")
    assert (t1[STATUS], t1[DONE], t1[NOTE]) == (L.ST_DONE, datetime(2026, 6, 9), "Đã trình")
    # both files left in the replies folder and imported again: nothing changes
    before, mtime = all_cells(book), os.stat(book).st_mtime_ns
    assert main(["import-replies", str(book), str(v1), str(v2), "--today", "2026-06-10"]) == 0
    assert M.SUM_NOTHING in capsys.readouterr().out.splitlines()
    assert all_cells(book) == before and os.stat(book).st_mtime_ns == mtime
    # the clerk changes the note; a third file from the department does not overwrite it
    edit(book, "STC", "T1", NOTE, "VP đã kiểm tra")
    v3 = tmp_path / "tra_loi_3.xlsx"
    shutil.copy(v2, v3)
    reply(v3, "T1", **{NOTE: "Đã trình lần 2"})
    s = import_replies(book, [v3], today=TODAY)
    assert [(e.column, cur) for e, cur in s.merge.conflicts] == [(NOTE, "VP đã kiểm tra")]
    assert row_of(book, L.SUMMARY, "T1")[NOTE] == "VP đã kiểm tra"


def test_two_communes_replying_on_one_collective_task_conflict(book, tmp_path):
    files = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))
    reply(files["UBND phường Kỳ Lừa"], "T4", **{STATUS: L.ST_DONE, DONE: date(2026, 6, 1)})
    reply(files["UBND xã Tràng Định"], "T4", **{STATUS: L.ST_DOING})
    s = import_replies(book, [files["UBND phường Kỳ Lừa"], files["UBND xã Tràng Định"]], today=TODAY)
    assert row_of(book, L.SUMMARY, "T4")[STATUS] == L.ST_DONE
    assert [(e.task_id, e.column, e.returned, cur) for e, cur in s.merge.conflicts] == [
        ("T4", STATUS, L.ST_DOING, L.ST_DONE)]


# ---------------------------------------------------------------- bad reply files
def _refused(book, path, reason, capsys):
    before, mtime = all_cells(book), os.stat(book).st_mtime_ns
    code = main(["import-replies", str(book), str(path), "--today", "2026-06-10"])
    out = capsys.readouterr().out
    assert code == 1
    assert M.SUM_REJECT_FILE.format(file=Path(path).name, reason=reason) in out.splitlines()
    assert all_cells(book) == before and os.stat(book).st_mtime_ns == mtime


def test_not_a_workbook(book, tmp_path, capsys):
    p = tmp_path / "phan_hoi.xlsx"
    p.write_text("Sở Tài chính đã hoàn thành", encoding="utf-8")
    _refused(book, p, M.R_NOT_XLSX, capsys)


def test_a_workbook_from_elsewhere(book, tmp_path, capsys):
    p = tmp_path / "bang_tu_lam.xlsx"
    wb = Workbook()
    wb.active.append(["STT", "Nội dung nhiệm vụ", "Trạng thái"])
    wb.save(p)
    _refused(book, p, M.R_NOT_OURS, capsys)


def test_a_file_of_another_master(book, tmp_path, capsys):
    other = tmp_path / "khac" / "theo_doi.xlsx"
    other.parent.mkdir()
    refresh(other, [sample()], today=date(2026, 4, 20))
    f = files_by_agency(export_agency_files(other, tmp_path / "khac_out", today=TODAY))["Sở Tài chính"]
    reply(f, "T1", **{STATUS: L.ST_DONE})
    ours = exchange.read_registers(book).master_id
    export_agency_files(book, tmp_path / "out", today=TODAY)        # gives ours its identity
    ours = exchange.read_registers(book).master_id
    theirs = exchange.read_registers(other).master_id
    _refused(book, f, M.R_OTHER_MASTER.format(theirs=theirs[:8], ours=ours[:8]), capsys)


@pytest.mark.parametrize("damage, reason", [
    ("moved", M.R_COLUMNS.format(col="I", want="Kết quả thực hiện", got="Ghi chú")),
    ("merged", M.R_MERGED.format(cells="I6:J6")),
    ("renamed", M.R_NO_SHEET.format(sheet="Nhiệm vụ", have="'Sở TC'")),
    ("inserted", M.R_COLUMNS.format(col="C", want="Văn bản giao", got="Ý kiến")),
])
def test_a_damaged_reply_changes_nothing(book, tmp_path, capsys, damage, reason):
    f = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))["Sở Tài chính"]
    reply(f, "T1", **{STATUS: L.ST_DONE, RESULT: "Đã xong"})
    wb = load_workbook(f)
    ws = wb[M.EXPORT_SHEET]
    ws.protection.sheet = False
    if damage == "moved":                       # Kết quả and Ghi chú swapped
        for r in range(A.HEADER_ROW, ws.max_row + 1):
            a, b = ws.cell(r, 9).value, ws.cell(r, 10).value
            ws.cell(r, 9).value, ws.cell(r, 10).value = b, a
    elif damage == "merged":
        ws.merge_cells("I6:J6")
    elif damage == "renamed":
        ws.title = "Sở TC"
    elif damage == "inserted":
        ws.insert_cols(3)
        ws.cell(A.HEADER_ROW, 3).value = "Ý kiến"
    wb.save(f)
    _refused(book, f, reason, capsys)


def test_a_reply_on_last_weeks_file_is_still_merged_with_a_note(book, tmp_path, capsys):
    """The department kept working on the file of 03/06 after the clerk exported again on 10/06:
    what it changed and the master did not is merged, and the summary says the file is older."""
    old = files_by_agency(export_agency_files(book, tmp_path / "w1", today=date(2026, 6, 3)))["Sở Tài chính"]
    export_agency_files(book, tmp_path / "w2", today=TODAY, agencies=["Sở Tài chính"])
    reply(old, "T1", **{STATUS: L.ST_DONE, DONE: date(2026, 6, 2)})
    assert main(["import-replies", str(book), str(old), "--today", "2026-06-10"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert M.SUM_OLDER.format(file=old.name, note=M.R_OLDER.format(
        day="03/06/2026", newer="10/06/2026", agency="Sở Tài chính")) in out
    assert row_of(book, "Tổng hợp", "T1")[STATUS] == L.ST_DONE


def test_an_older_file_does_not_undo_what_the_master_took_since(book, tmp_path):
    """The newer file's reply was merged; the older file still says something else: the
    master keeps the newer value, the older one is a conflict."""
    old = files_by_agency(export_agency_files(book, tmp_path / "w1", today=date(2026, 6, 3)))["Sở Tài chính"]
    new = files_by_agency(export_agency_files(book, tmp_path / "w2", today=TODAY,
                                              agencies=["Sở Tài chính"]))["Sở Tài chính"]
    reply(new, "T1", **{STATUS: L.ST_DONE, DONE: date(2026, 6, 9)})
    import_replies(book, [new], today=TODAY)
    reply(old, "T1", **{STATUS: L.ST_DOING})
    s = import_replies(book, [old], today=TODAY)
    assert [(e.task_id, e.column) for e, _cur in s.merge.conflicts][:1] == [("T1", STATUS)]
    assert row_of(book, "Tổng hợp", "T1")[STATUS] == L.ST_DONE


def test_a_file_older_than_the_kept_exports_is_refused(book, tmp_path, capsys):
    days = [date(2026, 5, 13), date(2026, 5, 20), date(2026, 5, 27), date(2026, 6, 3), TODAY]
    files = [files_by_agency(export_agency_files(book, tmp_path / f"w{k}", today=d, agencies=["Sở Tài chính"]))
             ["Sở Tài chính"] for k, d in enumerate(days)]
    assert R.KEEP_SUPERSEDED == 3
    reply(files[0], "T1", **{STATUS: L.ST_DONE})
    _refused(book, files[0], M.R_SUPERSEDED.format(day="13/05/2026", newer="20/05/2026", agency="Sở Tài chính"),
             capsys)
    reply(files[1], "T1", **{STATUS: L.ST_DOING})         # one of the three kept: merged
    assert import_replies(book, [files[1]], today=TODAY).rejected == []


def test_import_cli_summary_and_exit_code(book, tmp_path, capsys):
    f = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))["Sở Tài chính"]
    reply(f, "T1", **{STATUS: L.ST_DOING})
    assert main(["import-replies", str(book), str(f), "--today", "10/06/2026"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [M.OUT_WORKBOOK.format(path=book), M.SUM_FILES.format(n=1, bad=0),
                       M.SUM_ROWS.format(tasks=1, cells=1, same=3)]
    assert out[3].startswith("Bản sao lưu: ")


def test_an_output_file_open_in_excel_is_named_and_nothing_is_recorded(book, tmp_path, capsys, monkeypatch):
    """Re-exporting while this morning's file is open in Excel (Windows refuses to open it
    for writing): the clerk is told which file and what to do, no traceback, and the master
    does not record an export whose file was never written (the department's file stays
    valid).  The same for the report and the letters."""
    import builtins
    out = tmp_path / "out"
    first = files_by_agency(export_agency_files(book, out, today=TODAY))
    busy = first["Sở Xây dựng"]
    real_open = builtins.open

    def excel_holds(file, mode="r", *a, **k):
        if Path(str(file)) == busy and any(c in mode for c in "wa"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *a, **k)
    monkeypatch.setattr(builtins, "open", excel_holds)
    before, mtime = all_cells(book), os.stat(book).st_mtime_ns
    assert main(["export", str(book), "--out", str(out), "--today", "2026-06-10"]) == 2
    assert capsys.readouterr().err.splitlines() == ["tbkl-xl: lỗi: " + M.OUT_FILE_BUSY.format(
        path=busy, error="Permission denied", note=M.OUT_BUSY_NOTHING_WRITTEN)]
    assert all_cells(book) == before and os.stat(book).st_mtime_ns == mtime
    monkeypatch.setattr(builtins, "open", real_open)
    reply(busy, "T2", **{STATUS: L.ST_DOING})
    assert import_replies(book, [busy], today=TODAY).rejected == []
    # a folder where the report or a letter would go
    (tmp_path / "bc" / "Báo cáo tuần 2026-W24 - 2026-06-10.docx").mkdir(parents=True)
    assert main(["report", str(book), "--out", str(tmp_path / "bc"), "--today", "2026-06-10"]) == 2
    err = capsys.readouterr().err
    assert "Báo cáo tuần 2026-W24 - 2026-06-10.docx" in err and "Traceback" not in err
    (tmp_path / "dd" / "Đôn đốc - Sở Tài chính - 2026-06-10.docx").mkdir(parents=True)
    assert main(["remind", str(book), "--out", str(tmp_path / "dd"), "--today", "2026-06-10"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tbkl-xl: lỗi: không ghi được tệp ") and "Traceback" not in err


def test_two_exports_of_one_day_are_told_apart_by_the_time(book, tmp_path, capsys):
    """The clerk exported at 9:05 and again at 10:40 the same day: the note on the 9:05 file
    says both times, not "the file of 10/06/2026 has a newer file of 10/06/2026"."""
    old = files_by_agency(export_agency_files(book, tmp_path / "w1", today=TODAY,
                                              when=datetime(2026, 6, 10, 9, 5)))["Sở Tài chính"]
    export_agency_files(book, tmp_path / "w2", today=TODAY, agencies=["STC"], when=datetime(2026, 6, 10, 10, 40))
    reply(old, "T1", **{STATUS: L.ST_DONE})
    assert main(["import-replies", str(book), str(old), "--today", "2026-06-10"]) == 0
    assert M.SUM_OLDER.format(file=old.name, note=M.R_OLDER.format(
        day="10/06/2026 lúc 09:05", newer="10/06/2026 lúc 10:40", agency="Sở Tài chính")) in capsys.readouterr().out


def test_export_reply_by_in_the_past_is_refused_as_for_the_letters(book, tmp_path, capsys):
    """The file would ask the department to send it back "trước ngày 01/06/2026", before it
    was even sent: refused as remind refuses it, nothing written."""
    before = all_cells(book)
    assert main(["export", str(book), "--out", str(tmp_path / "out"), "--today", "2026-06-10",
                 "--reply-by", "01/06/2026"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "tbkl-xl: lỗi: " + M.BAD_REPLY_BY.format(date="01/06/2026")
    assert all_cells(book) == before and not (tmp_path / "out").exists()


def test_two_versions_of_one_file_in_one_import_are_taken_in_the_order_they_were_saved(book, tmp_path):
    """Both versions lie in the replies folder; the one saved last wins whatever their names."""
    import shutil
    import time
    f = files_by_agency(export_agency_files(book, tmp_path / "out", today=TODAY))["Sở Tài chính"]
    box = tmp_path / "box"
    box.mkdir()
    shutil.copy(f, box / "b_ban_dau.xlsx")
    reply(box / "b_ban_dau.xlsx", "T1", **{STATUS: L.ST_DOING})
    time.sleep(1.1)
    shutil.copy(f, box / "a_ban_sua.xlsx")
    reply(box / "a_ban_sua.xlsx", "T1", **{STATUS: L.ST_DONE, DONE: "08/06/2026"})
    s = import_replies(book, [box], today=TODAY)
    assert s.merge.conflicts == []
    t1 = row_of(book, L.SUMMARY, "T1")
    assert (t1[STATUS], t1[DONE]) == (L.ST_DONE, datetime(2026, 6, 8))
