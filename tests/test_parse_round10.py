"""Batch R12's general causes (issue 11, its first run recorded before they were looked at), one
table-driven test each on text written for these tests in the form of the real documents."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

PLAN = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố:      /KH-UBND    Ninh Bình, ngày      tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Thực hiện Quy định về kiểm soát quyền lực trong công tác thẩm định\nII. NỘI DUNG\n")

# A plan's block: the item's title, then "- Thực hiện: <bodies>" and "- Thời gian thực hiện: …".
# The bare label "Thực hiện:" names the lead; the field line may lack its stop (and so look like a
# heading); the title may be a sentence that is no order by itself ("Nắm tình hình, kịp thời báo
# cáo UBND tỉnh …"), or name the body advised ("Tham mưu UBND tỉnh …").
PLAN_BLOCKS = [
    ("1. Tổ chức tập huấn chuyên sâu cho cán bộ làm công tác thẩm định.\n- Thực hiện: Sở Tư pháp.\n"
     "- Thời gian thực hiện: Hoàn thành trong tháng 5/2027.",
     [(["Sở Tư pháp"], "2027-05-31")]),
    ("1. Tham mưu UBND tỉnh bố trí kinh phí cho việc thẩm định văn bản.\n- Thực hiện: Sở Tài chính\n"
     "- Thời gian thực hiện: Thường xuyên.",
     [(["Sở Tài chính"], None)]),
    ("1. Theo dõi, kịp thời báo cáo UBND tỉnh về những biểu hiện tiêu cực trong thẩm định.\n"
     "- Thực hiện: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh.\n- Thời gian thực hiện: Thường xuyên.",
     [(["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], None)]),
    ("1. Giúp UBND tỉnh đề xuất cụ thể hóa các nội dung của Quy định.\n"
     "- Thực hiện: Sở Tư pháp và Sở Nội vụ phối hợp tham mưu, đề xuất.\n"
     "- Thời gian thực hiện: Hoàn thành trong quý II/2027.",
     [(["Sở Tư pháp"], "2027-06-30"), (["Sở Nội vụ"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", PLAN_BLOCKS)
def test_a_plans_bare_execution_label_names_the_lead_of_its_title(body, expected):
    assert leads_and_dates(PLAN + body) == expected


# A collective written without "các" after a title ("Thủ trưởng cơ quan, đơn vị, địa phương"): two
# plural heads or more are the collective; one head alone ("thủ trưởng cơ quan") is none.
TITLED_COLLECTIVES = [
    ("1. Rà soát văn bản quy phạm pháp luật để kịp thời sửa đổi.\n"
     "- Thực hiện: Thủ trưởng cơ quan, đơn vị, địa phương.\n- Thời gian thực hiện: Thường xuyên.",
     [(["Các cơ quan, đơn vị, địa phương"], None)]),
    ("1. Người đứng đầu sở, ban, ngành xây dựng kế hoạch thực hiện (hoàn thành trong tháng 4/2027).",
     [(["Các sở, ban, ngành"], "2027-04-30")]),
    ("1. Nâng cao trách nhiệm của thủ trưởng cơ quan trong công tác thẩm định.", [([], None)]),
]


@pytest.mark.parametrize("body, expected", TITLED_COLLECTIVES)
def test_a_collective_after_a_title_needs_no_cac(body, expected):
    assert leads_and_dates(PLAN + body) == expected
