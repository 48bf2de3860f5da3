"""What a clerk reads from `tbkl-xl`: Vietnamese help, usage errors, grouped warnings, the
refresh summary and the status table, asserted exactly (issue 12)."""
import argparse
import ast
import configparser
import gettext
import inspect
from datetime import date
from pathlib import Path

import pytest

import tbkl_xl
from tbkl_xl.cli import main, parse_date, problem_lines
from tbkl_xl.errors import UsageError
from tbkl_xl.master.refresh import RefreshSummary
from tbkl_xl.master.status import StatusReport
from tbkl_xl.master.highlight import DUE_SOON, OVERDUE, OPEN
from tbkl_xl.messages import cli as M
from tbkl_xl.parse import parse_notice

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
NO_TASK = SAMPLES / "07_so_ket_chinh_quyen_hai_cap_khong_nhiem_vu.docx"


@pytest.fixture(autouse=True)
def terminal_80_columns(monkeypatch):
    """argparse wraps usage and help to the terminal's width."""
    monkeypatch.setenv("COLUMNS", "80")


def run(capsys, *argv):
    """(exit code, stdout, stderr) of `tbkl-xl argv`, usage errors and --help included."""
    try:
        rc = main(list(argv))
    except SystemExit as e:
        rc = e.code
    out, err = capsys.readouterr()
    return rc, out, err


# ---------------------------------------------------------------- help
def test_help_of_the_program(capsys):
    rc, out, err = run(capsys, "-h")
    assert (rc, err) == (0, "")
    assert out == """\
cách dùng: tbkl-xl [-h] [--version] LỆNH ...

Đọc thông báo kết luận (TB-UBND) và lập sổ theo dõi nhiệm vụ trong Excel: mỗi
nhiệm vụ với cơ quan chủ trì, cơ quan phối hợp, thời hạn.

tùy chọn:
  -h, --help      in hướng dẫn này rồi thoát
  --version       in số phiên bản rồi thoát

lệnh:
  parse           đọc thông báo và liệt kê nhiệm vụ (không ghi vào sổ theo
                  dõi)
  refresh         lập hoặc cập nhật sổ theo dõi từ các thông báo
  status          đếm nhiệm vụ theo cơ quan và theo hạn, cơ quan nhiều việc
                  quá hạn lên đầu
  report          báo cáo tuần: trang 'Báo cáo tuần' trong sổ, tệp .xlsx có
                  biểu đồ, .docx, .pdf
  export          mỗi cơ quan một tệp .xlsx để in và điền kết quả gửi lại
  import-replies  nhập các tệp cơ quan gửi lại vào sổ theo dõi
  remind          văn bản đôn đốc (.docx) cho cơ quan có nhiệm vụ quá hạn
  panel           tạo bảng điều khiển Excel (.xlsm) có các nút chạy tbkl-xl

Ví dụ:
  tbkl-xl refresh theo_doi.xlsx --notices "Thong bao ket luan"
  tbkl-xl status theo_doi.xlsx --today 09/05/2026
  tbkl-xl parse thong_bao.docx

Hướng dẫn của từng lệnh: tbkl-xl LỆNH -h
"""


def test_help_of_status(capsys):
    rc, out, _ = run(capsys, "status", "--help")
    assert rc == 0
    assert out == """\
cách dùng: tbkl-xl status [-h] [--today NGÀY] [--due-soon SỐ_NGÀY] SỔ_THEO_DÕI

Đếm nhiệm vụ trong sổ theo dõi theo cơ quan chủ trì và theo hạn (quá hạn, sắp
đến hạn, …), tính cả những gì cán bộ vừa sửa. Không thay đổi sổ.

tham số:
  SỔ_THEO_DÕI         tệp .xlsx của sổ theo dõi

tùy chọn:
  -h, --help          in hướng dẫn này rồi thoát
  --today NGÀY        ngày dùng để tính hạn, dạng dd/mm/yyyy hoặc yyyy-mm-dd
                      (mặc định: hôm nay)
  --due-soon SỐ_NGÀY  còn từ 0 đến SỐ_NGÀY ngày là 'sắp đến hạn' (mặc định: số
                      ngày ghi ở trang tính 'Cấu hình')
"""


@pytest.mark.parametrize("command", ["parse", "refresh", "status"])
def test_help_of_every_command_has_no_english(command, capsys):
    rc, out, _ = run(capsys, command, "-h")
    assert rc == 0
    assert out.startswith(f"cách dùng: tbkl-xl {command} [-h]")
    assert "\ntham số:\n" in out and "\ntùy chọn:\n" in out
    assert "  -h, --help" in out and "in hướng dẫn này rồi thoát" in out
    for english in ("usage", "options", "positional", "argument", "show this", "default", "help message"):
        assert english not in out.lower(), english


