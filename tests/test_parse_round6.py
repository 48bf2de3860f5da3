"""Batch R7's general causes (issue 11, round 6), one table-driven test each on text written for
these tests in the form of the real documents (no real document's text).

Each case is parsed as a clerk gives it to the tool (``parse_notice``) and checked per task:
the lead(s) and the deadline; deadline phrases are also checked with ``find_deadlines`` alone."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.deadlines import find_deadlines


def tasks(text):
    n = parse_notice("Tin hoạt động\n\n" + text)
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks]


def has(found, lead, date):
    return any(lead in leads and d == date for leads, d in found)


def dates(text):
    return [d.date.isoformat() if d.date else None for d in find_deadlines(text, None)]


# 1. deadline phrases of the press: a closing day in parentheses, "vào ngày" after a report or a
#    hand-over, the end of a month whose year only the sentence gives ------------------------
PHRASES = [
    ("Các huyện tập trung thu hồi nợ đọng thuế trong thời gian còn lại (đến ngày 28.2.2029), bảo đảm kế hoạch.",
     ["2029-02-28"]),
    ("Sở Xây dựng rà soát hồ sơ cấp phép (trước ngày 15/3/2029).", ["2029-03-15"]),
    ("Gửi báo cáo tổng kết đợt thi đua vào ngày 20.11.2029.", ["2029-11-20"]),
    ("Các xã bàn giao hồ sơ địa chính cho huyện vào ngày 5/10/2029.", ["2029-10-05"]),
    ("Chậm nhất đến cuối tháng 9, các đơn vị phải trồng xong cây xanh của kế hoạch năm 2029.", ["2029-09-30"]),
]
NOT_DEADLINES = [
    "Hội nghị tổng kết được tổ chức vào ngày 20.11.2029.",              # an event's day
    "Số liệu thống kê (từ ngày 1/1 đến ngày 31/1/2029) cho thấy mức tăng 5%.",   # a span
    "Đoàn đã bàn giao hồ sơ vào ngày 5/10/2029.",                       # a past fact
    "Chậm nhất đến cuối tháng 9, các đơn vị hoàn thành kế hoạch năm 2029 và năm 2030.",  # two years: no guess
]


@pytest.mark.parametrize("text,expected", PHRASES)
def test_press_deadline_phrases(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_plain_dates_of_the_same_forms_are_no_deadlines(text):
    assert [d for d in dates(text) if d] == []
