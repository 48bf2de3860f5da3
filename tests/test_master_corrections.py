"""Issue 8: a clerk's correction of a parsed column wins over every later refresh and parse."""
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import cell_of as cell
from master_factory import edit, header_row, row_of, sample, table
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh
from tbkl_xl.master.view import read_tasks
from tbkl_xl.messages import master as MSG

TODAY = date(2026, 5, 9)


def log(path, task=None):
    return [r for r in table(path, "Nhật ký") if task is None or r["Nhiệm vụ"] == task]




def test_corrected_agency_and_deadline_stay_through_refreshes_and_the_task_moves(wb):
    edit(wb, "Tổng hợp", "T2", L.C_LEAD, "Sở Tài chính")
    edit(wb, "Tổng hợp", "T2", L.C_DEADLINE, "15/07/2026")          # typed as text, day first
    edit(wb, "Tổng hợp", "T2", L.C_STATUS, L.ST_DOING)
    edit(wb, "SXD", "T2", "Người theo dõi", "chị Lan")                # a column staff added
    for _ in range(3):
        s = refresh(wb, [sample()], today=TODAY)
    r = row_of(wb, "Tổng hợp", "T2")
    assert r[L.C_LEAD] == "Sở Tài chính" and r[L.C_DEADLINE] == datetime(2026, 7, 15)
    assert r[L.C_STATUS] == L.ST_DOING
    assert [x["Mã NV"] for x in table(wb, "STC")] == ["T1", "T2"]        # on the new agency's sheet
    assert "SXD" not in load_workbook(wb).sheetnames                     # and off the old one
    assert row_of(wb, "STC", "T2")["Người theo dõi"] == "chị Lan"
    corrections = [x for x in log(wb, "T2") if x["Ghi chú"].startswith(MSG.NOTE_CORRECTION)]
    assert [(x["Trường"], x["Nguồn"]) for x in corrections] == [(L.C_LEAD, "Tổng hợp"),
                                                                 (L.C_DEADLINE, "Tổng hợp")]
    assert corrections[0]["Giá trị cũ"] == "Sở Xây dựng" and corrections[0]["Giá trị mới"] == "Sở Tài chính"
    assert corrections[1]["Ghi chú"] == MSG.NOTE_EXTENDED.format(original="15/05/2026")
    assert not s.written                                                 # the last refresh: nothing to do


def test_a_correction_typed_on_an_agency_sheet_shows_on_every_sheet(wb):
    edit(wb, "STC", "T1", L.C_TEXT, "Rà soát, bố trí vốn cho dự án đường tỉnh 230 (sửa lại).")
    refresh(wb, [sample()], today=TODAY)
    for sheet in ("Tổng hợp", "STC"):
        assert row_of(wb, sheet, "T1")[L.C_TEXT] == "Rà soát, bố trí vốn cho dự án đường tỉnh 230 (sửa lại)."
    assert [x["Nguồn"] for x in log(wb, "T1")] == ["STC"]


def test_a_corrected_cell_is_marked_and_its_comment_gives_the_notices_value(wb):
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, date(2026, 6, 30))
    refresh(wb, [sample()], today=TODAY)
    for sheet in ("Tổng hợp", "STC"):
        c = cell(wb, sheet, "T1", L.C_DEADLINE)
        assert c.font.i and c.font.color.rgb[-6:] == "1F4E9F" and c.border.left.style == "thin"
        assert c.comment.author == "tbkl-xl"
        assert c.comment.text == ("Cán bộ đã hiệu đính ô này.\nGiá trị theo thông báo: 01/05/2026\n"
                                  "(đã gia hạn)")
        assert not cell(wb, sheet, "T1", L.C_TEXT).font.i          # the cells nobody corrected
    t = {x.id: x for x in read_tasks(wb, TODAY).tasks}["T1"]
    assert t.extended and t.original_deadline == date(2026, 5, 1) and t.deadline == date(2026, 6, 30)
    assert t.corrected == (L.C_DEADLINE,)


