"""Hand-built notices for the master workbook tests (no parser needed)."""
from __future__ import annotations

from datetime import date

import pytest

from tbkl_xl.model import COLLECTIVE, COMMUNE, Agency, Deadline, Notice, Task

STC = Agency("Sở Tài chính", code="STC")
SXD = Agency("Sở Xây dựng", code="SXD")
SNV = Agency("Sở Nội vụ", code="SNV")
OLD_KHDT = Agency("Sở Kế hoạch và Đầu tư", code="SKHĐT", successor="Sở Tài chính")
COMMUNES = Agency("UBND các xã, phường", kind=COLLECTIVE,
                  members=("UBND xã Tràng Định", "UBND phường Kỳ Lừa"))


def task(tid, section, lead, text, deadline=None, order=0, support=(), review=()):
    dl = Deadline(deadline, "date", f"trước ngày {deadline:%d/%m/%Y}") if deadline else None
    return Task(id=tid, section=section, lead=list(lead), support=list(support), text=text,
                deadline=dl, order=order, needs_review=list(review))


def notice(nid="N1", number="12/TB-UBND", issued=date(2026, 4, 10), tasks=(), title=None,
           source=None):
    return Notice(id=nid, source=source or f"{nid}.docx", number=number, issued=issued,
                  issued_month=(issued.year, issued.month) if issued else (2026, 4),
                  title=title or f"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp {nid}",
                  leader="Chủ tịch UBND tỉnh", meeting_date=date(2026, 4, 8), tasks=list(tasks))


def sample(number="12/TB-UBND", issued=date(2026, 4, 10), text2=None):
    """Notice N1: four tasks incl. a collective one; optionally reword task 2."""
    return notice("N1", number, issued, [
        task("T1", "1", [STC], "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230.",
             date(2026, 5, 1), order=1, support=[SXD]),
        task("T2", "2.a", [SXD], text2 or "Hướng dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh dự án khu dân cư.",
             date(2026, 5, 15), order=2),
        task("T3", "2.b", [SNV], "Tham mưu sắp xếp bộ máy các đơn vị sự nghiệp công lập.", None, order=3),
        task("T4", "3", [COMMUNES], "Tổ chức tuyên truyền chính sách hỗ trợ đất ở cho hộ nghèo.",
             date(2026, 6, 30), order=4),
    ])


# ---------------------------------------------------------------- acting as staff in Excel
def header_row(ws) -> int:
    """The row of a sheet's headers: the row holding 'Mã NV' (task sheets have title rows
    above it), else row 1."""
    for r in range(1, 13):
        values = {c.value for c in ws[r]}
        if "Mã NV" in values and "Nội dung nhiệm vụ" in values:
            return r
    return 1


def _header_index(ws, h=None):
    h = h or header_row(ws)
    return {c.value: c.column for c in ws[h] if c.value is not None}


def edit(path, sheet, task_id, header, value):
    """Type ``value`` into the cell of ``header`` on the row of ``task_id`` (saves the file)."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    ws = wb[sheet]
    hr = header_row(ws)
    h = _header_index(ws, hr)
    col = h.get(header)
    if col is None:                      # a column staff add at the right end
        col = ws.max_column + 1
        ws.cell(hr, col, header)
    for r in range(hr + 1, ws.max_row + 1):
        if ws.cell(r, h["Mã NV"]).value == task_id:
            ws.cell(r, col).value = value            # None clears the cell, as Delete does
            break
    else:
        raise AssertionError(f"{task_id} not on {sheet}")
    wb.save(path)


def add_row(path, sheet, values: dict):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    ws = wb[sheet]
    hr = header_row(ws)
    h = _header_index(ws, hr)
    r = ws.max_row + 1
    while r > hr + 1 and all(ws.cell(r - 1, c).value is None for c in h.values()):
        r -= 1
    for k, v in values.items():
        ws.cell(r, h[k], v)
    wb.save(path)


def table(path, sheet) -> list:
    """Rows of a sheet as dicts keyed by its header."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    ws = wb[sheet]
    hr = header_row(ws)
    rows = list(ws.iter_rows(min_row=hr, values_only=True))
    heads = rows[0]
    return [dict(zip(heads, r)) for r in rows[1:] if any(v is not None for k, v in zip(heads, r)
                                                          if k not in ("STT", "Còn lại (ngày)"))]


def row_of(path, sheet, task_id) -> dict:
    for r in table(path, sheet):
        if r.get("Mã NV") == task_id:
            return r
    raise AssertionError(f"{task_id} not on {sheet}")


def all_cells(path) -> dict:
    """Every value of every sheet (to check that a refresh changed nothing)."""
    from openpyxl import load_workbook
    wb = load_workbook(path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}


@pytest.fixture(autouse=True)
def no_shipped_directory(monkeypatch):
    """Keep these tests independent of data/agencies.csv: sheet codes come from the factory's
    agencies and the Cơ quan sheet starts empty (test_master_directory.py covers the real one)."""
    import importlib
    R = importlib.import_module("tbkl_xl.master.refresh")
    from tbkl_xl.master import layout
    monkeypatch.setattr(R, "_default_agency_rows", lambda province=None: [])
    monkeypatch.setattr(layout, "directory_sheet_code", lambda a: a.code)


SAMPLE_TODAY = date(2026, 5, 9)


@pytest.fixture
def wb(tmp_path):
    """A master built from ``sample()`` (the tests' usual starting point)."""
    from tbkl_xl.master import refresh
    p = tmp_path / "master.xlsx"
    refresh(p, [sample()], today=SAMPLE_TODAY)
    return p


def cell_of(path, sheet, task_id, header):
    """The openpyxl cell of ``header`` on the row of ``task_id`` (to check looks, comments …)."""
    from openpyxl import load_workbook
    ws = load_workbook(path)[sheet]
    h = header_row(ws)
    heads = [c.value for c in ws[h]]
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, heads.index("Mã NV") + 1).value == task_id:
            return ws.cell(r, heads.index(header) + 1)
    raise AssertionError((sheet, task_id))


def log_notes(path) -> list:
    """The 'Ghi chú' column of Nhật ký."""
    return [r["Ghi chú"] for r in table(path, "Nhật ký")]
