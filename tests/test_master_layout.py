import re
from datetime import date

import pytest

from tbkl_xl.master import layout as L


@pytest.mark.parametrize("name,code,taken,expected", [
    ("Sở Tài chính", "STC", [], "STC"),
    ("UBND xã Tràng Định", "", [], "Xã Tràng Định"),
    ("Ủy ban nhân dân phường Kỳ Lừa", "", [], "Phường Kỳ Lừa"),
    ("Sở Tài chính", "stc", ["STC"], "stc (2)"),
    ("Sở Tài chính", "STC", ["STC", "stc (2)"], "STC (3)"),
    ("Ban A/B: [x]*?", "", [], "Ban A-B- -x---"),
    ("Tổng hợp", "", [], "Tổng hợp (2)"),
    ("X", "history", [], "history (2)"),
    ("Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn", "", [], "Trung tâm Phục vụ hành chính cô"),
    ("'Quoted'", "", [], "Quoted"),
])
def test_sheet_name_for(name, code, taken, expected):
    assert L.sheet_name_for(name, code, taken) == expected


def test_sheet_names_are_legal_and_unique_ignoring_case():
    names = ["Sở Tài chính"] * 5 + ["SỞ TÀI CHÍNH", "sở tài chính"] + [
        "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn " + str(i) for i in range(12)]
    taken = []
    for n in names:
        s = L.sheet_name_for(n, "", taken)
        assert 1 <= len(s) <= 31
        assert not re.search(r"[\[\]:*?/\\]", s)
        assert not s.startswith("'") and not s.endswith("'")
        assert s.casefold() not in {t.casefold() for t in taken}
        taken.append(s)
    assert len({t.casefold() for t in taken}) == len(names)


@pytest.mark.parametrize("raw,expected", [
    ("", None), ("  ", None), (None, None), ("a", "a"),
    (3.0, 3), (2.5, 2.5),
])
def test_norm_value(raw, expected):
    assert L.norm_value(raw) == expected


def test_norm_value_dates():
    from datetime import date, datetime
    assert L.norm_value(datetime(2026, 5, 9)) == date(2026, 5, 9)
    assert L.norm_value(datetime(2026, 5, 9, 8, 30)) == datetime(2026, 5, 9, 8, 30)
    assert L.as_date("09/05/2026") == date(2026, 5, 9)
    assert L.as_date("31/02/2026") is None


def test_column_ownership():
    assert L.STAFF_COLUMNS == ("Trạng thái", "Ngày hoàn thành", "Kết quả thực hiện", "Ghi chú")
    assert not set(L.STAFF_COLUMNS) & set(L.PARSER_COLUMNS)
    assert L.TASK_COLUMNS == (
        "STT", "Số TB", "Ngày TB", "Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Thời hạn", "Trạng thái", "Ngày hoàn thành", "Kết quả thực hiện", "Ghi chú",
        "Còn lại (ngày)", "Thời hạn (nguyên văn)", "Cần kiểm tra", "Mã NV", "Mã TB", "Tình trạng nguồn")
    assert L.CORRECTABLE_COLUMNS == ("Mục", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                     "Thời hạn", "Thời hạn (nguyên văn)")
    assert L.PRINT_COLUMNS == L.TASK_COLUMNS[:12]


@pytest.mark.parametrize("text, year, expected", [
    ("15/7/2026", None, date(2026, 7, 15)), ("15-07-2026", None, date(2026, 7, 15)),
    ("15.7.2026", None, date(2026, 7, 15)), ("15/7", 2026, date(2026, 7, 15)), ("15/7", None, None),
    ("5/7/26", None, date(2026, 7, 5)), ("ngày 15 tháng 7 năm 2026", None, date(2026, 7, 15)),
    ("2026-07-15", None, date(2026, 7, 15)), (" 15 / 7 / 2026 ", None, date(2026, 7, 15)),
    ("31/2/2026", None, None), ("cuối tháng 7", 2026, None), ("7/2026", 2026, None), ("", 2026, None),
])
def test_typed_dates_are_read_day_first_never_guessed(text, year, expected):
    assert L.typed_date(text, year) == expected


def test_section_key_orders_naturally():
    secs = ["10", "2.b", "2.a", "II.1", "2", "1"]
    assert sorted(secs, key=L.section_key) == ["1", "2", "2.a", "2.b", "10", "II.1"]
