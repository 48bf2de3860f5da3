"""Directory of agencies and units: data files, resolve, find_mentions, rows, extras, sheet codes."""
from __future__ import annotations

import csv
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from tbkl_xl.errors import DataFileError
from tbkl_xl.model import COLLECTIVE, COMMUNE, DEPARTMENT, EXTERNAL, LEGACY_UNIT, Agency
from tbkl_xl.parse.agencies import (COMMON_AGENCIES_PATH, NATIONAL_AGENCIES_PATH, PROVINCE, Directory, Mention,
                                    default_directory, find_mentions, load_province, resolve, sheet_code)

UNITS_PATH = load_province("Lạng Sơn").folder / "units.csv"
OWN_AGENCIES_PATH = load_province("Lạng Sơn").folder / "agencies.csv"

NOTICES = Path(__file__).resolve().parents[1].parent / "shared" / "notices"
D2024 = date(2024, 5, 16)
D2025_04 = date(2025, 4, 20)
D2026 = date(2026, 5, 14)


@pytest.fixture(scope="module")
def d() -> Directory:
    return default_directory()


# ---------------------------------------------------------------- data files
def test_data_files_load_and_are_consistent(d):
    kinds = {}
    for e in d.entries.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    assert kinds[COMMUNE] == 65
    assert sum(1 for e in d.entries.values() if e.unit_type == "phường" and e.kind == COMMUNE) == 4
    assert sum(1 for e in d.entries.values() if e.unit_type in ("huyện", "thành phố")) == 11
    codes = [e.code for e in d.entries.values() if e.code]
    assert len({c.casefold() for c in codes}) == len(codes)
    for c in codes:
        assert len(c) <= 31 and not re.search(r"[\[\]:*?/\\]", c), c
    for e in d.entries.values():
        if e.successor:
            assert e.successor in d.entries, e.name
    # every commune of the research table is in the directory
    with UNITS_PATH.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["name"] for r in rows if r["kind"] == COMMUNE} >= {"UBND xã Thất Khê", "UBND phường Đông Kinh",
                                                                  "UBND xã Thiện Tân", "UBND phường Kỳ Lừa"}


def test_the_countrys_units_load_and_agree_with_the_provinces_own(d):
    from tbkl_xl.parse.agencies import NATIONAL_UNITS_PATH, national_unit_kinds, national_units, provinces
    with NATIONAL_UNITS_PATH.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3321 and len(national_units()) >= 2800     # (names shared by units of several provinces)
    assert len({r["province"] for r in rows}) == 34 and {r["province"] for r in rows} <= set(provinces())
    assert {r["kind"] for r in rows} == {"xã", "phường", "đặc khu"}
    # Lạng Sơn's 65 units are the directory's own, kind and name
    own = {(e.unit_type, e.place) for e in d.entries.values() if e.kind == COMMUNE}
    assert {(r["kind"], r["name"]) for r in rows if r["province"] == "Lạng Sơn"} == own
    assert national_unit_kinds("Phương Liễu") == {"phường"} and national_unit_kinds("Bảo Lộc 1") == {"phường"}
    assert national_unit_kinds("Đồng Đăng", "Lạng Sơn") == {"xã"} and not national_unit_kinds("Không Có Tên")


def test_a_broken_national_units_file_names_its_row(tmp_path, monkeypatch):
    import tbkl_xl.parse.agencies as A
    bad = tmp_path / "units.csv"
    bad.write_text("province,kind,name\nLạng Sơn,xã,Đồng Đăng\nLạng Sơn,thôn,Nà Sác\n", encoding="utf-8")
    monkeypatch.setattr(A, "NATIONAL_UNITS_PATH", bad)
    A.national_units.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"units.csv, row 3: unknown kind 'thôn'; use one of xã, phường, đặc khu"):
            A.national_units()
    finally:
        monkeypatch.undo()
        A.national_units.cache_clear()


def test_other_provinces_units_keep_their_names_and_kinds(d):
    # a ward of Ninh Bình is never read as a near spelling of a Lạng Sơn commune; a mixed list's
    # members take the kind the country's list gives them
    assert [m.agency.name for m in d.find_mentions("UBND phường Hoa Lư báo cáo")] == ["UBND phường Hoa Lư"]
    found = d.find_mentions("UBND các xã, phường: Yên Phong, Phương Liễu thực hiện", foreign=True)
    assert [tuple(m.agency.members) for m in found] == [("UBND xã Yên Phong", "UBND phường Phương Liễu")]


def test_units_file_is_what_the_generator_writes():
    tsv = NOTICES.parent / "research" / "langson_units.tsv"
    assert tsv.exists(), f"research table {tsv} missing"
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_units", Path(__file__).resolve().parents[1] / "tools" / "make_units.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.build(tsv)
    with UNITS_PATH.open(encoding="utf-8") as fh:
        committed = list(csv.DictReader(fh))
    assert [dict(r) for r in committed] == rows


