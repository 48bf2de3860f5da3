"""`tbkl-xl parse`: exact output, exact messages for bad input, and a batch that goes on."""
import json
import shutil
from pathlib import Path

import pytest

from tbkl_xl.cli import main
from tbkl_xl.parse import parse_notice
from tbkl_xl.read import messages as M

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOOD = SAMPLES / "06_ha_tang_cua_khau_dong_dang.txt"
NO_TASK = SAMPLES / "07_so_ket_chinh_quyen_hai_cap_khong_nhiem_vu.txt"
NO_TASK_WARNING = parse_notice(NO_TASK).warnings[0]      # the parser's own text (tbkl_xl/parse)
TCVN3_TEXT = "Th«ng b¸o kÕt luËn cña UBND tØnh L¹ng S¬n vÒ viÖc giao nhiÖm vô cho Së Tµi chÝnh"


@pytest.fixture(autouse=True)
def terminal_80_columns(monkeypatch):
    """argparse wraps usage and help to the terminal's width."""
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def batch(tmp_path):
    shutil.copy(GOOD, tmp_path / "a_good.txt")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (tmp_path / "d_broken.docx").write_bytes(b"PK\x03\x04 this is not a zip")
    (tmp_path / "e_junk.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "f_tcvn3.txt").write_bytes(TCVN3_TEXT.encode("cp1252"))
    (tmp_path / "g_scanned.pdf").write_bytes(_image_only_pdf())
    return tmp_path


def _image_only_pdf() -> bytes:
    """A one-page PDF with no text layer, as a scanner makes."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>"]
    stream = b"0 0 1 rg 10 10 100 100 re f"
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    offsets.append(len(out))
    out += b"4 0 obj\n<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


def test_bad_files_are_reported_by_name_and_the_batch_goes_on(batch, capsys):
    rc = main(["parse", str(batch), "--json"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert rc == 1
    assert [Path(n["source"]).name for n in data["notices"]] == ["a_good.txt"]
    assert len(data["notices"][0]["tasks"]) == 6
    errors = {Path(e["source"]).name: e["message"] for e in data["errors"]}
    assert errors == {
        "b_empty.txt": M.EMPTY,
        "c_old.doc": M.DOC,
        "d_broken.docx": M.CORRUPT_DOCX,
        "e_junk.txt": M.BINARY.format(kind=M.UNKNOWN_BINARY),
        "f_tcvn3.txt": M.legacy(M.TCVN3),
        "g_scanned.pdf": M.SCANNED_PDF,
    }
    assert err.splitlines() == [f"tbkl-xl: lỗi: {batch / name}: {msg}" for name, msg in sorted(errors.items())]


def test_exact_messages_read_as_a_user_sees_them(batch, capsys):
    main(["parse", str(batch / "b_empty.txt"), str(batch / "c_old.doc")])
    err = capsys.readouterr().err
    assert err == (
        f"tbkl-xl: lỗi: {batch / 'b_empty.txt'}: tệp rỗng (không có chữ nào); kiểm tra xem có đúng "
        "tệp không và tệp đã được lưu đầy đủ chưa\n"
        f"tbkl-xl: lỗi: {batch / 'c_old.doc'}: đây là tệp Word 97-2003 (.doc) kiểu cũ, chương trình "
        "không đọc được; mở tệp bằng Word, lưu lại dạng .docx (File > Save As > Word Document), rồi "
        "chạy lại\n")


def test_notice_without_task_is_a_warning_not_an_error(capsys):
    rc = main(["parse", str(NO_TASK), "--json"])
    out, err = capsys.readouterr()
    assert rc == 0
    assert json.loads(out)["notices"][0]["tasks"] == []
    assert err == f"tbkl-xl: cảnh báo: {NO_TASK}: {NO_TASK_WARNING}\n"
    assert NO_TASK_WARNING == "không tìm thấy nhiệm vụ nào trong văn bản này"


def test_missing_path_is_an_error_with_what_to_do(tmp_path, capsys):
    rc = main(["parse", str(tmp_path / "nope.txt")])
    assert rc == 1
    assert capsys.readouterr().err == f"tbkl-xl: lỗi: {tmp_path / 'nope.txt'}: {M.NOT_FOUND}\n"


def test_missing_folder_says_it_does_not_exist(tmp_path, capsys):
    """A folder name mistyped is not 'a file name without extension'."""
    rc = main(["parse", str(tmp_path / "Thong bao 2026"), str(GOOD)])
    out, err = capsys.readouterr()
    assert rc == 1
    assert err == (f"tbkl-xl: lỗi: {tmp_path / 'Thong bao 2026'}: không tìm thấy: đường dẫn này không "
                   "tồn tại; kiểm tra lại tên tệp hoặc thư mục (và thư mục chứa nó)\n")
    assert out.splitlines()[0] == str(GOOD)         # the other paths are still read


def test_empty_folder_is_a_warning(tmp_path, capsys):
    (tmp_path / "trong").mkdir()
    (tmp_path / "trong" / "ghi_chu.xlsx").write_bytes(b"")
    rc = main(["parse", str(tmp_path / "trong")])
    assert rc == 0
    assert capsys.readouterr().err == (f"tbkl-xl: cảnh báo: {tmp_path / 'trong'}: thư mục không có tệp "
                                       "thông báo nào (.docx, .pdf, .txt, .md)\n")


def test_warnings_of_one_kind_are_one_line_with_the_count(capsys):
    """The sample without tasks in its three formats: one line, then -v for the files."""
    copies = sorted(SAMPLES.glob(NO_TASK.stem + ".*"))
    assert len(copies) == 3
    rc = main(["parse", *map(str, copies), "--json"])
    assert rc == 0
    assert capsys.readouterr().err.splitlines() == [
        f"tbkl-xl: cảnh báo: 3 tệp: {NO_TASK_WARNING}",
        "tbkl-xl: chạy lại với -v (--verbose) để xem từng tệp",
    ]
    main(["parse", *map(str, copies), "--json", "-v"])
    assert capsys.readouterr().err.splitlines() == [
        f"tbkl-xl: cảnh báo: 3 tệp: {NO_TASK_WARNING}:",
        *[f"  {c}" for c in copies],
    ]


def test_json_shape(capsys):
    main(["parse", str(GOOD), "--json"])
    n = json.loads(capsys.readouterr().out)["notices"][0]
    assert {"source", "id", "number", "issued", "meeting_date", "title", "leader", "signer", "tasks"} <= set(n)
    assert (n["number"], n["issued"]) == ("176/TB-UBND", "2026-04-28")
    t = n["tasks"][0]
    assert {"id", "section", "lead", "support", "deadline", "deadline_text", "deadline_kind", "text",
            "needs_review"} <= set(t)


def test_table_output(capsys):
    rc = main(["parse", str(GOOD), "--today", "2026-05-01"])
    lines = capsys.readouterr().out.splitlines()
    assert rc == 0
    assert lines[0] == str(GOOD)
    assert lines[1].startswith("  Số: 176/TB-UBND   Ngày: 28/04/2026   Họp/kiểm tra: ")
    assert lines[4].split() == ["Mục", "Chủ", "trì", "Thời", "hạn", "Nội", "dung"]
    assert len(lines) == 5 + 6


@pytest.mark.parametrize("typed", ["2026-05-01", "01/05/2026", "1/5/2026", " 01/05/2026 "])
def test_today_as_a_clerk_types_it(typed, capsys):
    """dd/mm/yyyy (and d/m/yyyy) give the same run as yyyy-mm-dd."""
    assert main(["parse", str(GOOD), "--json", "--today", typed]) == 0
    tasks = json.loads(capsys.readouterr().out)["notices"][0]["tasks"]
    main(["parse", str(GOOD), "--json", "--today", "2026-05-01"])
    assert tasks == json.loads(capsys.readouterr().out)["notices"][0]["tasks"]


@pytest.mark.parametrize("typed, message", [
    ("22.11.2026", "ngày không hợp lệ '22.11.2026': ghi theo dạng dd/mm/yyyy (ví dụ 09/05/2026) hoặc "
                   "yyyy-mm-dd (ví dụ 2026-05-09)"),
    ("11/2026", "ngày không hợp lệ '11/2026': ghi theo dạng dd/mm/yyyy (ví dụ 09/05/2026) hoặc "
                "yyyy-mm-dd (ví dụ 2026-05-09)"),
    ("31/04/2026", "ngày không có thật '31/04/2026' (tháng 4/2026 không có ngày 31): ghi theo dạng "
                   "dd/mm/yyyy (ví dụ 09/05/2026) hoặc yyyy-mm-dd (ví dụ 2026-05-09)"),
    ("2026-13-01", "ngày không có thật '2026-13-01' (không có tháng 13): ghi theo dạng dd/mm/yyyy "
                   "(ví dụ 09/05/2026) hoặc yyyy-mm-dd (ví dụ 2026-05-09)"),
])
def test_bad_date_option_is_a_clean_usage_error(typed, message, capsys):
    with pytest.raises(SystemExit) as e:
        main(["parse", str(GOOD), "--today", typed])
    assert e.value.code == 2
    assert capsys.readouterr().err == (
        "cách dùng: tbkl-xl parse [-h] [--json] [--today NGÀY] [-v] [--province TỈNH]\n"
        "                         TỆP_HOẶC_THƯ_MỤC [TỆP_HOẶC_THƯ_MỤC ...]\n"
        f"tbkl-xl: lỗi: --today: {message}\n")
