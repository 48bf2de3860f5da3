"""Reminder letters (issue 9): one công văn per agency with overdue tasks, what it says."""
from __future__ import annotations

from datetime import date

from docx import Document

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from report_factory import TODAY, build
from tbkl_xl.cli import main
from tbkl_xl.messages import reports as M
from tbkl_xl.reports import remind
from tbkl_xl.reports.jobs import default_reply_by


def texts(path) -> list:
    doc = Document(str(path))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return out


def test_one_letter_per_agency_with_overdue_tasks(tmp_path):
    book = build(tmp_path / "m.xlsx")
    s = remind(book, tmp_path / "dd", today=TODAY)
    assert [lt.agency for lt in s.letters] == ["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"]
    assert [t.id for t in s.letters[1].tasks] == ["T2"]          # T9 is dropped, T6 not yet due
    f = tmp_path / "dd" / "Đôn đốc - Sở Tài chính - 2026-06-10.docx"
    assert s.files[0] == str(f)
    body = texts(f)
    assert "V/v đôn đốc thực hiện nhiệm vụ được giao" in "\n".join(body)
    assert "Kính gửi: Sở Tài chính." in body
    assert M.LETTER_OPENING.format(refs="Thông báo số 12/TB-UBND ngày 10/4/2026 (1 nhiệm vụ) của UBND tỉnh",
                                   agency="Sở Tài chính") in body
    assert M.LETTER_COUNT.format(today="10/6/2026", agency="Sở Tài chính", overdue=1, soon="") in body
    # reply by five working days later: Wednesday 10/6 -> Wednesday 17/6
    assert default_reply_by(TODAY) == date(2026, 6, 17)
    assert M.LETTER_REQUEST.format(agency="Sở Tài chính", by="17/6/2026") in body
    rows = [b for b in body if " | " in b]
    assert rows[-1].startswith("1 | Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230. | 12/TB-UBND ngày "
                               "10/04/2026 | 01/05/2026 | 40")
    assert any("Nơi nhận:" in b for b in body)
    assert any("CHÁNH VĂN PHÒNG" in b for b in body)


def test_due_within_adds_tasks_due_soon_and_cites_each_notice(tmp_path):
    book = build(tmp_path / "m.xlsx")
    s = remind(book, tmp_path / "dd", today=TODAY, due_within=3, reply_by=date(2026, 6, 15))
    stc = next(lt for lt in s.letters if lt.agency == "Sở Tài chính")
    assert [t.id for t in stc.overdue] == ["T1"] and [t.id for t in stc.soon] == ["T5"]
    body = texts(s.files[0])
    assert M.LETTER_OPENING.format(
        refs="Thông báo số 12/TB-UBND ngày 10/4/2026 (1 nhiệm vụ), Thông báo số 31/TB-UBND ngày 9/6/2026 "
             "(1 nhiệm vụ) của UBND tỉnh", agency="Sở Tài chính") in body
    assert M.LETTER_COUNT.format(today="10/6/2026", agency="Sở Tài chính", overdue=1,
                                 soon=M.LETTER_SOON.format(n=1, days=3)) in body
    assert any(b.endswith("| " + M.DUE_IN.format(n=2)) for b in body)


