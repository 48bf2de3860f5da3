"""Ways a notice names the body it gives a task to, in other provinces' words (issue 11: bodies
outside the directory, titles before a body, honorifics before a title), one table: each line is
``Giao <assignee> rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 15/6/2026`` in a notice of
Quảng Trị, and the task must go to the body named, with its deadline."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice

HEAD = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 12/TB-UBND    Quảng Trị, ngày 10 tháng 3 năm 2026\n"
        "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp\n")
TAIL = " rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 15/6/2026."

FORMS = [
    # an honorific, and a person's name, before the title of a body's head
    ("Giao đồng chí Giám đốc Sở Tài chính", "Sở Tài chính"),
    ("Giao đ/c Giám đốc Sở Tài chính", "Sở Tài chính"),
    ("Đồng chí Giám đốc Sở Tài chính chỉ đạo", "Sở Tài chính"),
    ("Giao đồng chí Trần Văn Bình, Giám đốc Sở Tài chính", "Sở Tài chính"),
    ("Giao ông Lê Văn Tám, Phó Giám đốc Sở Xây dựng", "Sở Xây dựng"),
    ("Giao đồng chí Chủ tịch UBND huyện Hải Lăng", "UBND huyện Hải Lăng"),
    # a head written with a capital inside it
    ("Giao Tổng Công ty Điện lực miền Trung", "Tổng Công ty Điện lực miền Trung"),
    ("Giao Ban quản lý dự án đầu tư xây dựng tỉnh", "Ban quản lý dự án đầu tư xây dựng tỉnh"),
    # a head that is a whole name, a port authority, the land clearance boards
    ("Giao Tỉnh đoàn", "Tỉnh đoàn"),
    ("Giao Cảng vụ Hàng hải Quảng Trị", "Cảng vụ Hàng hải Quảng Trị"),
    ("Giao Hội đồng bồi thường, hỗ trợ và tái định cư huyện Hải Lăng",
     "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Hải Lăng"),
    ("Giao Ban Bồi thường, giải phóng mặt bằng thành phố Đông Hà",
     "Ban Bồi thường, giải phóng mặt bằng thành phố Đông Hà"),
    # cues of delegation
    ("Ủy quyền cho Sở Tài chính", "Sở Tài chính"),
    ("Giao trách nhiệm cho Sở Tài chính", "Sở Tài chính"),
    # a role keeps the number the text gives it
    ("Giao Chủ đầu tư", "Chủ đầu tư"),
    ("Yêu cầu các chủ đầu tư", "Các chủ đầu tư"),
    # the special zones of 2025, alone and in the local units' collective
    ("Giao UBND đặc khu Cồn Cỏ", "UBND đặc khu Cồn Cỏ"),
    ("Giao UBND các xã, phường, đặc khu", "UBND các xã, phường, đặc khu"),
    # a body of another province keeps its province: no typo of the configured one's
    ("Giao Báo và Phát thanh, Truyền hình Lâm Đồng", "Báo và Phát thanh, Truyền hình Lâm Đồng"),
    # bodies the grammar knew before (kept)
    ("Giao Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
    ("Giao Kho bạc Nhà nước khu vực XI", "Kho bạc Nhà nước khu vực XI"),
    ("Giao Hội Nông dân tỉnh", "Hội Nông dân tỉnh"),
    ("Giao Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông", "Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông"),
]


@pytest.mark.parametrize("assignee, lead", FORMS)
def test_the_body_named_gets_the_task_and_its_deadline(assignee, lead):
    n = parse_notice(HEAD + "1. " + assignee + TAIL)
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
           for t in n.tasks]
    assert got == [([lead], "2026-06-15")]


def test_a_name_with_another_province_is_no_typo_of_the_configured_provinces_body():
    from tbkl_xl.parse.agencies import resolve
    assert resolve("Báo và Phát thanh, Truyền hình Lâm Đồng").name == "Báo và Phát thanh, Truyền hình Lâm Đồng"
    assert resolve("Báo và Phát thanh Truyền hình Lạng Sơn").name == "Báo và Phát thanh, Truyền hình Lạng Sơn"
