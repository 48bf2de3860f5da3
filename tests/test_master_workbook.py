"""Golden checks: write a workbook, read it back with openpyxl, check what staff will see."""
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import sample
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh

TODAY = date(2026, 5, 9)
TASK_SHEETS = ["Tổng hợp", "STC", "SXD", "SNV", "Xã Tràng Định", "Phường Kỳ Lừa"]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    import importlib
    path = tmp_path_factory.mktemp("golden") / "master.xlsx"
    with pytest.MonkeyPatch.context() as mp:          # module scope: no autouse monkeypatch yet
        mp.setattr(importlib.import_module("tbkl_xl.master.refresh"), "_default_agency_rows", lambda: [])
        mp.setattr(L, "directory_sheet_code", lambda a: a.code)
        refresh(path, [sample()], today=TODAY)
    return load_workbook(path)


def test_sheets_in_order_and_hidden_ones_hidden(book):
    assert book.sheetnames == ["Tổng hợp", "Thông báo", "STC", "SXD", "SNV", "Xã Tràng Định",
                               "Phường Kỳ Lừa", "Cơ quan", "Cấu hình", "Nhật ký",
                               "_tbkl", "_tbkl_notices", "_tbkl_snapshot"]
    states = {ws.title: ws.sheet_state for ws in book.worksheets}
    assert {k for k, v in states.items() if v != "visible"} == {"_tbkl", "_tbkl_notices", "_tbkl_snapshot"}
    assert [list(r) for r in book["_tbkl"].iter_rows(max_row=2, values_only=True)] == [
        ["app", "tbkl_xl", None], ["schema", 1, None]]


@pytest.mark.parametrize("sheet", TASK_SHEETS)
def test_task_sheet_headers_freeze_filter(sheet, book):
    ws = book[sheet]
    assert [c.value for c in ws[1]] == list(L.TASK_COLUMNS)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:R{ws.max_row}"
    assert all(c.font.b for c in ws[1])


def test_agency_sheets_show_their_tasks(book):
    ids = lambda s: [r[0] for r in book[s].iter_rows(min_row=2, values_only=True)]
    assert ids("Tổng hợp") == ["T1", "T2", "T3", "T4"]
    assert ids("STC") == ["T1"] and ids("SXD") == ["T2"] and ids("SNV") == ["T3"]
    assert ids("Xã Tràng Định") == ["T4"] and ids("Phường Kỳ Lừa") == ["T4"]


@pytest.mark.parametrize("sheet", TASK_SHEETS)
def test_status_dropdown(sheet, book):
    dvs = book[sheet].data_validations.dataValidation
    assert len(dvs) == 1
    dv = dvs[0]
    assert dv.type == "list"
    assert dv.formula1 == '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Không thực hiện"'
    assert str(dv.sqref).startswith("K2:K")
    assert int(str(dv.sqref).split(":K")[1]) >= book[sheet].max_row


def test_dates_numbers_fonts_wrap(book):
    ws = book["Tổng hợp"]
    assert isinstance(ws["C2"].value, datetime) and ws["C2"].number_format == "dd/mm/yyyy"
    assert ws["I2"].value == datetime(2026, 5, 1) and ws["I2"].number_format == "dd/mm/yyyy"
    assert ws.column_dimensions["L"].number_format == "dd/mm/yyyy"
    for c in ws[2]:
        if c.value is not None:
            assert c.font.name == "Times New Roman"
            assert c.alignment.wrap_text and c.alignment.vertical == "top"
    assert ws.column_dimensions["F"].width == 60
    assert ws.column_dimensions["A"].width == 13
    assert ws["E2"].value == "1" and ws["E2"].data_type == "s"


def test_days_left_formula(book):
    ws = book["STC"]
    assert ws["P2"].value == ('=IF(OR(NOT(ISNUMBER($I2)),$K2="Đã hoàn thành",$K2="Không thực hiện",'
                              'ISNUMBER($L2)),"",$I2-TODAY())')


