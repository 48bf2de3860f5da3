"""The master workbook with the shipped agency directory (parse/agencies.py)."""
from datetime import date

from openpyxl import load_workbook

from master_factory import add_row, row_of, sample, table
from tbkl_xl.master import refresh
from tbkl_xl.parse.agencies import default_directory

TODAY = date(2026, 5, 9)


def test_directory_fills_the_agency_sheet_and_gives_sheet_codes(tmp_path):
    p = tmp_path / "m.xlsx"
    refresh(p, [sample()], today=TODAY)
    rows = table(p, "Cơ quan")
    assert len(rows) == len(default_directory().rows())
    tc = [r for r in rows if r["Tên cơ quan"] == "Sở Tài chính"][0]
    assert tc["Mã trang tính"] == "Sở Tài chính" and "STC" in tc["Tên gọi khác (cách nhau bởi ;)"]
    assert tc["Số nhiệm vụ"] == 1
    names = load_workbook(p).sheetnames
    assert {"Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "P. Kỳ Lừa"} <= set(names)
    # directory order: departments before communes
    assert names.index("Sở Tài chính") < names.index("P. Kỳ Lừa")
    # a hand row naming an agency by its alias lands on that agency's sheet
    add_row(p, "Tổng hợp", {"Nội dung nhiệm vụ": "Báo cáo vốn", "Cơ quan chủ trì": "STC"})
    refresh(p, [], today=TODAY)
    assert [r["Nội dung nhiệm vụ"] for r in table(p, "Sở Tài chính")][-1] == "Báo cáo vốn"
    # staff rename a sheet code in Cơ quan: the sheet follows, nothing else changes
    b = load_workbook(p)
    for r in b["Cơ quan"].iter_rows(min_row=2):
        if r[0].value == "Sở Tài chính":
            r[1].value = "TC"
    b.save(p)
    refresh(p, [], today=TODAY)
    names = load_workbook(p).sheetnames
    assert "TC" in names and "Sở Tài chính" not in names
    assert row_of(p, "TC", "T1")["Mã NV"] == "T1"
