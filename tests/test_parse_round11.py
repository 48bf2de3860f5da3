"""Issue 11's tenth round: general causes left over from R7, R8, R10 and R12, one table-driven
test each on text written for these tests in the form of the real documents."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

LETTER = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 12/UBND-KT    Ninh Bình, ngày 10 tháng 3 năm 2027\n"
          "V/v triển khai công tác thanh tra\nKính gửi: Các sở, ngành\n")

# A dotted date whose second dot is missing ("25.2 2023") keeps its year: not day and month only,
# put in the issue year or the year after.
DOTTED_DATES = [
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.4 2028.", [(["Sở Tài chính"], "2028-04-25")]),
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.12 2026.", [(["Sở Tài chính"], "2026-12-25")]),
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.4.2028.", [(["Sở Tài chính"], "2028-04-25")]),
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.4.", [(["Sở Tài chính"], "2027-04-25")]),
]


@pytest.mark.parametrize("body, expected", DOTTED_DATES)
def test_a_dotted_date_missing_its_second_dot_keeps_its_year(body, expected):
    assert leads_and_dates(LETTER + body) == expected
