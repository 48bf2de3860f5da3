import os
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import sample, all_cells
from tbkl_xl.errors import WorkbookError, WorkbookLockedError
from tbkl_xl.master import refresh, safety, status

TODAY = date(2026, 5, 9)


@pytest.mark.parametrize("lock", ["~$master.xlsx", ".~lock.master.xlsx#"])
def test_refuses_when_open_in_excel_and_touches_nothing(wb, lock):
    (wb.parent / lock).write_text("x")
    before = wb.read_bytes()
    with pytest.raises(WorkbookLockedError) as e:
        refresh(wb, [sample()], today=TODAY)
    assert str(e.value) == (f"master.xlsx đang mở trong Excel (có tệp khóa {lock} bên cạnh): hãy đóng "
                            f"tệp trong Excel rồi chạy lại; nếu Excel không chạy, xóa tệp {lock}")
    assert wb.read_bytes() == before
    assert not (wb.parent / "backup").exists()


def test_refuses_a_workbook_that_is_not_ours(tmp_path):
    p = tmp_path / "other.xlsx"
    w = Workbook()
    w.active["A1"] = "số liệu của phòng"
    w.save(p)
    before = p.read_bytes()
    with pytest.raises(WorkbookError) as e:
        refresh(p, [sample()], today=TODAY)
    assert str(e.value) == (f"{p} không phải sổ theo dõi của tbkl-xl (không có trang ẩn '_tbkl' và các "
                            f"trang của sổ): không sửa tệp này; hãy đặt tên tệp mới để tạo sổ theo dõi")
    assert p.read_bytes() == before


def test_refuses_a_file_that_is_not_xlsx(tmp_path):
    p = tmp_path / "notes.xlsx"
    p.write_text("hello")
    with pytest.raises(WorkbookError) as e:
        refresh(p, [sample()], today=TODAY)
    assert str(e.value) == (f"{p} không đọc được như tệp .xlsx (không phải tệp zip: tệp hỏng, bị cắt cụt "
                            f"hoặc không phải Excel); không có bản sao lưu trong {tmp_path / 'backup'}")


def test_refuses_a_newer_schema(wb):
    b = load_workbook(wb)
    b["_tbkl"]["B2"] = 99
    b.save(wb)
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY)
    assert str(e.value) == (f"{wb} được ghi bởi tbkl-xl mới hơn (cấu trúc sổ 99; bản này hiểu đến 2): "
                            f"hãy cập nhật tbkl-xl trước khi cập nhật sổ")
    with pytest.raises(WorkbookError):
        status(wb, today=TODAY)


def test_refuses_xlsm_for_now(tmp_path):
    with pytest.raises(WorkbookError) as e:
        refresh(tmp_path / "m.xlsm", [sample()], today=TODAY)
    assert str(e.value) == f"{tmp_path / 'm.xlsm'}: chưa hỗ trợ sổ .xlsm; hãy dùng tên tệp .xlsx"


def test_backups_keep_the_last_n(wb):
    for days in range(4):           # a new setting each time, so each refresh writes
        before = all_cells(wb)
        refresh(wb, [sample()], today=TODAY, keep_backups=3, due_soon=days + 3)
    backups = sorted((wb.parent / "backup").iterdir())
    assert len(backups) == 3
    assert all(b.name.startswith("master.") and b.suffix == ".xlsx" for b in backups)
    assert all_cells(backups[-1]) == before        # the workbook as it was before the last refresh


def test_failed_write_leaves_the_workbook_and_no_temp_file(wb, monkeypatch):
    import importlib
    R = importlib.import_module("tbkl_xl.master.refresh")
    before = wb.read_bytes()

    class Full:
        def save(self, path):
            path.write_bytes(b"partial")
            raise OSError(28, "No space left on device")
    monkeypatch.setattr(R, "write_book", lambda state, out: Full())
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY, due_soon=3)
    assert str(e.value) == (f"{wb}: không ghi được sổ theo dõi (ổ đĩa đã đầy); kiểm tra quyền ghi vào "
                            f"thư mục và chỗ trống trên ổ đĩa")
    assert wb.read_bytes() == before
    assert sorted(p.name for p in wb.parent.iterdir()) == ["master.xlsx"]


def test_atomic_write_replaces_in_one_step(tmp_path):
    p = tmp_path / "x.xlsx"
    p.write_bytes(b"old")
    safety.atomic_write(p, lambda tmp: tmp.write_bytes(b"new"))
    assert p.read_bytes() == b"new" and os.listdir(tmp_path) == ["x.xlsx"]


def test_a_refresh_that_changes_nothing_leaves_the_file_alone(wb):
    before, stamp = wb.read_bytes(), wb.stat().st_mtime_ns
    s = refresh(wb, [sample()], today=TODAY)
    assert not s.written and s.backup is None
    assert wb.read_bytes() == before and wb.stat().st_mtime_ns == stamp
    assert not (wb.parent / "backup").exists()


def test_a_deleted_agency_sheet_is_written_back(wb):
    from openpyxl import load_workbook
    book = load_workbook(wb)
    gone = [n for n in book.sheetnames if n not in ("Tổng hợp", "Thông báo", "Cơ quan", "Cấu hình", "Nhật ký")
            and book[n].sheet_state == "visible"][0]
    del book[gone]
    book.save(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert s.written and gone in load_workbook(wb, read_only=True).sheetnames
