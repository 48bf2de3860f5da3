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
HEADER = 3                       # title row, legend row, then the header


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    import importlib
    path = tmp_path_factory.mktemp("golden") / "master.xlsx"
    with pytest.MonkeyPatch.context() as mp:          # module scope: no autouse monkeypatch yet
        mp.setattr(importlib.import_module("tbkl_xl.master.refresh"), "_default_agency_rows", lambda province=None: [])
        mp.setattr(L, "directory_sheet_code", lambda a: a.code)
        refresh(path, [sample()], today=TODAY)
    return load_workbook(path)


def test_sheets_in_order_and_hidden_ones_hidden(book):
    assert book.sheetnames == ["Tổng hợp", "Thông báo", "STC", "SXD", "SNV", "Xã Tràng Định",
                               "Phường Kỳ Lừa", "Cơ quan", "Cấu hình", "Nhật ký",
                               "_tbkl", "_tbkl_notices", "_tbkl_snapshot"]
    states = {ws.title: ws.sheet_state for ws in book.worksheets}
    assert {k for k, v in states.items() if v != "visible"} == {"_tbkl", "_tbkl_notices", "_tbkl_snapshot"}
    meta = {r[0]: r[1] for r in book["_tbkl"].iter_rows(values_only=True) if r[0] != "sheet"}
    assert meta["app"] == "tbkl_xl" and meta["schema"] == 2 and len(meta["master_id"]) == 32


@pytest.mark.parametrize("sheet", TASK_SHEETS)
def test_task_sheet_title_legend_header_freeze_filter(sheet, book):
    ws = book[sheet]
    assert ws["A1"].value.startswith('="') and "theo dõi đến ngày" in ws["A1"].value
    assert "TODAY()" in ws["A1"].value and ws["A1"].font.b and ws["A1"].font.sz == 14
    assert "A1:L1" in [str(m) for m in ws.merged_cells.ranges]
    legend = [c.value for c in ws[2] if c.value is not None]
    assert legend[0] == "Chú thích màu:" and legend[1] == "Quá hạn, chưa hoàn thành"
    assert legend[3:] == ["Hoàn thành đúng hạn", "Hoàn thành trễ hạn",
                          "Chữ nghiêng xanh, viền xanh: ô cán bộ đã hiệu đính"]
    assert "tbkl_due_soon" in legend[2]
    fills = [c.fill.fgColor.rgb[-6:] for c in ws[2] if c.value in legend[1:5]]
    assert fills == ["FFC7CE", "FFEB9C", "C6EFCE", "E4D7F5"]
    assert [c.value for c in ws[HEADER]] == list(L.TASK_COLUMNS)
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:R{ws.max_row}"
    assert all(c.font.b for c in ws[HEADER])


def test_the_title_names_the_agency(book):
    assert book["STC"]["A1"].value.startswith('="Sở Tài chính: nhiệm vụ theo dõi đến ngày "&')
    assert book["Tổng hợp"]["A1"].value.startswith('="Tổng hợp: nhiệm vụ theo dõi đến ngày "&')


@pytest.mark.parametrize("sheet", TASK_SHEETS)
def test_internal_columns_grouped_and_hidden_stt_numbers_rows(sheet, book):
    ws = book[sheet]
    for col in ("P", "Q", "R"):                      # Mã NV, Mã TB, Tình trạng nguồn
        cd = ws.column_dimensions[col]
        assert cd.hidden and cd.outline_level == 1, col
    stt = [r[0] for r in ws.iter_rows(min_row=HEADER + 1, values_only=True)]
    assert stt == list(range(1, len(stt) + 1))


def test_agency_sheets_show_their_tasks(book):
    ids = lambda s: [r[15] for r in book[s].iter_rows(min_row=HEADER + 1, values_only=True)]
    assert ids("Tổng hợp") == ["T1", "T2", "T3", "T4"]
    assert ids("STC") == ["T1"] and ids("SXD") == ["T2"] and ids("SNV") == ["T3"]
    assert ids("Xã Tràng Định") == ["T4"] and ids("Phường Kỳ Lừa") == ["T4"]


@pytest.mark.parametrize("sheet", TASK_SHEETS)
def test_status_and_review_dropdowns(sheet, book):
    dvs = sorted(book[sheet].data_validations.dataValidation, key=lambda d: str(d.sqref))
    assert len(dvs) == 2
    status, review = dvs
    assert status.type == "list"
    assert status.formula1 == '"Chưa thực hiện,Đang thực hiện,Đã hoàn thành,Không thực hiện"'
    assert str(status.sqref).startswith("I4:I")
    assert int(str(status.sqref).split(":I")[1]) >= book[sheet].max_row
    assert review.formula1 == '"Đã kiểm tra"' and str(review.sqref).startswith("O4:O")
    assert not review.showErrorMessage                # the reasons the tool writes stay valid