def test_remind_cli(tmp_path, capsys):
    book = build(tmp_path / "m.xlsx")
    out = tmp_path / "dd"
    assert main(["remind", str(book), "--out", str(out), "--today", "10/06/2026", "--reply-by", "2026-06-19"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == M.REMIND_LINE.format(n=3, tasks=3, dir=out)
    assert M.LETTER_REQUEST.format(agency="Sở Nội vụ", by="19/6/2026") in texts(
        out / "Đôn đốc - Sở Nội vụ - 2026-06-10.docx")
    assert main(["remind", str(book), "--out", str(out), "--today", "2026-04-01"]) == 0
    assert capsys.readouterr().out.splitlines() == [M.REMIND_NONE.format(soon="")]


def test_draft_notices_without_a_number_are_told_apart_by_their_meeting(tmp_path):
    """Notices filed before they got a number (drafts): the letter cites each by its
    meeting's day, oldest first, not as the same "Thông báo kết luận (dự thảo)" three times."""
    from dataclasses import replace
    from master_factory import STC, notice, task
    from tbkl_xl.master import refresh
    n1 = replace(notice("D1", "", None, [task("D1a", "1", [STC], "Rà soát hồ sơ dự án A.", date(2026, 5, 1))]),
                 meeting_date=date(2026, 4, 22))
    n2 = replace(notice("D2", "", None, [task("D2a", "1", [STC], "Báo cáo tiến độ giải ngân.", date(2026, 5, 20)),
                                         task("D2b", "2", [STC], "Đề xuất điều chuyển vốn.", date(2026, 5, 25))]),
                 meeting_date=date(2026, 4, 20))
    n3 = replace(notice("D3", "", None, [task("D3a", "1", [STC], "Hoàn thiện đề án.", date(2026, 6, 1))]),
                 meeting_date=None, title="Kết luận tại buổi làm việc với Sở Tài chính")
    book = tmp_path / "m.xlsx"
    refresh(book, [n1, n2, n3], today=date(2026, 4, 25))
    s = remind(book, tmp_path / "dd", today=TODAY)
    assert M.LETTER_OPENING.format(
        refs="Thông báo kết luận (dự thảo) cuộc họp ngày 20/4/2026 (2 nhiệm vụ), "
             "Thông báo kết luận (dự thảo) cuộc họp ngày 22/4/2026 (1 nhiệm vụ), "
             "Thông báo kết luận (dự thảo) «Kết luận tại buổi làm việc với Sở Tài chính» (1 nhiệm vụ) "
             "của UBND tỉnh", agency="Sở Tài chính") in texts(s.files[0])
    # the table of the letter and the agency's file say which draft each task comes from
    rows = [b for b in texts(s.files[0]) if " | " in b]
    assert [r.split(" | ")[2] for r in rows[-4:]] == [
        "Dự thảo (họp ngày 22/04/2026)", "Dự thảo (họp ngày 20/04/2026)", "Dự thảo (họp ngày 20/04/2026)",
        "Dự thảo"]
    from openpyxl import load_workbook
    from tbkl_xl.reports import export_agency_files
    f = export_agency_files(book, tmp_path / "out", today=TODAY).exports[0].file
    ws = load_workbook(f)[M.EXPORT_SHEET]
    assert sorted(ws.cell(r, 3).value for r in range(6, 10)) == [
        "Dự thảo", "Dự thảo (họp ngày 20/04/2026)", "Dự thảo (họp ngày 20/04/2026)", "Dự thảo (họp ngày 22/04/2026)"]


def test_an_agency_named_with_nothing_overdue_is_told_not_left_out_in_silence(tmp_path, capsys):
    book = build(tmp_path / "m.xlsx")
    out = tmp_path / "dd"
    assert main(["remind", str(book), "--out", str(out), "--today", "10/06/2026",
                 "--agency", "Sở Tài chính", "UBND xã Tràng Định"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        M.REMIND_LINE.format(n=1, tasks=1, dir=out),
        M.OUT_FILE.format(path=out / "Đôn đốc - Sở Tài chính - 2026-06-10.docx"),
        M.REMIND_NOT_NEEDED.format(agency="UBND xã Tràng Định", soon="")]
    assert main(["remind", str(book), "--out", str(out), "--today", "10/06/2026", "--due-within", "3",
                 "--agency", "UBND xã Tràng Định"]) == 0
    assert capsys.readouterr().out.splitlines() == [M.REMIND_NOT_NEEDED.format(
        agency="UBND xã Tràng Định", soon=M.REMIND_NONE_SOON.format(days=3))]