def test_names_typed_are_resolved_like_parsed_ones_and_unknown_ones_flagged(wb):
    wbk = load_workbook(wb)
    ws = wbk["Cơ quan"]
    heads = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[heads.index(L.A_NAME)].value == "Sở Nội vụ":
            row[heads.index(L.A_ALIASES)].value = "Tổ nội chính"      # an alias the office uses
    wbk.save(wb)
    edit(wb, "Tổng hợp", "T1", L.C_LEAD, "Tổ nội chính")             # the Cơ quan sheet's alias
    edit(wb, "Tổng hợp", "T2", L.C_LEAD, "Sở Tài chinh")             # a typo
    edit(wb, "Tổng hợp", "T3", L.C_LEAD, "Tổ công tác đặc biệt số 5")  # nobody knows it
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T1")[L.C_LEAD] == "Sở Nội vụ"
    assert row_of(wb, "Tổng hợp", "T2")[L.C_LEAD] == "Sở Tài chính"
    assert [x["Mã NV"] for x in table(wb, "SNV")] == ["T1"]
    assert [x["Mã NV"] for x in table(wb, "STC")] == ["T2"]
    r3 = row_of(wb, "Tổng hợp", "T3")
    assert r3[L.C_LEAD] == "Tổ công tác đặc biệt số 5"                   # kept as typed
    assert r3[L.C_REVIEW] == MSG.REVIEW_UNKNOWN_AGENCY.format(name="Tổ công tác đặc biệt số 5")
    assert [x["Mã NV"] for x in table(wb, "Tổ công tác đặc biệt số 5")] == ["T3"]


def test_a_date_that_cannot_be_read_is_kept_as_typed_and_flagged_never_guessed(wb):
    edit(wb, "Tổng hợp", "T1", L.C_DEADLINE, "cuối tháng 7")
    edit(wb, "STC", "T1", L.C_DONE_DATE, "15/7")                        # no year: the notice's
    refresh(wb, [sample()], today=TODAY)
    r = row_of(wb, "Tổng hợp", "T1")
    assert r[L.C_DEADLINE] == "cuối tháng 7" and r[L.C_DONE_DATE] == datetime(2026, 7, 15)
    assert r[L.C_REVIEW] == MSG.REVIEW_BAD_DATE.format(column=L.C_DEADLINE, text="cuối tháng 7")


def test_clearing_a_corrected_cell_brings_back_the_notices_value_and_is_logged(wb):
    edit(wb, "Tổng hợp", "T2", L.C_LEAD, "Sở Tài chính")
    refresh(wb, [sample()], today=TODAY)
    edit(wb, "STC", "T2", L.C_LEAD, None)
    refresh(wb, [sample()], today=TODAY)
    assert row_of(wb, "Tổng hợp", "T2")[L.C_LEAD] == "Sở Xây dựng"
    assert [x["Mã NV"] for x in table(wb, "SXD")] == ["T2"] and "T2" not in [
        x["Mã NV"] for x in table(wb, "STC")]
    assert log(wb, "T2")[-1]["Ghi chú"] == MSG.NOTE_UNDO
    assert not cell(wb, "Tổng hợp", "T2", L.C_LEAD).font.i


def test_draft_to_signed_moves_a_deadline_correction_kept_conflict_flagged(tmp_path):
    p = tmp_path / "m.xlsx"
    draft = sample(number=None, issued=None)
    refresh(p, [draft], today=TODAY)
    edit(p, "Tổng hợp", "T1", L.C_DEADLINE, date(2026, 5, 20))        # corrected by a clerk
    refresh(p, [draft], today=TODAY)
    signed = sample()
    signed.tasks[0].deadline = signed.tasks[0].deadline.__class__(date(2026, 5, 10), "date", "trước ngày 10/5/2026")
    signed.tasks[1].deadline = signed.tasks[1].deadline.__class__(date(2026, 5, 25), "date", "trước ngày 25/5/2026")
    s = refresh(p, [signed], today=TODAY)
    r1, r2 = row_of(p, "Tổng hợp", "T1"), row_of(p, "Tổng hợp", "T2")
    assert r1[L.C_DEADLINE] == datetime(2026, 5, 20)                    # the correction stays
    assert r1[L.C_REVIEW] == MSG.REVIEW_CONFLICT.format(column=L.C_DEADLINE, staff="20/05/2026",
                                                        parser="10/05/2026")
    assert r2[L.C_DEADLINE] == datetime(2026, 5, 25)                    # nobody corrected it
    notes = {(x["Nhiệm vụ"], x["Trường"], x["Ghi chú"]) for x in log(p)}
    assert ("T1", L.C_DEADLINE, MSG.NOTE_CONFLICT_PARSE) in notes
    assert ("T2", L.C_DEADLINE, MSG.NOTE_UPDATE) in notes
    assert s.parse_conflicts == 1 and s.conflicts == 0