# ---------------------------------------------------------------- usage errors
def test_usage_error_without_a_command(capsys):
    assert run(capsys) == (2, "", "cách dùng: tbkl-xl [-h] [--version] LỆNH ...\n"
                                  "tbkl-xl: lỗi: thiếu tham số bắt buộc: LỆNH\n")


def test_usage_error_unknown_command(capsys):
    assert run(capsys, "refesh", "m.xlsx") == (
        2, "", "cách dùng: tbkl-xl [-h] [--version] LỆNH ...\n"
               "tbkl-xl: lỗi: LỆNH: không có lựa chọn 'refesh' (chọn một trong: 'parse', 'refresh', "
               "'status', 'report', 'export', 'import-replies', 'remind', 'panel')\n")


def test_usage_error_missing_workbook_and_unknown_option(capsys):
    usage = ("cách dùng: tbkl-xl refresh [-h] [--notices ĐƯỜNG_DẪN [ĐƯỜNG_DẪN ...]]\n"
             "                           [--today NGÀY] [--due-soon SỐ_NGÀY]\n"
             "                           [--province TỈNH] [-v]\n"
             "                           SỔ_THEO_DÕI\n")
    assert run(capsys, "refresh") == (2, "", usage + "tbkl-xl: lỗi: thiếu tham số bắt buộc: SỔ_THEO_DÕI\n")
    assert run(capsys, "refresh", "m.xlsx", "--notice", "a", "--today") == (
        2, "", usage + "tbkl-xl: lỗi: --today: cần một giá trị\n")
    assert run(capsys, "status", "m.xlsx", "--week") == (
        2, "", "cách dùng: tbkl-xl [-h] [--version] LỆNH ...\n"
               "tbkl-xl: lỗi: không hiểu tham số: --week\n")


def test_every_text_argparse_translates_has_a_vietnamese_entry():
    """A text argparse shows that is missing from the catalogue would reach a clerk in English."""
    tree = ast.parse(inspect.getsource(argparse))
    texts = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            texts |= {a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    texts |= {"subcommands"}                    # passed through _() as a default title
    assert texts and not sorted(texts - set(M.ARGPARSE))
    # the placeholders argparse fills in are kept
    for en, vi in M.ARGPARSE.items():
        for ph in ("%(prog)s", "%(message)s", "%(value)r", "%(choices)s", "%(argument_name)s", "%s", "%r"):
            assert en.count(ph) == vi.count(ph), (en, vi)


def test_argparse_is_left_as_it_was(capsys):
    run(capsys, "status")
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


# ---------------------------------------------------------------- version
def test_version_has_one_source(capsys):
    assert run(capsys, "--version") == (0, "tbkl-xl 0.1.0\n", "")
    assert tbkl_xl.__version__ == "0.1.0"
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    assert cfg["metadata"]["version"] == "attr: tbkl_xl.__version__"


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("typed", ["09/05/2026", "9/5/2026", "2026-05-09", "2026-5-9"])
def test_dates_as_clerks_type_them(typed):
    assert parse_date(typed) == date(2026, 5, 9)


@pytest.mark.parametrize("typed", ["09-05-2026", "9/5/26", "05/09", "hôm nay", "", "2026/05/09"])
def test_a_date_in_another_form_names_the_value_and_both_forms(typed):
    with pytest.raises(UsageError) as e:
        parse_date(typed)
    assert str(e.value) == (f"ngày không hợp lệ '{typed}': ghi theo dạng dd/mm/yyyy (ví dụ 09/05/2026) "
                            "hoặc yyyy-mm-dd (ví dụ 2026-05-09)")


def test_status_and_refresh_take_dd_mm_yyyy(tmp_path, capsys):
    from master_factory import sample
    from tbkl_xl.master import refresh
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=date(2026, 5, 9))
    iso = run(capsys, "status", str(wb), "--today", "2026-05-09")
    assert run(capsys, "status", str(wb), "--today", "9/5/2026") == iso
    assert iso[1].startswith(f"{wb}: 4 nhiệm vụ, tính đến ngày 09/05/2026 ")
    rc, out, err = run(capsys, "refresh", str(wb), "--notices", str(tmp_path), "--today", "09/05/2026")
    assert (rc, err) == (0, f"tbkl-xl: cảnh báo: {tmp_path}: {M.EMPTY_FOLDER}\n")


