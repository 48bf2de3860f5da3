"""`tbkl-xl parse`: exact output, exact messages for bad input, and a batch that goes on."""
import json
import shutil
from pathlib import Path

import pytest

from tbkl_xl.cli import main
from tbkl_xl.read import messages as M

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
GOOD = SAMPLES / "06_ha_tang_cua_khau_dong_dang.txt"
NO_TASK = SAMPLES / "07_so_ket_chinh_quyen_hai_cap_khong_nhiem_vu.txt"
TCVN3_TEXT = "Th«ng b¸o kÕt luËn cña UBND tØnh L¹ng S¬n vÒ viÖc giao nhiÖm vô cho Së Tµi chÝnh"


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
    assert err.splitlines() == [f"tbkl-xl: error: {batch / name}: {msg}" for name, msg in sorted(errors.items())]


def test_exact_messages_read_as_a_user_sees_them(batch, capsys):
    main(["parse", str(batch / "b_empty.txt"), str(batch / "c_old.doc")])
    err = capsys.readouterr().err
    assert err == (
        f"tbkl-xl: error: {batch / 'b_empty.txt'}: tệp rỗng (không có chữ nào); kiểm tra xem có đúng "
        "tệp không và tệp đã được lưu đầy đủ chưa\n"
        f"tbkl-xl: error: {batch / 'c_old.doc'}: đây là tệp Word 97-2003 (.doc) kiểu cũ, chương trình "
        "không đọc được; mở tệp bằng Word, lưu lại dạng .docx (File > Save As > Word Document), rồi "
        "chạy lại\n")


def test_notice_without_task_is_a_warning_not_an_error(capsys):
    rc = main(["parse", str(NO_TASK), "--json"])
    out, err = capsys.readouterr()
    assert rc == 0
    assert json.loads(out)["notices"][0]["tasks"] == []
    assert err == f"tbkl-xl: warning: {NO_TASK}: no task found in this notice\n"


def test_missing_path_is_an_error_with_what_to_do(tmp_path, capsys):
    rc = main(["parse", str(tmp_path / "nope.txt")])
    assert rc == 1
    assert capsys.readouterr().err == f"tbkl-xl: error: {tmp_path / 'nope.txt'}: {M.NOT_FOUND}\n"


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


def test_bad_date_option_is_a_clean_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["parse", str(GOOD), "--today", "22/11/2026"])
    assert e.value.code == 2
    assert "invalid date '22/11/2026': use YYYY-MM-DD, e.g. 2026-05-09" in capsys.readouterr().err