def test_a_review_flag_is_cleared_by_da_kiem_tra_and_comes_back_when_the_parse_changes(tmp_path):
    p = tmp_path / "m.xlsx"
    refresh(p, [sample()], today=TODAY)
    n = sample()
    n.tasks[2].needs_review = ["thiếu thời hạn"]
    refresh(p, [n], today=TODAY)
    assert row_of(p, "SNV", "T3")[L.C_REVIEW] == "thiếu thời hạn"
    edit(p, "SNV", "T3", L.C_REVIEW, L.REVIEWED)
    for _ in range(2):
        refresh(p, [n], today=TODAY)
        assert row_of(p, "Tổng hợp", "T3")[L.C_REVIEW] == L.REVIEWED
    n.tasks[2].text += " Báo cáo kết quả."                              # the parse changes
    refresh(p, [n], today=TODAY)
    assert row_of(p, "Tổng hợp", "T3")[L.C_REVIEW] == "thiếu thời hạn"


def test_the_issue_scenario_on_the_real_notices(tmp_path, real_notices):
    """Build the master from the real notices, correct a task's lead and deadline on Tổng hợp,
    set its status, refresh again and again."""
    import importlib
    p = tmp_path / "m.xlsx"
    R = importlib.import_module("tbkl_xl.master.refresh")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(R, "_default_agency_rows", _shipped_rows())
        refresh(p, real_notices, today=TODAY)
        rows = table(p, "Tổng hợp")
        target = next(r for r in rows if r[L.C_DEADLINE] and r[L.C_LEAD] and "Tài chính" not in r[L.C_LEAD]
                      and ";" not in r[L.C_LEAD])
        tid, old_lead = target["Mã NV"], target[L.C_LEAD]
        edit(p, "Tổng hợp", tid, L.C_LEAD, "Sở Tài chính")
        edit(p, "Tổng hợp", tid, L.C_DEADLINE, "15/07/2026")
        edit(p, "Tổng hợp", tid, L.C_STATUS, L.ST_DOING)
        for _ in range(3):
            refresh(p, real_notices, today=TODAY)
        r = row_of(p, "Tổng hợp", tid)
        assert (r[L.C_LEAD], r[L.C_DEADLINE], r[L.C_STATUS]) == ("Sở Tài chính", datetime(2026, 7, 15), L.ST_DOING)
        wbk = load_workbook(p)
        where = [ws.title for ws in wbk.worksheets if ws.title != "Tổng hợp" and ws.sheet_state == "visible"
                 and any(x.get("Mã NV") == tid for x in table(p, ws.title) if isinstance(x, dict))]
        codes = {x[L.A_NAME]: x[L.A_CODE] for x in table(p, "Cơ quan")}
        assert where == [codes["Sở Tài chính"]], (where, old_lead)
        lines = [x for x in log(p, tid) if x["Ghi chú"].startswith(MSG.NOTE_CORRECTION)]
        assert [x["Trường"] for x in lines] == [L.C_LEAD, L.C_DEADLINE]
        assert not any(x["Ghi chú"] == MSG.NOTE_IGNORED for x in log(p, tid))


def _shipped_rows():
    """The real directory's rows (the autouse fixture of the factory empties them)."""
    from tbkl_xl.master.refresh import KIND_LABELS
    from tbkl_xl.parse.agencies import default_directory
    out = []
    for r in default_directory().rows():
        out.append([r["name"], r["code"] or None, "; ".join(r["aliases"]) or None,
                    KIND_LABELS.get(r["kind"], r["kind"]), r["successor"] or None, None, None])
    return lambda province=None: out
