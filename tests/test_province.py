"""The province is a setting: its directory is a data folder, the default one is in
data/provinces/default.yaml, any other province of Viet Nam parses with the common data."""
from __future__ import annotations

from datetime import date

import pytest

from tbkl_xl.cli import main
from tbkl_xl.errors import UsageError
from tbkl_xl.parse import parse_notice, parse_paths
from tbkl_xl.parse.agencies import default_directory, load_province, province_slug

TEXT = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH | Độc lập - Tự do - Hạnh phúc

Số: 12/UBND-TH | Hòa Bình, ngày 10 tháng 6 năm 2026

V/v rà soát hồ sơ đất đai

1. Giao Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước Hòa Bình rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 30/6/2026.

2. UBND xã Mai Hạ kiểm tra hiện trạng khu đất trong tháng 7/2026.

Nơi nhận:
- Như trên;
"""


def test_any_spelling_names_the_province():
    assert province_slug("tỉnh Lạng Sơn") == province_slug("LẠNG SƠN") == province_slug("lang-son") == "lang-son"
    assert load_province("tỉnh Lạng Sơn").name == "Lạng Sơn"
    assert load_province(None) == load_province("Lạng Sơn")          # data/provinces/default.yaml


def test_a_province_without_a_folder_parses_with_the_common_data():
    hb = load_province("Hòa Bình")
    assert (hb.name, hb.folder) == ("Hòa Bình", None)
    n = parse_notice(TEXT, province="Hòa Bình")
    assert [([a.name for a in t.lead], [a.name for a in t.support]) for t in n.tasks] == [
        (["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh"]), (["UBND xã Mai Hạ"], [])]
    d = default_directory("Hòa Bình")
    assert d.province == hb and "UBND xã Thất Khê" not in d.entries          # no Lạng Sơn commune
    # the same name with this province spelled out is the province's own body
    assert [m.agency.name for m in d.find_mentions("Sở Y tế tỉnh Hòa Bình và Sở Y tế tỉnh Lạng Sơn phối hợp")] == [
        "Sở Y tế", "Sở Y tế tỉnh Lạng Sơn"]


def test_an_unknown_province_is_a_clear_error():
    with pytest.raises(UsageError) as e:
        parse_paths([], province="Atlantis")
    assert str(e.value) == ("'Atlantis' không phải tên một tỉnh, thành phố của Việt Nam; ghi tên tỉnh đúng như "
                            "danh sách tỉnh, thành phố (ví dụ: Lạng Sơn); các tỉnh đã có danh mục cơ quan: Lạng Sơn")


def test_parse_command_takes_the_province(tmp_path, capsys):
    f = tmp_path / "hb.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(f), "--json", "--province", "Hòa Bình"]) == 0
    assert '"Kho bạc Nhà nước tỉnh"' in capsys.readouterr().out
    assert main(["parse", str(f), "--province", "Atlantis"]) == 2
    assert capsys.readouterr().err.startswith("tbkl-xl: lỗi: 'Atlantis' không phải tên một tỉnh")


def test_the_workbooks_province_setting_picks_the_directory_of_the_refresh(tmp_path):
    """Cấu hình → Tỉnh (or --province, which writes it there) decides whose agencies a refresh
    knows: the Cơ quan sheet of a new master and the names a notice is read with."""
    from openpyxl import load_workbook
    from tbkl_xl.errors import UsageError
    from tbkl_xl.master import refresh
    from tbkl_xl.master.workbook import sheet_values
    notice = tmp_path / "tb.txt"
    notice.write_text("UBND TỈNH X\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\n\n"
                      "1. Giao Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 20/5/2026.\n",
                      encoding="utf-8")
    book = tmp_path / "m.xlsx"
    refresh(book, [notice], today=date(2026, 5, 9))
    cfg = {r[0]: r[1] for r in sheet_values(load_workbook(book)["Cấu hình"])}
    assert cfg["Tỉnh"] == "Lạng Sơn"
    with pytest.raises(UsageError):
        refresh(book, [notice], today=date(2026, 5, 9), province="Không Có Tỉnh Này")
    other = tmp_path / "m2.xlsx"
    refresh(other, [notice], today=date(2026, 5, 9), province="Hòa Bình")
    wb = load_workbook(other)
    cfg = {r[0]: r[1] for r in sheet_values(wb["Cấu hình"])}
    assert cfg["Tỉnh"] == "Hòa Bình"
    names = [r[0] for r in sheet_values(wb["Cơ quan"])[1:]]
    assert "UBND xã Tràng Định" not in names                  # Lạng Sơn's communes are not Hòa Bình's


LETTER_OF_ANOTHER_PROVINCE = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH | Độc lập - Tự do - Hạnh phúc

Số: 15/UBND-TH | Hòa Bình, ngày 12 tháng 6 năm 2026

V/v kiểm tra hiện trạng đất

1. Giao UBND xã Thất Khê kiểm tra hiện trạng khu đất, báo cáo trước ngày 30/6/2026.

2. Giao Sở Xây dựng phối hợp với Kho bạc Nhà nước Hòa Bình rà soát hồ sơ trong tháng 7/2026.

Nơi nhận:
- Như trên;
"""