# ---------------------------------------------------------------- warnings and errors
def test_problem_lines_group_by_kind():
    dup = M.DUPLICATE_NOTICE.format
    warnings = [("a.pdf", dup(first="a.docx")), ("a.txt", dup(first="a.docx")),
                ("b.docx", "không có nhiệm vụ"), ("b.pdf", dup(first="b.docx")),
                ("b.pdf", "không có nhiệm vụ"),                 # a skipped copy: not repeated
                ("c.docx", "không có nhiệm vụ"), ("Sheet1", "trang sao chép")]
    errors = [("d.doc", "tệp Word cũ"), ("e.txt", "tệp rỗng")]
    assert problem_lines(warnings, errors) == [
        "tbkl-xl: cảnh báo: 3 tệp là bản khác (.docx, .pdf, .txt) của một thông báo đã đọc từ tệp "
        "khác; đã bỏ qua",
        "tbkl-xl: cảnh báo: 2 tệp: không có nhiệm vụ",
        "tbkl-xl: cảnh báo: Sheet1: trang sao chép",
        "tbkl-xl: chạy lại với -v (--verbose) để xem từng tệp",
        "tbkl-xl: lỗi: d.doc: tệp Word cũ",
        "tbkl-xl: lỗi: e.txt: tệp rỗng",
    ]
    assert problem_lines(warnings, errors, verbose=True) == [
        "tbkl-xl: cảnh báo: 3 tệp là bản khác (.docx, .pdf, .txt) của một thông báo đã đọc từ tệp "
        "khác; đã bỏ qua:",
        "  a.pdf: cùng một thông báo với a.docx; đã bỏ qua",
        "  a.txt: cùng một thông báo với a.docx; đã bỏ qua",
        "  b.pdf: cùng một thông báo với b.docx; đã bỏ qua",
        "tbkl-xl: cảnh báo: 2 tệp: không có nhiệm vụ:",
        "  b.docx",
        "  c.docx",
        "tbkl-xl: cảnh báo: Sheet1: trang sao chép",
        "tbkl-xl: lỗi: d.doc: tệp Word cũ",
        "tbkl-xl: lỗi: e.txt: tệp rỗng",
    ]
    assert problem_lines([], []) == []


def test_first_refresh_on_the_samples(tmp_path, capsys):
    """The issue's first hour: ~20 warnings become one line per kind, the summary one unit a line."""
    wb = tmp_path / "x.xlsx"
    no_task = parse_notice(NO_TASK).warnings[0]
    rc, out, err = run(capsys, "refresh", str(wb), "--notices", str(SAMPLES), "--today", "09/05/2026")
    assert rc == 0
    assert err.splitlines() == [
        "tbkl-xl: cảnh báo: 17 tệp là bản khác (.docx, .pdf, .txt) của một thông báo đã đọc từ tệp "
        "khác; đã bỏ qua",
        f"tbkl-xl: cảnh báo: {NO_TASK}: {no_task}",
        "tbkl-xl: chạy lại với -v (--verbose) để xem từng tệp",
    ]
    assert out.splitlines() == [
        f"Sổ theo dõi: {wb} (tạo mới)",
        "Tệp thông báo: 25 tệp (8 tệp đã đọc; 17 tệp là bản khác của một thông báo đã đọc, bỏ qua)",
        "Thông báo: 8 thông báo mới hoặc có thay đổi đã đưa vào sổ",
        "Nhiệm vụ: 57 nhiệm vụ trong sổ (57 thêm mới)",
        "Cơ quan: 31 cơ quan có trang tính riêng",
    ]
    wb.unlink()
    rc, out, err = run(capsys, "refresh", str(wb), "--notices", str(SAMPLES), "--today", "09/05/2026", "-v")
    lines = err.splitlines()
    assert lines[0].endswith("; đã bỏ qua:") and len(lines) == 1 + 17 + 1
    assert lines[1] == (f"  {SAMPLES / '01_giai_ngan_von_dau_tu_cong.pdf'}: cùng một thông báo với "
                        f"{SAMPLES / '01_giai_ngan_von_dau_tu_cong.docx'}; đã bỏ qua")
    assert lines[-1] == f"tbkl-xl: cảnh báo: {NO_TASK}: {no_task}"


