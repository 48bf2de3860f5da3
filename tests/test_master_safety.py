import os
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import sample, all_cells
from tbkl_xl.errors import WorkbookError, WorkbookLockedError
from tbkl_xl.master import refresh, safety, status

TODAY = date(2026, 5, 9)


@pytest.fixture
def wb(tmp_path):
    p = tmp_path / "master.xlsx"
    refresh(p, [sample()], today=TODAY)
    return p


@pytest.mark.parametrize("lock", ["~$master.xlsx", ".~lock.master.xlsx#"])
def test_refuses_when_open_in_excel_and_touches_nothing(wb, lock):
    (wb.parent / lock).write_text("x")
    before = wb.read_bytes()
    with pytest.raises(WorkbookLockedError) as e:
        refresh(wb, [sample()], today=TODAY)
    assert str(e.value) == (f"master.xlsx is open in Excel (lock file {lock} beside it): close it in "
                            f"Excel and run again; if Excel is not running, delete {lock}")
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
    assert str(e.value) == (f"{p} is not a tbkl-xl master workbook (no hidden '_tbkl' marker sheet): "
                            f"refusing to change it; give a new file name to create a master workbook")
    assert p.read_bytes() == before


def test_refuses_a_file_that_is_not_xlsx(tmp_path):
    p = tmp_path / "notes.xlsx"
    p.write_text("hello")
    with pytest.raises(WorkbookError) as e:
        refresh(p, [sample()], today=TODAY)
    assert str(e.value) == (f"{p} is not an .xlsx workbook (not a zip file): refusing to change it; "
                            f"give a new file name to create a master workbook")


def test_refuses_a_newer_schema(wb):
    b = load_workbook(wb)
    b["_tbkl"]["B2"] = 99
    b.save(wb)
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY)
    assert str(e.value) == (f"{wb} was written by a newer tbkl-xl (workbook schema 99; this version "
                            f"understands up to 1): update tbkl-xl before refreshing it")
    with pytest.raises(WorkbookError):
        status(wb, today=TODAY)


def test_refuses_xlsm_for_now(tmp_path):
    with pytest.raises(WorkbookError) as e:
        refresh(tmp_path / "m.xlsm", [sample()], today=TODAY)
    assert str(e.value) == f"{tmp_path / 'm.xlsm'}: .xlsm workbooks are not supported yet; use a .xlsx name"


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

    def boom(path, out):
        path.write_bytes(b"partial")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(R, "write_book", boom)
    with pytest.raises(WorkbookError) as e:
        refresh(wb, [sample()], today=TODAY, due_soon=3)
    assert str(e.value) == (f"{wb}: không ghi được sổ theo dõi (ổ đĩa đã đầy); kiểm tra quyền ghi vào "
                            f"thư mục và chỗ trống trên ổ đĩa")
    assert wb.read_bytes() == before
    assert sorted(p.name for p in wb.parent.iterdir()) == ["backup", "master.xlsx"]


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