def test_dates_numbers_fonts_wrap(book):
    ws = book["Tổng hợp"]
    assert isinstance(ws["C4"].value, datetime) and ws["C4"].number_format == "dd/mm/yyyy"
    assert ws["H4"].value == datetime(2026, 5, 1) and ws["H4"].number_format == "dd/mm/yyyy"
    assert ws.column_dimensions["J"].number_format == "dd/mm/yyyy"
    for c in ws[4]:
        if c.value is not None:
            assert c.font.name == "Times New Roman" and c.alignment.vertical == "top"
            assert c.alignment.wrap_text or c.column_letter in ("A", "M")     # STT, days left
    assert ws.column_dimensions["E"].width == L.WIDTHS[L.C_TEXT]
    assert ws["D4"].value == "1" and ws["D4"].data_type == "s"


def test_notice_number_links_to_its_row_on_the_notice_sheet(book):
    c = book["STC"]["B4"]
    assert c.value == "12/TB-UBND"
    assert c.hyperlink.location == "'Thông báo'!B2"
    assert book["Thông báo"]["B2"].value == "12/TB-UBND"
    assert "Trích yếu" not in [x.value for x in book["STC"][HEADER]]    # the title is not copied


def test_days_left_formula(book):
    ws = book["STC"]
    assert ws["M4"].value == ('=IF(OR(NOT(ISNUMBER($H4)),$I4="Đã hoàn thành",$I4="Không thực hiện",'
                              'ISNUMBER($J4)),"",$H4-TODAY())')


def test_conditional_formats_keyed_on_today(book):
    ws = book["Tổng hợp"]
    cf = list(ws.conditional_formatting)
    assert len(cf) == 1
    assert str(cf[0].sqref) == "A4:R1007"
    rules = sorted(cf[0].rules, key=lambda r: r.priority)
    got = [(r.type, r.formula[0], r.stopIfTrue, r.dxf.fill.bgColor.rgb[-6:]) for r in rules]
    assert got == [
        ("expression", "AND(ISNUMBER($J4),ISNUMBER($H4),$J4>$H4)", True, "E4D7F5"),
        ("expression", 'OR($I4="Đã hoàn thành",ISNUMBER($J4))', True, "C6EFCE"),
        ("expression", 'AND($I4<>"Không thực hiện",ISNUMBER($H4),$H4<TODAY())', True, "FFC7CE"),
        ("expression", 'AND($I4<>"Không thực hiện",ISNUMBER($H4),$H4-TODAY()<=tbkl_due_soon)', True,
         "FFEB9C"),
    ]
    dn = book.defined_names["tbkl_due_soon"]
    assert dn.attr_text == "'Cấu hình'!$B$3"
    assert book["Cấu hình"]["A3"].value == "Số ngày sắp đến hạn" and book["Cấu hình"]["B3"].value == 7


@pytest.mark.parametrize("sheet", TASK_SHEETS)
def test_print_setup_of_task_sheets(sheet, book):
    ws = book[sheet]
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == "$1:$3"
    assert ws.print_area.startswith(f"'{sheet}'!$A$1:$L$") or ws.print_area.startswith(f"{sheet}!$A$1:$L$")
    assert ws.oddFooter.right.text == "Trang &P/&N"


@pytest.mark.parametrize("sheet", ["Thông báo", "Cơ quan", "Nhật ký"])
def test_print_setup_of_tables(sheet, book):
    ws = book[sheet]
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddFooter.right.text == "Trang &P/&N"


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
    import re
    import zipfile
    from tbkl_xl.master.workbook import row_height
    assert row_height(["ngắn", "x" * 10], [20, 20]) is None
    assert row_height(["x" * 200], [20]) == round(10 * 12 * 1.3 + 3, 1)
    assert row_height(["x" * 100000], [20]) == 409
    p = tmp_path / "b.xlsx"
    refresh(p, [sample(text2="Hướng dẫn chủ đầu tư " * 12)], today=TODAY)
    xml = zipfile.ZipFile(p).read("xl/worksheets/sheet1.xml").decode()
    rows = re.findall(r'<row r="(\d+)"[^>]*>', xml)
    task_rows = [m for m in re.finditer(r'<row r="(\d+)"([^>]*)>', xml) if int(m.group(1)) > HEADER]
    assert any(' ht="' in m.group(2) and "customHeight" not in m.group(2) for m in task_rows)
    assert rows
