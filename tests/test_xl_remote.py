"""The entry points of tbkl_xl/xl.py, driven through xlwings' remote engine with the JSON the
VBA client sends for the real built panel (tests/xl_remote.py), and checked by the actions
they return: values written to the dashboard, alerts, and the master on disk."""
from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

import tbkl_xl.xl as x
from tbkl_xl.cli import main
from tbkl_xl.master.highlight import COLOURS, DONE_ON_TIME, OVERDUE, highlight
from tbkl_xl.master.view import read_tasks
from tbkl_xl.messages import xl as M
from tbkl_xl.messages import reports as RM
from tbkl_xl.panel import build_panel
from tbkl_xl.panel import layout as P
from tbkl_xl.reports.counting import dashboard_counts

from xl_remote import actions, alerts, remote_book, set_values

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 5, 4)
SAMPLES = ("06_ha_tang_cua_khau_dong_dang.txt", "04_khac_phuc_sat_lo_that_khe.txt")
RUN_AT = f"E{P.RUN_FIRST_ROW}"
COUNTS_AT = f"E{P.COUNTS_FIRST_ROW}"


@pytest.fixture(autouse=True)
def licence(monkeypatch):
    monkeypatch.setenv("XLWINGS_LICENSE_KEY", "noncommercial")


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A clerk's folder: notices, the panel built beside them, no master yet.  The remote
    engine gives only the book's name, so the current folder is the panel's folder."""
    notices = tmp_path / "Thông báo"
    notices.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "samples" / name, notices)
    build_panel(tmp_path / P.PANEL_NAME, tmp_path / "theo_doi.xlsx", notices, today=TODAY)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def book(office):
    return remote_book(office / P.PANEL_NAME)


def set_setting(office, key, value):
    wb = load_workbook(office / P.PANEL_NAME, keep_vba=True)
    wb[P.SHEET][P.setting_cell(key)] = value
    wb.save(office / P.PANEL_NAME)


def run_block(b) -> list:
    return [row[0] for row in set_values(b)[RUN_AT]]


def all_cells(path) -> dict:
    """Every value of every sheet; times of day dropped (the log's timestamps)."""
    wb = load_workbook(path)
    out = {}
    meta = wb["_tbkl"]
    for row in meta.iter_rows():
        if row[0].value == "master_id":          # each master has its own identity
            row[1].value = None
    for ws in wb.worksheets:
        out[ws.title] = [[None if isinstance(v, datetime) and v.time() != datetime.min.time() else v
                          for v in r] for r in ws.iter_rows(values_only=True)]
    return out


# ---------------------------------------------------------------- refresh
def test_refresh_button_writes_back_two_ranges_and_builds_the_master(office):
    b = book(office)
    x.refresh(b, today=TODAY)
    acts = actions(b)
    assert [a["func"] for a in acts] == ["setValues", "setValues"]        # one call per range
    run = run_block(b)
    assert len(run) == P.RUN_ROWS
    assert datetime.strptime(run[0], P.DATETIME_FORMAT)
    assert run[1:3] == [M.CAPTION_REFRESH, M.STATUS_OK]
    assert str(office / "theo_doi.xlsx") in run[3]          # the summary's lines, as the CLI prints them
    view = read_tasks(office / "theo_doi.xlsx", TODAY)
    counts = dashboard_counts(view.tasks, TODAY)
    assert set_values(b)[COUNTS_AT] == [["04/05/2026"], [counts["overdue"]], [counts["due_this_week"]],
                                        [counts["done_this_week"]], [counts["needs_review"]]]
    assert len(view.tasks) > 5
    log = (office / "Bảng điều khiển.log").read_text(encoding="utf-8")
    assert f"{M.CAPTION_REFRESH}: {M.STATUS_OK}" in log


def test_button_and_command_line_give_the_same_master_cell_for_cell(office, tmp_path_factory, capsys):
    x.refresh(book(office), today=TODAY)
    cli_dir = tmp_path_factory.mktemp("cli")
    assert main(["refresh", str(cli_dir / "theo_doi.xlsx"), "--notices", str(office / "Thông báo"),
                 "--today", TODAY.isoformat()]) == 0
    capsys.readouterr()
    assert all_cells(office / "theo_doi.xlsx") == all_cells(cli_dir / "theo_doi.xlsx")


def test_second_refresh_changes_nothing_and_says_so(office):
    x.refresh(book(office), today=TODAY)
    before = (office / "theo_doi.xlsx").read_bytes()
    b = book(office)
    x.refresh(b, today=TODAY)
    assert any(line and line.startswith("Không có gì thay đổi") for line in run_block(b))
    assert (office / "theo_doi.xlsx").read_bytes() == before


def test_relative_paths_are_taken_from_the_panel_folder(office, tmp_path_factory, monkeypatch):
    set_setting(office, "master", "con/theo_doi.xlsx")
    set_setting(office, "notices", "Thông báo")
    (office / "con").mkdir()
    x.refresh(book(office), today=TODAY)
    assert (office / "con" / "theo_doi.xlsx").is_file()


def test_action_count_does_not_grow_with_tasks(office):
    one = office / "one"
    one.mkdir()
    shutil.copy(ROOT / "samples" / SAMPLES[0], one)
    set_setting(office, "notices", "one")
    b1 = book(office)
    x.refresh(b1, today=TODAY)
    n1 = len(read_tasks(office / "theo_doi.xlsx", TODAY).tasks)
    set_setting(office, "notices", "Thông báo")
    b2 = book(office)
    x.refresh(b2, today=TODAY)
    assert len(read_tasks(office / "theo_doi.xlsx", TODAY).tasks) > n1 > 0
    assert [a["func"] for a in actions(b1)] == [a["func"] for a in actions(b2)]
    for fn in (x.highlight_deadlines,):
        b = book(office)
        fn(b, today=TODAY)
        assert len(actions(b)) == 2


# ---------------------------------------------------------------- bad settings: an alert, never a traceback
def _only_alert(b, message, mode="critical"):
    assert alerts(b) == [(message, M.ALERT_TITLE, "ok", mode)]
    run = run_block(b)
    assert COUNTS_AT not in set_values(b)                     # counts left as they were
    return run


def test_missing_notices_folder(office):
    set_setting(office, "notices", "Không có")
    b = book(office)
    x.refresh(b, today=TODAY)
    message = M.FOLDER_MISSING.format(path=office / "Không có", label=M.LABEL_NOTICES, cell="E6")
    run = _only_alert(b, message)
    assert run[2] == M.STATUS_ERROR.format(message=message)
    assert not (office / "theo_doi.xlsx").exists()


def test_empty_master_cell(office):
    set_setting(office, "master", None)
    b = book(office)
    x.refresh(b, today=TODAY)
    _only_alert(b, M.SETTING_EMPTY.format(cell="E5", label=M.LABEL_MASTER))


def test_master_not_xlsx(office):
    set_setting(office, "master", "theo_doi.xls")
    b = book(office)
    x.highlight_deadlines(b, today=TODAY)
    _only_alert(b, M.MASTER_NOT_XLSX.format(path=office / "theo_doi.xls", cell="E5"))


def test_highlight_before_the_master_exists(office):
    b = book(office)
    x.highlight_deadlines(b, today=TODAY)
    _only_alert(b, M.MASTER_MISSING.format(path=office / "theo_doi.xlsx", cell="E5"))


def test_master_locked_by_another_excel(office):
    x.refresh(book(office), today=TODAY)
    before = (office / "theo_doi.xlsx").read_bytes()
    (office / "~$theo_doi.xlsx").write_bytes(b"lock")
    for fn in (x.refresh, x.highlight_deadlines):
        b = book(office)
        fn(b, today=TODAY)
        _only_alert(b, M.MASTER_LOCKED.format(name="theo_doi.xlsx", lock="~$theo_doi.xlsx"))
    assert (office / "theo_doi.xlsx").read_bytes() == before


def test_a_file_that_is_not_a_master(office):
    (office / "theo_doi.xlsx").write_bytes(b"not a zip")
    b = book(office)
    x.refresh(b, today=TODAY)
    (message, *_), = alerts(b)
    assert message.startswith("Không thực hiện được: ") and "theo_doi.xlsx" in message
    assert (office / "theo_doi.xlsx").read_bytes() == b"not a zip"


def test_an_unexpected_error_is_logged_not_shown_as_a_traceback(office, monkeypatch):
    import tbkl_xl.master as master

    def boom(*a, **k):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(master, "refresh", boom)
    b = book(office)
    x.refresh(b, today=TODAY)
    message = M.UNEXPECTED.format(button=M.CAPTION_REFRESH, log="Bảng điều khiển.log")
    _only_alert(b, message)
    log = (office / "Bảng điều khiển.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: disk on fire" in log


def test_notice_files_that_cannot_be_read_are_named(office):
    (office / "Thông báo" / "hong.docx").write_bytes(b"not a docx")
    b = book(office)
    x.refresh(b, today=TODAY)
    run = run_block(b)
    assert run[2] == M.STATUS_OK_WITH_ERRORS.format(n=1)
    assert run[3].startswith("Lỗi: hong.docx: ")
    (message, _, _, mode), = alerts(b)
    assert mode == "info" and message.startswith(M.NOTICES_FAILED.format(n=1, files="Lỗi: hong.docx: "))
    assert COUNTS_AT in set_values(b)


# ---------------------------------------------------------------- highlight
def _header_row(ws) -> int:
    return next(r for r in range(1, 11) if "Mã NV" in [c.value for c in ws[r]])


def _left_cells(path, sheet):
    ws = load_workbook(path)[sheet]
    h = _header_row(ws)
    head = [c.value for c in ws[h]]
    col = {name: i for i, name in enumerate(head)}
    rows = [r for r in ws.iter_rows(min_row=h + 1) if r[col["Mã NV"]].value]
    return rows, col


def test_highlight_colours_the_left_column_by_the_core_classes(office):
    x.refresh(book(office), today=TODAY)
    from master_factory import edit
    path = office / "theo_doi.xlsx"
    rows, col = _left_cells(path, "Tổng hợp")
    first = rows[0][col["Mã NV"]].value
    edit(path, "Tổng hợp", first, "Trạng thái", "Đã hoàn thành")
    wb = load_workbook(path)                        # a fill staff put on a note cell
    from openpyxl.styles import PatternFill
    note_row = rows[0][0].row
    wb["Tổng hợp"].cell(note_row, col["Ghi chú"] + 1).fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(path)
    later = date(2026, 12, 1)
    b = book(office)
    x.highlight_deadlines(b, today=later)
    run = run_block(b)
    assert run[1:3] == [M.CAPTION_HIGHLIGHT, M.STATUS_OK]
    assert run[3].startswith("Đã tô cột «Còn lại (ngày)» trên ")
    rows, col = _left_cells(path, "Tổng hợp")
    records = [{"Thời hạn": r[col["Thời hạn"]].value, "Trạng thái": r[col["Trạng thái"]].value,
                "Ngày hoàn thành": r[col["Ngày hoàn thành"]].value} for r in rows]
    classes = highlight(records, later)
    assert OVERDUE in classes and DONE_ON_TIME in classes
    for r, cls in zip(rows, classes):
        cell = r[col["Còn lại (ngày)"]]
        if cls in COLOURS:
            fill, font = COLOURS[cls]
            assert (cell.fill.fgColor.rgb, cell.font.color.rgb) == ("FF" + fill, "FF" + font), cls
        else:
            assert cell.fill.fill_type is None
        assert cell.value.startswith("=IF(")                      # the formula is kept
        for name in ("Nội dung nhiệm vụ", "Thời hạn", "Trạng thái"):
            assert r[col[name]].fill.fill_type is None             # nothing else coloured
    ws = load_workbook(path)["Tổng hợp"]
    assert ws.cell(note_row, col["Ghi chú"] + 1).fill.fgColor.rgb == "00FFFF00"   # staff fill kept
    assert len(ws.conditional_formatting) >= 1
    # a second click with the same date rewrites nothing
    before = path.read_bytes()
    b = book(office)
    x.highlight_deadlines(b, today=later)
    assert run_block(b)[-P.DETAIL_LINES:].count(M.PAINT_UNCHANGED) == 1
    assert path.read_bytes() == before


# ---------------------------------------------------------------- report buttons
def test_report_buttons_call_the_report_functions(office, monkeypatch):
    import tbkl_xl.reports as reports
    x.refresh(book(office), today=TODAY)
    calls = []

    from tbkl_xl.reports.replies import Rejection

    class Summary:
        rejected = [Rejection(file="stc.xlsx", reason="đã bị sửa", row=7, task_id="NV-1")]

        def lines(self):
            return ["đã nhập 3 dòng"]

    def export_all(workbook, out_dir, *, today):
        calls.append(("export", Path(workbook), Path(out_dir), today))
        return Summary()

    def import_replies(workbook, paths, *, today):
        calls.append(("import", Path(workbook), [Path(p) for p in paths], today))
        return Summary()
    monkeypatch.setattr(reports, "export_all", export_all, raising=False)
    monkeypatch.setattr(reports, "import_replies", import_replies, raising=False)
    b = book(office)
    x.export_reports(b, today=TODAY)
    assert alerts(b) == [] and run_block(b)[2:4] == [M.STATUS_OK, "đã nhập 3 dòng"]
    (office / "Phản hồi").mkdir(exist_ok=True)
    (office / "Phản hồi" / "stc.xlsx").write_bytes(b"PK")
    b = book(office)
    x.import_replies(b, today=TODAY)
    assert alerts(b) == [(M.REPLIES_REJECTED.format(what="1 dòng", log="Bảng điều khiển.log"),
                          M.ALERT_TITLE, "ok", "info")]
    master = office / "theo_doi.xlsx"
    assert calls == [("export", master, office / "Báo cáo", TODAY),
                     ("import", master, [office / "Phản hồi"], TODAY)]


# ---------------------------------------------------------------- the desktop-only function, with a stand-in Excel
class FakeBook:
    def __init__(self, app, fullname, sheets=("Tổng hợp", "STC")):
        self.app, self.fullname, self.name = app, str(fullname), Path(fullname).name
        self.sheets = FakeSheets(self, sheets)

    def save(self):
        self.app.log.append(("save", self.name))

    def close(self):
        self.app.log.append(("close", self.name))
        self.app.books.items.remove(self)


class FakeSheets(list):
    def __init__(self, book, names):
        super().__init__(FakeSheet(book, n) for n in names)
        self.active = self[-1]

    def __getitem__(self, key):
        return next(s for s in self if s.name == key) if isinstance(key, str) else list.__getitem__(self, key)


class FakeSheet:
    def __init__(self, book, name):
        self.book, self.name = book, name

    def activate(self):
        self.book.app.log.append(("activate", self.name))


class FakeBooks:
    def __init__(self, app):
        self.app, self.items = app, []

    def __iter__(self):
        return iter(list(self.items))

    def open(self, path):
        self.app.log.append(("open", Path(path).name))
        b = FakeBook(self.app, path)
        self.items.append(b)
        return b


class FakeApp:
    def __init__(self):
        self.log, self.books = [], FakeBooks(self)


def test_master_open_in_the_same_excel_is_saved_closed_and_reopened_at_its_sheet(tmp_path):
    app = FakeApp()
    app.books.items += [FakeBook(app, "Bảng điều khiển.xlsm"), FakeBook(app, tmp_path / "theo_doi.xlsx")]
    with x.master_closed(app, tmp_path / "theo_doi.xlsx"):
        app.log.append(("run",))
    assert app.log == [("save", "theo_doi.xlsx"), ("close", "theo_doi.xlsx"), ("run",),
                       ("open", "theo_doi.xlsx"), ("activate", "STC")]


def test_master_is_reopened_even_when_the_run_fails(tmp_path):
    app = FakeApp()
    app.books.items.append(FakeBook(app, tmp_path / "theo_doi.xlsx"))
    with pytest.raises(RuntimeError):
        with x.master_closed(app, tmp_path / "theo_doi.xlsx"):
            raise RuntimeError("x")
    assert [e[0] for e in app.log] == ["save", "close", "open", "activate"]


def test_master_not_open_here_is_left_alone(tmp_path):
    app = FakeApp()
    app.books.items += [FakeBook(app, "theo_doi.xlsx"), FakeBook(app, tmp_path / "khac.xlsx")]
    with x.master_closed(app, tmp_path / "theo_doi.xlsx"):
        app.log.append(("run",))
    assert app.log == [("run",)]


def test_panel_opened_from_a_web_address_refuses_relative_paths(office, monkeypatch):
    """Excel gives a OneDrive/SharePoint URL as the full name of a workbook opened from the
    web: relative settings cannot be resolved against it, and the log goes to the home folder."""
    from xl_remote import payload
    import xlwings as xw
    monkeypatch.setenv("HOME", str(office / "home"))
    (office / "home").mkdir()
    data = payload(office / P.PANEL_NAME)
    data["book"]["name"] = "https://d.docs.live.net/4f2a/Theo%20doi/" + P.PANEL_NAME
    b = xw.Book(json=data)
    x.refresh(b, today=TODAY)
    message = M.RELATIVE_ON_WEB.format(path="theo_doi.xlsx", label=M.LABEL_MASTER, cell="E5")
    _only_alert(b, message)
    assert "Cập nhật từ thông báo" in (office / "home" / "Bảng điều khiển.log").read_text(encoding="utf-8")


def test_export_button_writes_the_files_and_import_button_merges_a_department_reply(office):
    """The real report functions behind the two buttons: files out, a filled file back in."""
    from test_reports_replies import reply
    from tbkl_xl.master import layout as L
    from tbkl_xl.reports import agency_files as A
    x.refresh(book(office), today=TODAY)
    b = book(office)
    x.export_reports(b, today=TODAY)
    assert alerts(b) == [] and run_block(b)[2] == M.STATUS_OK
    out = office / "Báo cáo"
    sent = sorted((out / "Gửi cơ quan").glob("*.xlsx"))
    assert sent and list(out.glob("*.docx")) and list(out.glob("*.xlsx"))
    # a department fills its file and the clerk drops it into the replies folder
    first = sent[0]
    wb = load_workbook(first)
    ws = wb[RM.EXPORT_SHEET]
    heads = [c.value for c in ws[A.HEADER_ROW]]
    task = ws.cell(A.HEADER_ROW + 1, heads.index(A.COL_HIDDEN_ID) + 1).value
    replies = office / "Phản hồi"
    replies.mkdir(exist_ok=True)
    back = replies / first.name
    shutil.copy(first, back)
    reply(back, task, **{L.C_STATUS: L.ST_DONE, L.C_DONE_DATE: "04/5/2026"})
    b = book(office)
    x.import_replies(b, today=TODAY)
    assert alerts(b) == [] and run_block(b)[2] == M.STATUS_OK
    wb = load_workbook(office / "theo_doi.xlsx")
    ws = wb["Tổng hợp"]
    h = next(r for r in range(1, 12) if ws.cell(r, 1).value == "STT")
    heads = [c.value for c in ws[h]]
    row = next(r for r in range(h + 1, ws.max_row + 1)
               if ws.cell(r, heads.index(L.C_ID) + 1).value == task)
    assert ws.cell(row, heads.index(L.C_STATUS) + 1).value == L.ST_DONE
    assert ws.cell(row, heads.index(L.C_DONE_DATE) + 1).value == datetime(2026, 5, 4)


def test_import_button_shows_rejected_rows_in_vietnamese_only(office):
    """A rejected row is told once, in the summary's words: never as a Python object's repr
    ("Rejection(file=…)") on the dashboard or in the log."""
    from test_reports_replies import reply
    from tbkl_xl.master import layout as L
    from tbkl_xl.reports import agency_files as A
    x.refresh(book(office), today=TODAY)
    x.export_reports(book(office), today=TODAY)
    first = sorted((office / "Báo cáo" / "Gửi cơ quan").glob("*.xlsx"))[0]
    ws = load_workbook(first)[RM.EXPORT_SHEET]
    heads = [c.value for c in ws[A.HEADER_ROW]]
    task = ws.cell(A.HEADER_ROW + 1, heads.index(A.COL_HIDDEN_ID) + 1).value
    replies = office / "Phản hồi"
    replies.mkdir(exist_ok=True)
    shutil.copy(first, replies / "tra_loi.xlsx")
    reply(replies / "tra_loi.xlsx", task, **{L.C_STATUS: "Xong rồi"})
    b = book(office)
    x.import_replies(b, today=TODAY)
    lines = [v for v in run_block(b)[3:] if v]
    reason = RM.ROW_BAD_STATUS.format(text="Xong rồi", allowed=", ".join(L.STATUSES))
    assert RM.SUM_REJECT_ROW.format(file="tra_loi.xlsx", row=A.HEADER_ROW + 1, id=task,
                                    reason=reason) in lines
    assert not any("Rejection" in v for v in lines)
    assert "Rejection(" not in (office / "Bảng điều khiển.log").read_text(encoding="utf-8")


def test_import_button_with_an_empty_replies_folder_says_so_not_a_refusal(office):
    """Nothing returned yet: the clerk is told the folder is empty and what to do, not that
    "1 reply row was not imported"; files refused whole are counted as files."""
    x.refresh(book(office), today=TODAY)
    replies = office / "Phản hồi"
    replies.mkdir(exist_ok=True)
    (replies / "ghi chú.txt").write_text("chưa có", encoding="utf-8")
    b = book(office)
    x.import_replies(b, today=TODAY)
    message = M.REPLIES_NONE.format(path=replies.resolve(), cell=P.setting_cell("replies_dir"))
    assert alerts(b) == [(message, M.ALERT_TITLE, "ok", "info")]
    assert run_block(b)[2:4] == [M.STATUS_OK, message]
    (replies / "Sở Tài chính.xls").write_bytes(b"old Excel")
    (replies / "danh sach.xlsx").write_bytes(b"not a zip")
    b = book(office)
    x.import_replies(b, today=TODAY)
    assert alerts(b) == [(M.REPLIES_REJECTED.format(what="2 tệp", log="Bảng điều khiển.log"),
                          M.ALERT_TITLE, "ok", "info")]