def test_a_notice_of_another_province_is_read_with_that_provinces_names():
    """Parsed with the default province (Lạng Sơn), a letter whose header says Hòa Bình is read
    as if --province "Hòa Bình" had been given: its commune is not the Lạng Sơn commune of the
    same name, and 'Kho bạc Nhà nước Hòa Bình' is that province's own Kho bạc."""
    as_default = parse_notice(LETTER_OF_ANOTHER_PROVINCE)
    as_set = parse_notice(LETTER_OF_ANOTHER_PROVINCE, province="Hòa Bình")
    view = [([(a.name, a.code) for a in t.lead], [a.name for a in t.support], t.deadline.date, t.id)
            for t in as_default.tasks]
    assert view == [([("UBND xã Thất Khê", "")], [], date(2026, 6, 30), as_set.tasks[0].id),
                    ([("Sở Xây dựng", "Sở Xây dựng")], ["Kho bạc Nhà nước tỉnh"], date(2026, 7, 31),
                     as_set.tasks[1].id)]
    assert as_default.id == as_set.id
    ls = default_directory("Lạng Sơn").resolve("UBND xã Thất Khê")
    assert ls.code                                      # (Lạng Sơn's own commune has a sheet code)


def test_a_letter_of_a_ministry_is_read_with_no_provinces_names():
    text = LETTER_OF_ANOTHER_PROVINCE.replace("ỦY BAN NHÂN DÂN |", "BỘ XÂY DỰNG |").replace(
        "TỈNH HÒA BÌNH |", "------- |").replace("Hòa Bình, ngày", "Hà Nội, ngày")
    n = parse_notice(text)
    assert n.issuer == "BỘ XÂY DỰNG"
    assert [(a.name, a.code) for a in n.tasks[0].lead] == [("UBND xã Thất Khê", "")]


def test_the_key_of_a_name_drops_the_configured_province_not_a_name_in_the_code():
    from tbkl_xl.data import default_province_name
    from tbkl_xl.text import norm_key
    assert norm_key("Sở Y tế  tỉnh Hòa Bình", "Hòa Bình") == norm_key("Sở Y tế", "Hòa Bình") == "sở y tế"
    assert norm_key("Sở Y tế tỉnh Hòa Bình", "Lạng Sơn") == "sở y tế tỉnh hòa bình"
    own = default_province_name()
    assert norm_key(f"Uỷ ban nhân dân tỉnh {own}") == norm_key(f"UBND  tỉnh {own}", own) == "ubnd"
    assert norm_key("Sở Y tế tỉnh Hòa Bình", "") == "sở y tế tỉnh hòa bình"      # no province


def test_parse_json_gives_the_issuer(tmp_path, capsys):
    import json
    f = tmp_path / "hb.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["parse", str(f), "--json"]) == 0
    notice = json.loads(capsys.readouterr().out)["notices"][0]
    assert notice["issuer"] == "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"
    assert {"source", "id", "number", "issued", "meeting_date", "title", "leader", "signer", "recipients",
            "tasks", "warnings"} <= set(notice)                 # (what score.py and earlier readers use)


def test_a_communes_notice_is_read_with_the_province_its_title_names():
    from tbkl_xl.parse.context import notice_province
    from tbkl_xl.parse.header import read_header
    h = read_header(["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG TÂN HÒA | Độc lập - Tự do - Hạnh phúc",
                     "Số: 31/TB-UBND | Tân Hòa, ngày 06 tháng 8 năm 2026", "THÔNG BÁO",
                     "Về việc công khai hồ sơ cụm công nghiệp phường Tân Hòa, tỉnh Hòa Bình",
                     "Căn cứ Luật Tổ chức chính quyền địa phương;"])
    assert notice_province(h).name == "Hòa Bình"
