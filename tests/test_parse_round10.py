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


# A subject after an opening that ends in a title ("Căn cứ Kế hoạch này, thủ trưởng các …", "Trước
# ngày …, Giám đốc Sở …"): the run after the title is the subject.
OPENING_AND_TITLE = [
    ("1. Căn cứ Kế hoạch này, thủ trưởng các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ "
     "xây dựng kế hoạch cụ thể (hoàn thành trong tháng 5/2027).", [(["Các cơ quan, đơn vị, địa phương"], "2027-05-31")]),
    ("1. Trên cơ sở hướng dẫn của Bộ, Giám đốc Sở Nội vụ tổ chức rà soát, hoàn thành trước ngày 20/5/2027.",
     [(["Sở Nội vụ"], "2027-05-20")]),
    ("1. Theo chỉ đạo của Thường trực Tỉnh ủy, Chủ tịch UBND các xã, phường báo cáo kết quả trước ngày 10/6/2027.",
     [(["UBND các xã, phường"], "2027-06-10")]),
]


@pytest.mark.parametrize("body, expected", OPENING_AND_TITLE)
def test_a_title_after_an_opening_does_not_hide_the_subject(body, expected):
    assert leads_and_dates(PLAN + body) == expected


# Subjects listed with ";" after a topic and a title ("Về X: Thủ trưởng các sở, ban, ngành; chủ tịch
# UBND các huyện … có trách nhiệm …"): one task for each.
SEMICOLON_SUBJECTS = [
    ("Tổ chức tự đánh giá công tác cải cách hành chính: Thủ trưởng các sở, ban, ngành tỉnh; chủ tịch UBND "
     "các huyện, thị xã, thành phố có trách nhiệm cung cấp đầy đủ tài liệu kiểm chứng trước ngày 31/3/2027.",
     [(["Các sở, ban, ngành tỉnh"], "2027-03-31"), (["UBND các huyện, thị xã, thành phố"], "2027-03-31")]),
    ("Về báo cáo năm: Giám đốc Sở Y tế; Giám đốc Sở Xây dựng gửi báo cáo về Sở Nội vụ trước ngày 15/12/2027.",
     [(["Sở Y tế"], "2027-12-15"), (["Sở Xây dựng"], "2027-12-15")]),
]


@pytest.mark.parametrize("body, expected", SEMICOLON_SUBJECTS)
def test_subjects_listed_with_semicolons_after_a_topic(body, expected):
    assert leads_and_dates(PLAN + body) == expected


# An item that is only a time limit ("b) Thời gian thực hiện: …") closes the tasks of the item
# before it ("a) Giao Sở X: - …; - …"), each of them.
ITEMS = [
    ("2. Tổng hợp kết quả:\na) Giao Sở Nội vụ:\n- Thành lập Tổ giúp việc đánh giá kết quả năm 2026.\n"
     "- Tổng hợp, dự thảo báo cáo trình UBND tỉnh.\nb) Thời gian thực hiện: Hoàn thành trước ngày 15/4/2027.",
     [(["Sở Nội vụ"], "2027-04-15"), (["Sở Nội vụ"], "2027-04-15")]),
]


@pytest.mark.parametrize("body, expected", ITEMS)
def test_a_time_limit_item_closes_the_item_before(body, expected):
    assert leads_and_dates(PLAN + body) == expected


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố:    /UBND-NC\n\nNinh Bình, ngày    tháng 5 năm 2027\n\n"
          "V/v triển khai Thông báo số 12/TB-BCĐ\n\nKính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.\n\n"
          "Thực hiện Thông báo số 12/TB-BCĐ ngày 02/5/2027 của Ban Chỉ đạo, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu "
          "các cơ quan, đơn vị triển khai thực hiện các nhiệm vụ sau:\n\n1. Sở Xây dựng\n\n"
          "Chủ trì rà soát các dự án chậm tiến độ, đề xuất phương án xử lý.\n\n2. Sở Tài chính\n\n"
          "Chủ trì tổng hợp nhu cầu vốn, tham mưu bố trí kinh phí.\n\n3. Các sở, ban, ngành có liên quan\n\n"
          "Trong phạm vi chức năng, nhiệm vụ và thẩm quyền được giao, khẩn trương phối hợp cung cấp hồ sơ, tài liệu.\n\n")
SIGNED = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n"
EVERY_BODY = ["Sở Xây dựng", "Sở Tài chính", "Các sở, ban, ngành có liên quan"]

# The last paragraph asking for the results, without a subject of its own ("Kết quả thực hiện báo cáo
# UBND tỉnh … trước ngày …"), closes every item: each body given one reports by that date.  One
# with a subject of its own stays that body's.  ("Trong phạm vi chức năng, nhiệm vụ và thẩm quyền
# được giao, khẩn trương …" is an order to the item's body.)
CLOSING = [
    ("Kết quả thực hiện báo cáo Ủy ban nhân dân tỉnh (qua Sở Xây dựng) trước ngày 30/5/2027 để tổng hợp./.",
     [([b], None) for b in EVERY_BODY] + [([b], "2027-05-30") for b in EVERY_BODY]),
    ("Báo cáo kết quả thực hiện gửi Ủy ban nhân dân tỉnh trước ngày 30/5/2027./.",
     [([b], None) for b in EVERY_BODY] + [([b], "2027-05-30") for b in EVERY_BODY]),
    ("Sở Xây dựng tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/5/2027./.",
     [([b], None) for b in EVERY_BODY] + [(["Sở Xây dựng"], "2027-05-30")]),
]


@pytest.mark.parametrize("closing, expected", CLOSING)
def test_a_closing_request_for_results_reaches_every_item(closing, expected):
    assert leads_and_dates(LETTER + closing + SIGNED) == expected
