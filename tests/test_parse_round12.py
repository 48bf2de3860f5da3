"""Issue 11's eleventh round: general causes of R13's first-run misses and extras, one
table-driven test each on text written for these tests in the form of the real documents."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

LETTER = ("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 31/UBND-NC    Khánh Hòa, ngày 04 tháng 9 năm 2026\n"
          "V/v rà soát hồ sơ đất đai\nKính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã, phường.\n")

# A collective of the bodies addressed with a tail that only says they are concerned ("các cơ
# quan, đơn vị, địa phương liên quan") stands for the letter's addressees, as without the tail.
ADDRESSEES_CONCERNED = [
    ("Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương liên quan hoàn thành việc rà soát, "
     "gửi về UBND tỉnh trước ngày 20/9/2026.",
     [(["Sở Xây dựng"], "2026-09-20"), (["Sở Tài chính"], "2026-09-20"), (["UBND các xã, phường"], "2026-09-20")]),
    ("Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị có liên quan hoàn thành việc rà soát trước ngày 20/9/2026.",
     [(["Sở Xây dựng"], "2026-09-20"), (["Sở Tài chính"], "2026-09-20"), (["UBND các xã, phường"], "2026-09-20")]),
    ("Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương hoàn thành việc rà soát trước ngày 20/9/2026.",
     [(["Sở Xây dựng"], "2026-09-20"), (["Sở Tài chính"], "2026-09-20"), (["UBND các xã, phường"], "2026-09-20")]),
]


@pytest.mark.parametrize("body, expected", ADDRESSEES_CONCERNED)
def test_the_bodies_addressed_and_concerned_are_the_addressees(body, expected):
    assert leads_and_dates(LETTER + body) == expected