# ---------------------------------------------------------------- summary and status
def test_summary_says_what_each_number_counts():
    s = RefreshSummary(workbook="m.xlsx", notices_read=3, files_read=3, files_duplicate=2,
                       notices_unchanged=4, notices_failed=1, tasks_added=5, tasks_updated=2,
                       tasks_vanished=1, rows_added_by_hand=1, rows_retired=1, edits_kept=3,
                       corrections=2, conflicts=1, edits_ignored=2, tasks_total=40, agency_sheets=12,
                       rereads=1,
                       backup="backup/m.20260509-101500-000000.xlsx")
    assert s.lines() == [
        "Sổ theo dõi: m.xlsx",
        "Tệp thông báo: 10 tệp (3 tệp đã đọc; 2 tệp là bản khác của một thông báo đã đọc, bỏ qua; "
        "4 tệp không đổi từ lần cập nhật trước, không đọc lại; 1 tệp lỗi, không đọc được)",
        "Thông báo: 3 thông báo mới hoặc có thay đổi đã đưa vào sổ",
        "Nhiệm vụ: 40 nhiệm vụ trong sổ (5 thêm mới; 2 cập nhật; 1 không còn trong thông báo (vẫn "
        "giữ, đánh dấu 'Không còn trong TB'); 1 do cán bộ thêm tay; 1 dòng thêm tay đã bị xóa ở mọi "
        "trang, bỏ khỏi sổ)",
        "Cơ quan: 12 cơ quan có trang tính riêng",
        "Ô cán bộ đã sửa: 3 ô được ghi nhận; trong đó 2 ô hiệu đính cột do máy đọc (giữ giá trị của "
        "cán bộ qua mọi lần cập nhật); 1 ô sửa khác nhau ở hai nơi (giữ giá trị ở trang cơ quan, xem "
        "trang tính 'Nhật ký'); 2 ô sửa ở cột của thông báo hoặc ô Cần kiểm tra, không được giữ (xem "
        "trang tính 'Nhật ký')",
        "Sổ được người khác lưu trong lúc cập nhật: đã đọc lại và gộp lại 1 lần (không mất gì)",
        "Bản sao lưu: backup/m.20260509-101500-000000.xlsx",
    ]


def test_summary_of_notices_given_as_objects_has_no_file_line():
    s = RefreshSummary(workbook="m.xlsx", created=True, notices_read=1, tasks_added=4, tasks_total=4,
                       agency_sheets=5)
    assert s.lines() == ["Sổ theo dõi: m.xlsx (tạo mới)",
                         "Thông báo: 1 thông báo mới hoặc có thay đổi đã đưa vào sổ",
                         "Nhiệm vụ: 4 nhiệm vụ trong sổ (4 thêm mới)",
                         "Cơ quan: 5 cơ quan có trang tính riêng"]
    assert RefreshSummary(workbook="m.xlsx").lines()[1] == "Tệp thông báo: không có tệp nào"


def test_status_table_header_and_lines():
    r = StatusReport(workbook="m.xlsx", today=date(2026, 5, 9), due_soon=7,
                     rows=[("Sở Tài chính", {OVERDUE: 2, OPEN: 1}, 3), ("Sở Nội vụ", {DUE_SOON: 1}, 1)],
                     total={OVERDUE: 2, OPEN: 1, DUE_SOON: 1}, statuses={"Chưa thực hiện": 4}, vanished=1)
    assert r.lines() == [
        "m.xlsx: 4 nhiệm vụ, tính đến ngày 09/05/2026 ('sắp đến hạn' = còn từ 0 đến 7 ngày)",
        "Cơ quan       Quá hạn  Sắp đến hạn  Chưa đến hạn  Không có hạn  Xong đúng hạn  Xong trễ hạn  Tổng",
        "Sở Tài chính        2            0             1             0              0             0     3",
        "Sở Nội vụ           0            1             0             0              0             0     1",
        "Tổng cộng           2            1             1             0              0             0     4",
        "Trạng thái: Chưa thực hiện: 4",
        "1 nhiệm vụ không còn trong thông báo (vẫn giữ, đánh dấu 'Không còn trong TB')",
    ]


def test_interrupted_run(monkeypatch, capsys):
    import tbkl_xl.cli as C

    def stop(args):
        raise KeyboardInterrupt
    monkeypatch.setattr(C, "_cmd_parse", stop)
    assert run(capsys, "parse", str(NO_TASK)) == (130, "", "tbkl-xl: đã dừng theo yêu cầu (Ctrl+C)\n")


def test_a_fault_of_the_program_ends_with_a_line_in_vietnamese(monkeypatch, capsys):
    import tbkl_xl.cli as C

    def broken(args):
        return {}["missing"]
    monkeypatch.setattr(C, "_cmd_parse", broken)
    rc, out, err = run(capsys, "parse", str(NO_TASK))
    assert (rc, out) == (3, "")
    assert err.startswith("Traceback (most recent call last):\n") and "KeyError: 'missing'" in err
    assert err.splitlines()[-1] == ("tbkl-xl: lỗi của chương trình, không phải của dữ liệu (KeyError); "
                                    "gửi toàn bộ nội dung ở trên cho người phụ trách tbkl-xl")