def _copy_data(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the data files; ``a`` is the common agencies file (the departments)."""
    a, u = tmp_path / "agencies.csv", tmp_path / "units.csv"
    shutil.copy(COMMON_AGENCIES_PATH, a)
    shutil.copy(UNITS_PATH, u)
    shutil.copy(NATIONAL_AGENCIES_PATH, tmp_path / "national.csv")
    shutil.copy(OWN_AGENCIES_PATH, tmp_path / "own.csv")
    return a, u


def _load(a: Path, u: Path) -> Directory:
    return Directory.load([a.parent / "national.csv", a, a.parent / "own.csv"], u)


def _edit_row(path: Path, name: str, **changes) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fields = list(rows[0].keys())
    row_no = None
    for i, r in enumerate(rows, start=2):
        if r["name"] == name:
            r.update(changes)
            row_no = i
    assert row_no is not None
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return row_no


@pytest.mark.parametrize("name,changes,problem", [
    ("Sở Y tế", {"code": "sở tài chính"}, "duplicate code 'sở tài chính' ignoring case (also {a}, row {r0})"),
    ("Sở Y tế", {"code": "Sở Y tế: cũ"}, "code 'Sở Y tế: cũ' contains ':', not allowed in a sheet name"),
    ("Sở Y tế", {"code": "Sở Y tế và những đơn vị trực thuộc"}, "code 'Sở Y tế và những đơn vị trực thuộc' is longer than 31 characters"),
    ("Sở Y tế", {"aliases": "SYT; Sở NNMT"}, "alias 'Sở NNMT' already names 'Sở Nông nghiệp và Môi trường'"),
    ("Sở Kế hoạch và Đầu tư", {"successor": "Sở Tài chánh"}, "successor 'Sở Tài chánh' is not in the directory"),
    ("Sở Y tế", {"kind": "sở"}, "kind 'sở' is not one of department, collective, province, external"),
    ("Sở Y tế", {"until": "31/12/2024"}, "until '31/12/2024' is not a date (YYYY-MM-DD)"),
])
def test_broken_agencies_file_names_file_row_and_problem(tmp_path, name, changes, problem):
    a, u = _copy_data(tmp_path)
    row = _edit_row(a, name, **changes)
    with a.open(encoding="utf-8") as fh:
        r0 = next(i for i, r in enumerate(csv.DictReader(fh), start=2) if r["name"] == "Sở Tài chính")
    with pytest.raises(DataFileError) as ei:
        _load(a, u)
    assert str(ei.value) == f"{a}, row {row}: " + problem.format(a=a, r0=r0)


def test_missing_column_and_broken_units_file(tmp_path):
    a, u = _copy_data(tmp_path)
    text = a.read_text(encoding="utf-8").splitlines()
    text[0] = text[0].replace(",successor", ",kế_nhiệm")
    a.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as ei:
        _load(a, u)
    assert str(ei.value) == f"{a}, row 1: missing column(s) 'successor'"
    a, u = _copy_data(tmp_path)
    row = _edit_row(u, "UBND xã Thanh Sơn", unit_type="làng")
    with pytest.raises(DataFileError) as ei:
        _load(a, u)
    assert str(ei.value) == f"{u}, row {row}: unit_type 'làng' is not one of xã, phường, thị trấn, huyện, thành phố"


# ---------------------------------------------------------------- resolve
@pytest.mark.parametrize("written,on,name,kind,successor,exact", [
    # aliases and abbreviations
    ("Sở NN&MT", None, "Sở Nông nghiệp và Môi trường", DEPARTMENT, None, True),
    ("Sở NNMT", None, "Sở Nông nghiệp và Môi trường", DEPARTMENT, None, True),
    ("Sở Nông nghiệp & Môi trường", None, "Sở Nông nghiệp và Môi trường", DEPARTMENT, None, True),
    ("Sở GD&ĐT", None, "Sở Giáo dục và Đào tạo", DEPARTMENT, None, True),
    ("Sở VHTTDL", None, "Sở Văn hóa, Thể thao và Du lịch", DEPARTMENT, None, True),
    ("Sở Văn hoá, Thể thao và Du lịch", None, "Sở Văn hóa, Thể thao và Du lịch", DEPARTMENT, None, True),
    ("Sở KH&CN", None, "Sở Khoa học và Công nghệ", DEPARTMENT, None, True),
    ("Văn phòng Ủy ban nhân dân tỉnh", None, "Văn phòng UBND tỉnh", DEPARTMENT, None, True),
    ("Văn phòng Uỷ ban nhân dân tỉnh Lạng Sơn", None, "Văn phòng UBND tỉnh", DEPARTMENT, None, True),
    ("Công an tỉnh Lạng Sơn", None, "Công an tỉnh", DEPARTMENT, None, True),
    ("Sở Tài chính tỉnh Lạng Sơn", None, "Sở Tài chính", DEPARTMENT, None, True),
    ("Ban QLDA ĐTXD tỉnh", None, "Ban Quản lý dự án đầu tư xây dựng tỉnh", DEPARTMENT, None, True),
    # predecessors, whatever the date
    ("Sở Kế hoạch và Đầu tư", D2024, "Sở Kế hoạch và Đầu tư", DEPARTMENT, "Sở Tài chính", True),
    ("Sở Kế hoạch và Đầu tư", D2026, "Sở Kế hoạch và Đầu tư", DEPARTMENT, "Sở Tài chính", True),
    ("Sở NN&PTNT", D2024, "Sở Nông nghiệp và Phát triển nông thôn", DEPARTMENT, "Sở Nông nghiệp và Môi trường", True),
    ("Sở Tài nguyên và Môi trường", D2026, "Sở Tài nguyên và Môi trường", DEPARTMENT, "Sở Nông nghiệp và Môi trường", True),
    ("Sở Lao động - Thương binh và Xã hội", D2024, "Sở Lao động - Thương binh và Xã hội", DEPARTMENT, "Sở Nội vụ", True),
    ("Sở LĐ-TB&XH", D2024, "Sở Lao động - Thương binh và Xã hội", DEPARTMENT, "Sở Nội vụ", True),
    ("Ban Dân tộc tỉnh", D2024, "Ban Dân tộc tỉnh", DEPARTMENT, "Sở Dân tộc và Tôn giáo", True),
    ("Sở Giao thông vận tải", D2024, "Sở Giao thông vận tải", DEPARTMENT, "Sở Xây dựng", True),
    ("Sở Thông tin và Truyền thông", D2024, "Sở Thông tin và Truyền thông", DEPARTMENT, "Sở Khoa học và Công nghệ", True),
    ("Cục Thuế tỉnh", D2024, "Cục Thuế tỉnh", DEPARTMENT, "Thuế tỉnh", True),
    ("Cục Thống kê tỉnh", D2024, "Cục Thống kê tỉnh", DEPARTMENT, "Thống kê tỉnh", True),
    ("Chi cục Thống kê tỉnh", D2025_04, "Chi cục Thống kê tỉnh", DEPARTMENT, "Thống kê tỉnh", True),   # not its predecessor
    ("Cục Thống kê", D2026, "Cục Thống kê", EXTERNAL, None, True),          # the central body
    # units: old vs new by date
    ("UBND xã Thanh Sơn", D2025_04, "UBND xã Thanh Sơn", LEGACY_UNIT, "UBND xã Thiện Tân", True),
    ("UBND xã Thanh Sơn", D2026, "UBND xã Thanh Sơn", LEGACY_UNIT, "UBND xã Thiện Tân", True),
    ("Thanh Sơn", None, "UBND xã Thanh Sơn", LEGACY_UNIT, "UBND xã Thiện Tân", True),   # not Ba Sơn
    ("UBND xã Đoàn Kết", D2024, "UBND xã Đoàn Kết, huyện Tràng Định", LEGACY_UNIT, "UBND xã Đoàn Kết", True),
    ("UBND xã Đoàn Kết", D2026, "UBND xã Đoàn Kết", COMMUNE, None, True),
    ("UBND xã Đoàn Kết", None, "UBND xã Đoàn Kết", COMMUNE, None, True),
    ("Ủy ban nhân dân phường Đông Kinh", date(2025, 7, 1), "UBND phường Đông Kinh", COMMUNE, None, True),
    ("UBND phường Đông Kinh", date(2025, 6, 30), "UBND phường Đông Kinh, thành phố Lạng Sơn", LEGACY_UNIT, "UBND phường Đông Kinh", True),
    ("UBND thị trấn Thất Khê", D2024, "UBND thị trấn Thất Khê", LEGACY_UNIT, "UBND xã Thất Khê", True),
    ("Chủ tịch UBND xã Thất Khê", D2026, "UBND xã Thất Khê", COMMUNE, None, True),
    ("UBND huyện Lộc Bình", D2024, "UBND huyện Lộc Bình", LEGACY_UNIT, None, True),
    ("huyện Lộc Bình", D2026, "UBND huyện Lộc Bình", LEGACY_UNIT, None, True),
    ("UBND TP Lạng Sơn", D2024, "UBND thành phố Lạng Sơn", LEGACY_UNIT, None, True),
    ("UBND xã Hòa Bình, huyện Chi Lăng", D2024, "UBND xã Hòa Bình, huyện Chi Lăng", LEGACY_UNIT, "UBND xã Vạn Linh", True),
    # typos: fuzzy, confidence < 1
    ("UBND xã Trảng Định", D2026, "UBND xã Tràng Định", COMMUNE, None, False),
    ("Trảng Định", D2026, "UBND xã Tràng Định", COMMUNE, None, False),
    ("Sở Tài chinh", None, "Sở Tài chính", DEPARTMENT, None, False),
    ("Sở Nông nghiệp và Môi truờng", None, "Sở Nông nghiệp và Môi trường", DEPARTMENT, None, False),
    # well-formed but not in the directory: kept as written
    ("Bộ Tài chính", None, "Bộ Tài chính", EXTERNAL, None, True),
    ("UBND tỉnh Phú Thọ", None, "UBND tỉnh Phú Thọ", EXTERNAL, None, True),
    ("UBND huyện Triệu Phong", D2024, "UBND huyện Triệu Phong", EXTERNAL, None, True),
    ("Sở Ngoại giao", None, "Sở Ngoại giao", EXTERNAL, None, True),
    ("Sở GD&KH", None, "Sở GD&KH", EXTERNAL, None, True),      # abbreviation never fuzzy-matched
    # province-level bodies
    ("UBND tỉnh", None, "UBND tỉnh", PROVINCE, None, True),
    ("Chủ tịch UBND tỉnh", None, "UBND tỉnh", PROVINCE, None, True),
    ("UBND tỉnh Lạng Sơn", None, "UBND tỉnh", PROVINCE, None, True),
    ("HĐND tỉnh", None, "HĐND tỉnh", PROVINCE, None, True),
    ("Ban Thường vụ Tỉnh uỷ", None, "Tỉnh ủy", PROVINCE, None, True),
])
def test_resolve(d, written, on, name, kind, successor, exact):
    a = d.resolve(written, on)
    assert (a.name, a.kind, a.successor) == (name, kind, successor)
    assert a.written == written
    assert (a.confidence == 1.0) is exact
    if not exact:
        assert 0.85 <= a.confidence < 1.0


def test_abbreviations_close_to_a_long_name_are_not_fuzzy_matched(d):
    # each scores about 86 against "Sở Nông nghiệp và Môi trường" with token-based scorers
    for s in ("Sở GD&ĐT", "Sở VHTTDL", "Sở KH&CN"):
        assert d.resolve(s).name != "Sở Nông nghiệp và Môi trường"
    assert d.resolve("Sở GDĐTX").kind == EXTERNAL
    assert d.resolve("Sở VHTT").kind == EXTERNAL


def test_ambiguous_old_commune_is_flagged(d):
    a = d.resolve("UBND xã Hòa Bình", D2024)       # four huyện had a xã Hòa Bình
    assert (a.name, a.kind, a.successor, a.code) == ("UBND xã Hòa Bình", LEGACY_UNIT, None, "")
    assert a.confidence < 1


# ---------------------------------------------------------------- find_mentions
def _m(text, on=None):
    return [(m.written, m.agency.name, m.agency.kind) for m in find_mentions(text, on)]


@pytest.mark.parametrize("text,on,expected", [
    ("Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường và các cơ quan "
     "liên quan rà soát, báo cáo UBND tỉnh chậm nhất ngày 05/6/2026.", D2026,
     [("Sở Tài chính", "Sở Tài chính", DEPARTMENT), ("Sở Xây dựng", "Sở Xây dựng", DEPARTMENT),
      ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", DEPARTMENT),
      ("UBND tỉnh", "UBND tỉnh", PROVINCE)]),
    # glued word, double space and a line break inside a name
    ("Giao Sở Tài chínhchủ trì, phối hợp với Sở Nông  nghiệp và\nMôi trường hỗ trợ các hộ.", D2026,
     [("Sở Tài chính", "Sở Tài chính", DEPARTMENT),
      ("Sở Nông  nghiệp và\nMôi trường", "Sở Nông nghiệp và Môi trường", DEPARTMENT)]),
    ("Giao UBND xã Thất Khêkhẩn trương bố trí; UBND phường Kỳ Lừaphối hợp.", D2026,
     [("UBND xã Thất Khê", "UBND xã Thất Khê", COMMUNE), ("UBND phường Kỳ Lừa", "UBND phường Kỳ Lừa", COMMUNE)]),
    # tỉnh / tỉnh Lạng Sơn after a name; Ủy ban nhân dân spelled out
    ("Đề nghị Công an tỉnh Lạng Sơn, Bộ Chỉ huy Quân sự tỉnh phối hợp với Ủy ban nhân dân xã Đồng Đăng.", D2026,
     [("Công an tỉnh Lạng Sơn", "Công an tỉnh", DEPARTMENT),
      ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh", DEPARTMENT),
      ("Ủy ban nhân dân xã Đồng Đăng", "UBND xã Đồng Đăng", COMMUNE)]),
    ("Sở Xây dựng tỉnh chủ trì; gửi Sở NN&MT, Sở GD&ĐT và VP UBND tỉnh.", D2026,
     [("Sở Xây dựng tỉnh", "Sở Xây dựng", DEPARTMENT), ("Sở NN&MT", "Sở Nông nghiệp và Môi trường", DEPARTMENT),
      ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo", DEPARTMENT), ("VP UBND tỉnh", "Văn phòng UBND tỉnh", DEPARTMENT)]),
    # collectives, role words outside the span
    ("Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện.", D2026,
     [("các sở, ban, ngành", "Các sở, ban, ngành", COLLECTIVE),
      ("UBND các xã, phường", "UBND các xã, phường", COLLECTIVE)]),
    ("Yêu cầu các Sở, ban, ngành liên quan và các xã, phường chủ động; các sở, ngành hướng dẫn UBND các xã.", D2026,
     [("các Sở, ban, ngành liên quan", "Các Sở, ban, ngành liên quan", COLLECTIVE),
      ("các xã, phường", "UBND các xã, phường", COLLECTIVE),
      ("các sở, ngành", "Các sở, ngành", COLLECTIVE),             # (a collective keeps the text's words)
      ("UBND các xã", "UBND các xã", COLLECTIVE)]),
    ("UBND tỉnh thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.", D2026,
     [("UBND tỉnh", "UBND tỉnh", PROVINCE)]),
    # Chủ tịch UBND xã X -> UBND xã X
    ("Chủ tịch UBND xã Thất Khê chịu trách nhiệm trước Chủ tịch UBND tỉnh.", D2026,
     [("UBND xã Thất Khê", "UBND xã Thất Khê", COMMUNE), ("UBND tỉnh", "UBND tỉnh", PROVINCE)]),
    # province-level bodies are flagged PROVINCE, not agencies of the directory
    ("trình HĐND tỉnh, báo cáo Ban Thường vụ Tỉnh ủy; Ủy ban nhân dân tỉnh giao.", D2026,
     [("HĐND tỉnh", "HĐND tỉnh", PROVINCE), ("Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", PROVINCE),
      ("Ủy ban nhân dân tỉnh", "UBND tỉnh", PROVINCE)]),
    # external bodies as written
    ("Đề nghị UBND tỉnh Cao Bằng phối hợp; Bộ Y tế đã ban hành; UBND tỉnh đã báo cáo Bộ Thông tin và Truyền thông.", D2026,
     [("UBND tỉnh Cao Bằng", "UBND tỉnh Cao Bằng", EXTERNAL), ("Bộ Y tế", "Bộ Y tế", EXTERNAL),
      ("UBND tỉnh", "UBND tỉnh", PROVINCE),
      ("Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông", EXTERNAL)]),
    ("Sở Ngoại giao tỉnh Cao Bằng và Sở Nội vụ tỉnh phối hợp.", D2026,
     [("Sở Ngoại giao tỉnh Cao Bằng", "Sở Ngoại giao tỉnh Cao Bằng", EXTERNAL), ("Sở Nội vụ tỉnh", "Sở Nội vụ", DEPARTMENT)]),
    # predecessors in a 2024 notice; old units; bare huyện / xã
    ("Sở Kế hoạch và Đầu tư, Sở Lao động - Thương\nbinh và Xã hội và UBND huyện Tràng Định phối hợp.", D2024,
     [("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", DEPARTMENT),
      ("Sở Lao động - Thương\nbinh và Xã hội", "Sở Lao động - Thương binh và Xã hội", DEPARTMENT),
      ("UBND huyện Tràng Định", "UBND huyện Tràng Định", LEGACY_UNIT)]),
    ("Lãnh đạo huyện Lộc Bình, xã Xuân Dương báo cáo.", D2024,
     [("huyện Lộc Bình", "UBND huyện Lộc Bình", LEGACY_UNIT),
      ("xã Xuân Dương", "UBND xã Xuân Dương, huyện Lộc Bình", LEGACY_UNIT)]),
    ("Đối với UBND xã Thanh Sơn, huyện Hữu Lũng: tiếp tục rà soát.", D2025_04,
     [("UBND xã Thanh Sơn, huyện Hữu Lũng", "UBND xã Thanh Sơn", LEGACY_UNIT)]),
    ("Giao UBND huyện Triệu Phong phối hợp.", D2024,
     [("UBND huyện Triệu Phong", "UBND huyện Triệu Phong", EXTERNAL)]),
    # words that only look like names
    ("Rà soát cơ sở y tế, trụ sở làm việc và toàn bộ hồ sơ; bộ máy của huyện ủy.", D2026, []),
])
def test_find_mentions(text, on, expected):
    ms = find_mentions(text, on)
    assert [(m.written, m.agency.name, m.agency.kind) for m in ms] == expected
    for m in ms:
        assert text[m.start:m.end] == m.written == m.agency.written
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


def test_enumerated_communes_make_one_collective_with_members():
    text = "Yêu cầu UBND các xã: Trảng Định, Đoàn Kết, Kháng Chiến và Quốc Khánh khẩn trương cắm biển cảnh báo."
    ms = find_mentions(text, D2026)
    assert len(ms) == 1
    m = ms[0]
    assert m.written == "UBND các xã: Trảng Định, Đoàn Kết, Kháng Chiến và Quốc Khánh"
    assert (m.agency.name, m.agency.kind) == ("UBND các xã, phường", COLLECTIVE)
    assert m.agency.members == ("UBND xã Tràng Định", "UBND xã Đoàn Kết", "UBND xã Kháng Chiến", "UBND xã Quốc Khánh")
    assert m.agency.confidence < 1          # one member was a typo


def test_enumerated_districts_and_title_list():
    ms = find_mentions("UBND các huyện: Bình Gia, Văn Quan, Đình Lập có trách nhiệm chỉ đạo.", date(2025, 3, 3))
    assert [(m.agency.name, m.agency.members) for m in ms] == [
        ("UBND các huyện, thành phố", ("UBND huyện Bình Gia", "UBND huyện Văn Quan", "UBND huyện Đình Lập"))]
    ms = find_mentions("kiểm tra tại các xã: Tràng Định, Thất Khê", D2026)
    assert ms[0].written == "các xã: Tràng Định, Thất Khê"
    assert ms[0].agency.members == ("UBND xã Tràng Định", "UBND xã Thất Khê")


def test_old_and_new_commune_by_notice_date():
    text = "Giao UBND xã Đoàn Kết chủ trì."
    old, = find_mentions(text, D2024)
    new, = find_mentions(text, D2026)
    assert (old.agency.name, old.agency.kind, old.agency.successor) == (
        "UBND xã Đoàn Kết, huyện Tràng Định", LEGACY_UNIT, "UBND xã Đoàn Kết")
    assert (new.agency.name, new.agency.kind, new.agency.successor) == ("UBND xã Đoàn Kết", COMMUNE, None)


def test_mention_is_frozen():
    m = find_mentions("Giao Sở Y tế chủ trì.")[0]
    assert isinstance(m, Mention)
    with pytest.raises(Exception):
        m.start = 0


# ---------------------------------------------------------------- the real notices
REAL = {  # notice prefix -> (notice date, agencies that must be found)
    "000": (date(2026, 4, 25), {"Sở Nông nghiệp và Môi trường", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                                "Sở Công Thương", "UBND xã Thất Khê", "UBND xã Tân Tiến", "Thuế tỉnh",
                                "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"}),
    "001": (date(2026, 4, 25), {"Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Thống kê tỉnh", "Văn phòng UBND tỉnh",
                                "Trung tâm Phát triển quỹ đất tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"}),
    "002": (date(2024, 4, 25), {"Sở Nông nghiệp và Phát triển nông thôn", "Sở Lao động - Thương binh và Xã hội",
                                "Ban Dân tộc tỉnh", "UBND huyện Lộc Bình", "UBND xã Xuân Dương, huyện Lộc Bình",
                                "Cục Thuế tỉnh", "Bộ Thông tin và Truyền thông",
                                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}),
    "003": (date(2026, 6, 1), {"Sở Tài chính", "Thống kê tỉnh", "UBND phường Đông Kinh",
                               "Trung tâm Phát triển quỹ đất tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh"}),
    "004": (date(2025, 4, 20), {"UBND huyện Hữu Lũng", "UBND xã Thanh Sơn", "Công an tỉnh", "Văn phòng UBND tỉnh"}),
}


@pytest.mark.parametrize("prefix", sorted(REAL))
def test_real_notices(prefix):
    files = sorted(NOTICES.glob(f"{prefix}_*.txt"))
    assert files, f"real notice {prefix}_*.txt missing from {NOTICES}"
    text = files[0].read_text(encoding="utf-8")
    on, must = REAL[prefix]
    ms = find_mentions(text, on)
    names = {m.agency.name for m in ms}
    assert must <= names, must - names
    for m in ms:
        assert text[m.start:m.end] == m.written
    # old names keep their own name and point to today's holder
    if prefix == "002":
        byname = {m.agency.name: m.agency for m in ms}
        assert byname["Sở Nông nghiệp và Phát triển nông thôn"].successor == "Sở Nông nghiệp và Môi trường"
        assert byname["UBND xã Xuân Dương, huyện Lộc Bình"].successor == "UBND xã Xuân Dương"
    if prefix == "000":
        enum = [m.agency for m in ms if m.agency.members]
        assert enum and "UBND xã Tràng Định" in enum[-1].members     # "Trảng Định" in the Nơi nhận list
    # "UBND tỉnh" is never reported as an agency of the directory
    assert all(m.agency.kind == PROVINCE for m in ms if m.agency.name == "UBND tỉnh")


# ---------------------------------------------------------------- rows, extras, sheet codes
def test_rows_for_the_workbook(d):
    rows = d.rows()
    byname = {r["name"]: r for r in rows}
    assert byname["Sở Nông nghiệp và Môi trường"]["code"] == "Sở NN&MT"
    assert "Sở NNMT" in byname["Sở Nông nghiệp và Môi trường"]["aliases"]
    assert byname["Sở Kế hoạch và Đầu tư"]["successor"] == "Sở Tài chính"
    assert byname["UBND xã Thanh Sơn"]["successor"] == "UBND xã Thiện Tân"
    assert byname["UBND các xã, phường"]["kind"] == COLLECTIVE
    assert "UBND tỉnh" not in byname and "Bộ Tài chính" not in byname
    assert rows[0]["name"] == "Văn phòng UBND tỉnh"
    kinds = [r["kind"] for r in rows]
    assert kinds.index(COMMUNE) > kinds.index(COLLECTIVE) > kinds.index(DEPARTMENT)
    assert set(rows[0]) == {"name", "code", "kind", "aliases", "successor", "until", "note"}


def test_with_extra_adds_staff_aliases_and_new_agencies(d):
    extra = d.with_extra([
        ["Sở Tài chính", "Sở Tài chính", "STC LS; Phòng TC tỉnh", "Sở, ban, ngành", None, 3, None],
        {"name": "Điện lực Lạng Sơn", "code": "Điện lực", "aliases": ["PC Lạng Sơn"], "kind": "Sở, ban, ngành"},
        ["Sở Y tế", None, "Sở NNMT", None, None],                       # alias of another agency
        ["Sở Xây dựng", "Sở Tài chính", None, None, None],                # code of another agency
    ])
    assert extra is not d
    assert extra.resolve("Phòng TC tỉnh").name == "Sở Tài chính"
    a = extra.resolve("PC Lạng Sơn")
    assert (a.name, a.kind, a.code) == ("Điện lực Lạng Sơn", DEPARTMENT, "Điện lực")
    assert [m.agency.name for m in extra.find_mentions("Giao Điện lực Lạng Sơn và Phòng TC tỉnh")] == [
        "Điện lực Lạng Sơn", "Sở Tài chính"]
    assert extra.resolve("Sở NNMT").name == "Sở Nông nghiệp và Môi trường"
    assert extra.entries["Sở Xây dựng"].code == "Sở Xây dựng"
    assert extra.warnings == [
        "Sheet Cơ quan, dòng 4: tên 'Sở NNMT' đã là tên của 'Sở Nông nghiệp và Môi trường'; bỏ qua",
        "Sheet Cơ quan, dòng 5: mã 'Sở Tài chính' đã dùng cho 'Sở Tài chính'; bỏ qua",
    ]
    assert d.resolve("Phòng TC tỉnh").kind == EXTERNAL        # the original is unchanged


def test_with_extra_never_breaks_on_names_shared_by_old_units(d):
    extra = d.with_extra([["Hòa Bình", "Hòa Bình", None, "Ngoài danh mục", None],     # four old xã
                          ["Sở Công Thương", None, "Thanh Sơn", None, None]])        # an old xã's name
    assert extra.warnings[0].startswith("Sheet Cơ quan, dòng 2: 'Hòa Bình' có thể là 'UBND xã Hòa Bình, huyện")
    assert extra.warnings[0].endswith("; bỏ qua dòng này")
    assert extra.warnings[1] == ("Sheet Cơ quan, dòng 3: tên 'Thanh Sơn' đã là tên của 'UBND xã Thanh Sơn'; bỏ qua")
    assert extra.resolve("Thanh Sơn").name == "UBND xã Thanh Sơn"
    assert len(extra.warnings) == 2


@pytest.mark.parametrize("agency,code", [
    (Agency(name="Sở Nông nghiệp và Môi trường"), "Sở NN&MT"),
    (Agency(name="UBND phường Đông Kinh", kind=COMMUNE), "P. Đông Kinh"),
    (Agency(name="UBND xã Thất Khê", kind=COMMUNE), "Xã Thất Khê"),
    (Agency(name="UBND huyện Lộc Bình", kind=LEGACY_UNIT), "H. Lộc Bình"),
    (Agency(name="UBND xã Thanh Sơn", kind=LEGACY_UNIT), "Xã Thanh Sơn (cũ)"),
    (Agency(name="Văn phòng UBND tỉnh"), "VP UBND tỉnh"),
    (Agency(name="UBND các xã, phường", kind=COLLECTIVE), "Các xã phường"),
    (Agency(name="UBND tỉnh Phú Thọ", kind=EXTERNAL), "UBND tỉnh Phú Thọ"),
    (Agency(name="Bộ Văn hóa, Thể thao và Du lịch", kind=EXTERNAL), "Bộ Văn hóa, Thể thao và Du lịch"),
    (Agency(name="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", kind=EXTERNAL), "UBND tỉnh Bà Rịa - Vũng Tàu"),
    (Agency(name="Trung tâm Nghiên cứu/Phát triển [thử nghiệm] vùng núi phía Bắc", kind=EXTERNAL),
     "Trung tâm Nghiên cứu-Phát triển"),
    (Agency(name="sở tài chính", kind=EXTERNAL), "Sở Tài chính"),   # an alias of the directory
    (Agency(name="Sở Y Tế Quảng Ninh?", kind=EXTERNAL), "Sở Y Tế Quảng Ninh"),
    (Agency(name="Thuế Tỉnh:", kind=EXTERNAL), "Thuế tỉnh"),                # an alias once cleaned
])
def test_sheet_code(agency, code):
    got = sheet_code(agency)
    assert got == code
    assert len(got) <= 31 and not re.search(r"[\[\]:*?/\\]", got)


def test_sheet_code_of_an_external_name_never_equals_a_directory_code(d):
    got = d.sheet_code(Agency(name="Sở Y tế/", kind=EXTERNAL))       # not an alias, cleans to "Sở Y tế"
    assert got.casefold() not in {e.code.casefold() for e in d.entries.values() if e.code}
    assert got == "Sở Y tế (NG)"


@pytest.mark.parametrize("text,names", [
    ("Yêu cầu Chi cục Hải quan khu vực VII đẩy mạnh cải cách thủ tục.", ["Chi cục Hải quan khu vực VII"]),
    ("Đề nghị Công ty TNHH MTV Lâm nghiệp Đình Lập bàn giao đất.", ["Công ty TNHH MTV Lâm nghiệp Đình Lập"]),
    ("Điện lực Lạng Sơn bảo đảm cấp điện; Ngân hàng Nhà nước chi nhánh Khu vực 5 chỉ đạo.",
     ["Điện lực Lạng Sơn", "Ngân hàng Nhà nước chi nhánh Khu vực 5"]),
    ("Liên danh nhà thầu thi công Gói thầu XL-01 tăng cường máy móc.", ["Liên danh nhà thầu thi công Gói thầu XL-01"]),
    ("phối hợp với Bộ Chỉ huy BĐBP tỉnh, Chi cục Hải quan khu vực VII, Công an tỉnh xây dựng",
     ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Chi cục Hải quan khu vực VII", "Công an tỉnh"]),
    ("Nhà đầu tư khẩn trương ký hợp đồng, báo cáo các chủ đầu tư; Các chủ đầu tư giải ngân.",
     ["Nhà đầu tư", "Các chủ đầu tư"]),
    ("Kho bạc thông báo danh sách; các chủ đầu tư có trách nhiệm thu hồi tạm ứng.", ["Các chủ đầu tư"]),
    ("Viện Kiểm sát nhân dân phối hợp; Trường hợp Sở Tài chính chưa có ý kiến.",
     ["Viện Kiểm sát nhân dân", "Sở Tài chính"]),
])
def test_organisations_outside_the_directory_are_kept_as_written(text, names):
    assert [m.agency.name for m in find_mentions(text)] == names


def test_one_wrong_letter_in_a_short_commune_name_is_a_typo_and_keeps_the_list_whole():
    (m,) = find_mentions("UBND các xã: Đồng Đăng, Thụy Hùng, Hội Hoan, Văn Lãnh hoàn thành việc chi trả")
    assert m.agency.members == ("UBND xã Đồng Đăng", "UBND xã Thụy Hùng", "UBND xã Hội Hoan", "UBND xã Văn Lãng")
    assert m.agency.confidence < 1.0


@pytest.mark.parametrize("text,names", [
    ("UBND tỉnh không xem xét kéo dài; yêu cầu các chủ đầu tư tập trung giải ngân.", ["Các chủ đầu tư"]),
    ("Sở Xây dựng phối hợp với chủ đầu tư rà soát.", ["Sở Xây dựng"]),
    ("Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Lạng Sơn hướng dẫn.", ["Ngân hàng Chính sách xã hội chi nhánh tỉnh"]),
    ("Viễn thông Lạng Sơn phối hợp di dời tuyến cáp quang.", ["Viễn thông Lạng Sơn"]),
])
def test_roles_after_a_cue_and_more_organisations(text, names):
    assert [m.agency.name for m in find_mentions(text) if m.agency.kind != PROVINCE] == names


@pytest.mark.parametrize("text,name", [
    ("Trường Cao đẳng nghề Lạng Sơn: xây dựng phương án tuyển sinh.", "Trường Cao đẳng nghề Lạng Sơn"),
    ("Công ty TNHH MTV Khai thác thủy lợi Lạng Sơn tập trung nạo vét kênh.", "Công ty TNHH MTV Khai thác thủy lợi Lạng Sơn"),
    ("phối hợp với Công ty cổ phần Cấp thoát nước Lạng Sơn", "Công ty cổ phần Cấp thoát nước Lạng Sơn"),
    ("Viện Kiểm sát nhân dân tỉnh phối hợp", "Viện Kiểm sát nhân dân tỉnh"),
])
def test_organisation_names_with_lower_case_words_end_on_a_capitalised_word(text, name):
    assert [m.agency.name for m in find_mentions(text)] == [name]


@pytest.mark.parametrize("text,name", [
    ("Đề nghị Đài Khí tượng Thủy văn tỉnh tăng cường theo dõi.", "Đài Khí tượng Thủy văn tỉnh"),
    ("Đề nghị Hội Người cao tuổi tỉnh:", "Hội Người cao tuổi tỉnh"),
    ("Hiệp hội Doanh nghiệp tỉnh phối hợp.", "Hiệp hội Doanh nghiệp tỉnh"),
])
def test_associations_and_stations_are_organisations(text, name):
    assert [m.agency.name for m in find_mentions(text)] == [name]
    assert find_mentions("Hội nghị đã thống nhất; Đoàn kiểm tra làm việc.") == []


ALTERNATIONS = [
    # patterns longest first; the grouped regex finds what the plain alternation finds
    (["(?:ubnd|ủy\\s+ban)\\s+tỉnh", "sở\\s+tài\\s+chính", "sở\\s+tài", "ủy\\s+ban"],
     "giao ủy ban tỉnh và sở tài chính; ubnd tỉnh, ủy ban, sở tài"),
    (["ab", "a", "(?:b|a)c"], "ac ab a bc"),
]


@pytest.mark.parametrize("patterns, text", ALTERNATIONS)
def test_names_scanned_by_first_letter_match_as_one_alternation(patterns, text):
    from tbkl_xl.parse.agencies import _alternation_by_first_letter
    plain = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")
    grouped = _alternation_by_first_letter(patterns)
    assert [m.group(0) for m in grouped.finditer(text)] == [m.group(0) for m in plain.finditer(text)]
