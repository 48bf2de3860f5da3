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
    from tbkl_xl.master.workbook import _values
    notice = tmp_path / "tb.txt"
    notice.write_text("UBND TỈNH X\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\n\n"
                      "1. Giao Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 20/5/2026.\n",
                      encoding="utf-8")
    book = tmp_path / "m.xlsx"
    refresh(book, [notice], today=date(2026, 5, 9))
    cfg = {r[0]: r[1] for r in _values(load_workbook(book)["Cấu hình"])}
    assert cfg["Tỉnh"] == "Lạng Sơn"
    with pytest.raises(UsageError):
        refresh(book, [notice], today=date(2026, 5, 9), province="Không Có Tỉnh Này")
    other = tmp_path / "m2.xlsx"
    refresh(other, [notice], today=date(2026, 5, 9), province="Hòa Bình")
    wb = load_workbook(other)
    cfg = {r[0]: r[1] for r in _values(wb["Cấu hình"])}
    assert cfg["Tỉnh"] == "Hòa Bình"
    names = [r[0] for r in _values(wb["Cơ quan"])[1:]]
    assert "UBND xã Tràng Định" not in names                  # Lạng Sơn's communes are not Hòa Bình's