def test_conditional_formats_keyed_on_today(book):
    ws = book["Tổng hợp"]
    cf = list(ws.conditional_formatting)
    assert len(cf) == 1
    assert str(cf[0].sqref) == "A2:R1005"
    rules = sorted(cf[0].rules, key=lambda r: r.priority)
    got = [(r.type, r.formula[0], r.stopIfTrue, r.dxf.fill.bgColor.rgb[-6:]) for r in rules]
    assert got == [
        ("expression", "AND(ISNUMBER($L2),ISNUMBER($I2),$L2>$I2)", True, "E4D7F5"),
        ("expression", 'OR($K2="Đã hoàn thành",ISNUMBER($L2))', True, "C6EFCE"),
        ("expression", 'AND($K2<>"Không thực hiện",ISNUMBER($I2),$I2<TODAY())', True, "FFC7CE"),
        ("expression", 'AND($K2<>"Không thực hiện",ISNUMBER($I2),$I2-TODAY()<=tbkl_due_soon)', True,
         "FFEB9C"),
    ]
    dn = book.defined_names["tbkl_due_soon"]
    assert dn.attr_text == "'Cấu hình'!$B$3"
    assert book["Cấu hình"]["A3"].value == "Số ngày sắp đến hạn" and book["Cấu hình"]["B3"].value == 7


@pytest.mark.parametrize("sheet", TASK_SHEETS + ["Thông báo", "Cơ quan", "Nhật ký"])
def test_print_setup(sheet, book):
    ws = book[sheet]
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == "$1:$1"


def test_other_sheets(book):
    assert [c.value for c in book["Thông báo"][1]] == [
        "Mã TB", "Số TB", "Ngày TB", "Trích yếu", "Người chủ trì", "Ngày họp", "Tệp nguồn",
        "Số nhiệm vụ", "Nhập lần đầu", "Thay đổi lần cuối"]
    n = [c.value for c in book["Thông báo"][2]]
    assert n[:3] == ["N1", "12/TB-UBND", datetime(2026, 4, 10)] and n[7:] == [4, datetime(2026, 5, 9), datetime(2026, 5, 9)]
    assert [c.value for c in book["Nhật ký"][1]] == [
        "Thời điểm", "Nhiệm vụ", "Trường", "Giá trị cũ", "Giá trị mới", "Nguồn", "Ghi chú"]
    assert [c.value for c in book["Cơ quan"][1]][:3] == [
        "Tên cơ quan", "Mã trang tính", "Tên gọi khác (cách nhau bởi ;)"]
    codes = {r[0]: r[1] for r in book["Cơ quan"].iter_rows(min_row=2, values_only=True)}
    assert codes["Sở Tài chính"] == "STC" and codes["UBND xã Tràng Định"] == "Xã Tràng Định"
    cfg = [list(r[:2]) for r in book["Cấu hình"].iter_rows(values_only=True)]
    assert cfg == [["Thiết lập", "Giá trị"], ["Thư mục thông báo", None], ["Số ngày sắp đến hạn", 7],
                   ["Tỉnh", "Lạng Sơn"]]


def test_rows_of_long_text_carry_an_automatic_height_hint(tmp_path):
    """LibreOffice does not size rows itself when printing: a height hint is written, but not as
    a fixed height, so Excel still fits the row when staff type more."""
    import zipfile
    from tbkl_xl.master.workbook import row_height
    assert row_height(["ngắn", "x" * 10], [20, 20]) is None
    assert row_height(["x" * 200], [20]) == round(10 * 12 * 1.3 + 3, 1)
    assert row_height(["x" * 100000], [20]) == 409
    p = tmp_path / "b.xlsx"
    refresh(p, [sample()], today=TODAY)
    xml = zipfile.ZipFile(p).read("xl/worksheets/sheet1.xml").decode()
    assert ' ht="' in xml and "customHeight" not in xml
