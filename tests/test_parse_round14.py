"""Issue 11's thirteenth round: forms found by writing plans and letters of other provinces and by
R15's glued decision; one table-driven test each, on text written for these tests."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 55/KH-UBND\nBình Định, ngày 10 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\nII. NHIỆM VỤ\n")


def _leads_support(text: str) -> list:
    return [([a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in parse_notice(text).tasks]


# A lead field line that names both roles ("Cơ quan thực hiện: Sở A chủ trì; Sở B, UBND các xã
# phối hợp.") gives the task to the body before "chủ trì"; those after it co-operate.
FIELD_LINE_ROLES = [
    ("Cơ quan thực hiện: Sở Nông nghiệp và Môi trường chủ trì; Sở Tài chính, UBND các xã phối hợp.",
     [(["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính", "UBND các xã"], "2026-09-30")]),
    ("Đơn vị thực hiện: Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ.",
     [(["Công an tỉnh"], ["Sở Khoa học và Công nghệ"], "2026-09-30")]),
    ("Chủ trì thực hiện: Sở Y tế; phối hợp: Sở Nội vụ.",
     [(["Sở Y tế"], ["Sở Nội vụ"], "2026-09-30")]),
    ("Cơ quan thực hiện: Sở Y tế, Sở Nội vụ.",
     [(["Sở Y tế"], [], "2026-09-30"), (["Sở Nội vụ"], [], "2026-09-30")]),
]


@pytest.mark.parametrize("line, expected", FIELD_LINE_ROLES)
def test_a_lead_field_line_naming_co_operators(line, expected):
    text = PLAN + ("1. Xây dựng cơ sở dữ liệu đất đai\n" + line
                   + "\nThời gian thực hiện: Hoàn thành trong tháng 9/2026.\n")
    assert _leads_support(text) == expected
