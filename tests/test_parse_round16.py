"""Round 16: forms found misread on the real batch R7 and the invented sets Y and Z, one
table-driven test each on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import PRESS_OPENING, leads_and_dates
from tbkl_xl.parse import parse_notice

LETTER = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 812/UBND-KT    Quảng Ngãi, ngày 12 tháng 3 năm 2027\n"
          "V/v đẩy nhanh tiến độ giải ngân\nKính gửi: Các sở, ngành\n")

# "đơn vị thi công" is a role of its own, named as the letter names it (not "Nhà thầu"); "BQL
# DA …" and "Ban QLDA …" are short forms of "Ban Quản lý dự án …", whose name reads "công trình"
# as a noun and ends at a comma; the role in lower case after its name ("…, chủ đầu tư dự án
# đường …") says what it is, it is no second body.
ROLES_AND_BOARDS = [
    ("1. Yêu cầu đơn vị thi công bổ sung nhân lực, hoàn thành trước ngày 30/4/2027.",
     [(["Đơn vị thi công"], "2027-04-30")]),
    ("1. Các đơn vị thi công hoàn trả mặt bằng trước ngày 15/4/2027.",
     [(["Đơn vị thi công"], "2027-04-15")]),
    ("1. Nhà thầu thi công khắc phục các tồn tại trước ngày 15/4/2027.",
     [(["Nhà thầu"], "2027-04-15")]),
    ("1. BQL DA các công trình giao thông phải giải ngân 100% kế hoạch vốn trước ngày 31/12/2027.",
     [(["BQL DA các công trình giao thông"], "2027-12-31")]),
    ("1. Chậm nhất đến cuối tháng 12, BQL DA các công trình giao thông, chủ đầu tư dự án đường Dung Quất - "
     "Sa Huỳnh phải giải ngân 100% kế hoạch vốn được giao của năm 2027.",
     [(["BQL DA các công trình giao thông"], "2027-12-31")]),
    ("1. Ban QLDA đầu tư xây dựng huyện Sơn Tịnh hoàn thành quyết toán trước ngày 30/6/2027.",
     [(["Ban QLDA đầu tư xây dựng huyện Sơn Tịnh"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", ROLES_AND_BOARDS)
def test_roles_and_project_boards_are_named_as_written(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A press item's headline on a line of its own over a paragraph written on one line: a title,
# not the start of the paragraph (whose subject opens after its time phrase).
HEADLINE = ("Quảng Ngãi: Dự án đường ven biển phải giải ngân 100% vốn của năm 2027\n"
            "Chậm nhất đến cuối tháng 12, BQL DA các công trình giao thông, chủ đầu tư dự án đường ven "
            "biển Dung Quất - Sa Huỳnh phải giải ngân 100% kế hoạch vốn được tỉnh giao của năm 2027; khẩn "
            "trương phối hợp với các địa phương xây dựng các khu tái định cư.\n")


def test_a_headline_over_an_unwrapped_paragraph_is_a_title():
    n = parse_notice(PRESS_OPENING + HEADLINE)
    dated = [t for t in n.tasks if t.deadline and t.deadline.date]
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in dated] == [
        (["BQL DA các công trình giao thông"], "2027-12-31")]
    assert dated[0].text.startswith("Chậm nhất đến cuối tháng 12")

