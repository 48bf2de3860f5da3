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


# One addressee on the "Kính gửi:" line without its full stop, then the letter's first paragraph
# on one line longer than a page line: the paragraph is the body, not more of the addressee (who
# keeps its name, and the short name of a task then means it).
ONE_LINE_ADDRESSEE = [
    ("Kính gửi: Thi hành án dân sự tỉnh\n"
     "Ủy ban nhân dân tỉnh nhận được Công văn số 118/CV-TP ngày 02/9/2026 của Sở Tư pháp về việc báo cáo kết quả "
     "thi hành các bản án hành chính; Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
     "Giao Thi hành án dân sự chủ trì, phối hợp với các cơ quan có liên quan tham mưu báo cáo kết quả thi hành án. "
     "Văn bản tham mưu gửi về Ủy ban nhân dân tỉnh trước ngày 21/9/2026./.",
     [(["Thi hành án dân sự tỉnh"], "2026-09-21")]),
    ("Kính gửi: Sở Nội vụ\n"
     "Ủy ban nhân dân tỉnh nhận được Công văn số 118/BNV-CQĐP ngày 02/9/2026 của Bộ Nội vụ về việc tổng kết công "
     "tác dân vận của chính quyền các cấp; Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
     "Giao Sở Nội vụ chủ trì tham mưu báo cáo tổng kết, trình Ủy ban nhân dân tỉnh trước ngày 21/9/2026./.",
     [(["Sở Nội vụ"], "2026-09-21")]),
]

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố:      /UBND-NC\nKhánh Hòa, ngày    tháng 9 năm 2026\n"


@pytest.mark.parametrize("body, expected", ONE_LINE_ADDRESSEE)
def test_a_long_line_after_a_one_line_addressee_is_the_body(body, expected):
    assert leads_and_dates(HEADER + "V/v báo cáo kết quả\n" + body) == expected
    assert leads_and_dates(HEADER + body) == expected           # (a letter without its subject line)


# "Các địa phương nêu trên" stands for local governments only: not for the ministry and the
# department whose letter the paragraph before cites, but for the communes the letter addresses.
LOCAL_NAMED_BEFORE = [
    ("Ủy ban nhân dân tỉnh nhận được Công văn số 75/CQL-NV ngày 02/9/2026 của Cục Quản lý đất đai - Bộ Nông "
     "nghiệp và Môi trường. Theo đó, Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân tỉnh chỉ đạo rà soát.\n"
     "Ủy ban nhân dân tỉnh yêu cầu các địa phương nêu trên thực hiện các nội dung sau:\n"
     "1. Rà soát hồ sơ giao đất, cho thuê đất trên địa bàn.\n"
     "2. Gửi báo cáo về Sở Nông nghiệp và Môi trường trước ngày 25/9/2026.",
     [(["UBND các xã, phường"], None), (["UBND các xã, phường"], "2026-09-25")]),
]

COMMUNES = ("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nSố: 31/UBND-NC    Khánh Hòa, ngày 04 tháng 9 năm 2026\n"
            "V/v rà soát hồ sơ đất đai\nKính gửi: UBND các xã, phường.\n")


@pytest.mark.parametrize("body, expected", LOCAL_NAMED_BEFORE)
def test_the_localities_named_before_are_local_governments(body, expected):
    assert leads_and_dates(COMMUNES + body) == expected


# The party bodies of the units an enumeration names ("Đảng bộ các xã: A, B", "Đảng ủy các
# phường, xã") are party bodies, not the people's committees of those units: the collective named as
# written, or, when the list names units of one type, each unit's party body (round 17).
NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 12/TB-UBND\nKhánh Hòa, ngày 03 tháng 9 năm 2026\nTHÔNG BÁO\n"
          "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với các xã\n")
PARTY_UNITS = [
    ("1. Đề nghị Đảng bộ các xã: Ninh Hòa, Vạn Ninh tập trung thực hiện tốt các nhiệm vụ sau:\n"
     "1.1. Tăng cường thu ngân sách.\n1.2. Nâng cao chất lượng công tác xây dựng Đảng.\n",
     [(["Đảng bộ xã Ninh Hòa", "Đảng bộ xã Vạn Ninh"], None), (["Đảng bộ xã Ninh Hòa", "Đảng bộ xã Vạn Ninh"], None)]),
    ("1. Đảng ủy các phường, xã rà soát các chỉ tiêu phát triển kinh tế - xã hội trước ngày 30/9/2026.\n",
     [(["Đảng ủy các phường, xã"], "2026-09-30")]),
    ("1. UBND các xã: Ninh Hòa, Vạn Ninh rà soát các chỉ tiêu trước ngày 30/9/2026.\n",
     [(["UBND xã Ninh Hòa"], "2026-09-30"), (["UBND xã Vạn Ninh"], "2026-09-30")]),
]


@pytest.mark.parametrize("body, expected", PARTY_UNITS)
def test_the_party_bodies_of_enumerated_units_are_party_bodies(body, expected):
    assert leads_and_dates(NOTICE + body) == expected
