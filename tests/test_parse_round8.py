"""Batch R10's general causes (issue 11, its first run recorded before they were looked at), one
table-driven test each on text written for these tests in the form of the real documents.

A plan's task with field lines ("Cơ quan chủ trì: …", "Thời gian thực hiện: …"): an expected
time limit ("Dự kiến trước ngày …") is a time limit, a programme's span ("Năm 2026 và các năm
tiếp theo") is none, an item that asks for opinions on a draft ("Tham gia góp ý …") is a task."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice

HEAD = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố:      /KH-UBND    Ninh Bình, ngày      tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Triển khai thi hành Luật Dữ liệu trên địa bàn tỉnh\nII. NHIỆM VỤ\n")

FIELD_LINES = [
    # an expected time limit in a plan's time field
    ("1. Tham gia góp ý dự thảo Nghị định hướng dẫn Luật.\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n"
     "- Thời gian triển khai thực hiện: Dự kiến trước ngày 01 tháng 9 năm 2027.",
     [("Sở Khoa học và Công nghệ", "2027-09-01")]),
    ("1. Rà soát văn bản quy phạm pháp luật của tỉnh.\na) Cơ quan chủ trì: Sở Tư pháp.\n"
     "b) Thời hạn hoàn thành: dự kiến trước ngày 15/10/2027.", [("Sở Tư pháp", "2027-10-15")]),
    # a programme's span: no deadline (the task stays, without a date)
    ("1. Tổ chức tuyên truyền, phổ biến Luật.\na) Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.\n"
     "b) Cơ quan phối hợp: Sở Tư pháp.\nc) Thời gian thực hiện: Năm 2027 và các năm tiếp theo.",
     [("Sở Văn hóa, Thể thao và Du lịch", None)]),
    ("1. Tập huấn nghiệp vụ cho cán bộ cấp xã.\n- Cơ quan chủ trì: Sở Nội vụ.\n"
     "- Thời gian thực hiện: từ năm 2027 trở đi.", [("Sở Nội vụ", None)]),
    # a plain year is still the end of that year
    ("1. Tập huấn nghiệp vụ cho cán bộ cấp xã.\n- Cơ quan chủ trì: Sở Nội vụ.\n"
     "- Thời gian thực hiện: Năm 2027.", [("Sở Nội vụ", "2027-12-31")]),
]


@pytest.mark.parametrize("body, expected", FIELD_LINES)
def test_a_plans_field_lines_give_the_task_its_lead_and_time_limit(body, expected):
    n = parse_notice(HEAD + body)
    got = [(a.name, t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
           for t in n.tasks for a in t.lead]
    assert got == expected


def test_a_planned_event_is_still_no_time_limit():
    n = parse_notice(HEAD + "1. Sở Văn hóa, Thể thao và Du lịch dự kiến tổ chức hội nghị trong tháng 10 năm 2027.")
    assert [(t.deadline.date if t.deadline else None) for t in n.tasks] == [None]


def test_a_table_cell_with_a_programmes_span_gives_no_deadline():
    n = parse_notice(HEAD + "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian thực hiện |\n"
                     "| 1 | Tuyên truyền, phổ biến Luật | Sở Tư pháp | Năm 2027 và những năm tiếp theo |\n"
                     "| 2 | Rà soát văn bản | Sở Nội vụ | Quý III/2027 |\n")
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
           for t in n.tasks]
    assert got == [(["Sở Tư pháp"], None), (["Sở Nội vụ"], "2027-09-30")]


@pytest.mark.parametrize("words", ["chậm nhất 03 ngày trước ngày tổ chức hội nghị",
                                   "trong 05 ngày làm việc sau khi có kết quả thẩm định",
                                   "chậm nhất 02 ngày trước phiên họp"])
def test_days_counted_from_an_event_give_no_date(words):
    """A number of days before or after an event whose day the notice does not give is no
    deadline counted from the notice's day (it was: a wrong date is worse than none)."""
    from tbkl_xl.parse.deadlines import find_deadlines
    from datetime import date
    found = find_deadlines("Sở Tài chính gửi hồ sơ về Văn phòng UBND tỉnh " + words + ".", date(2027, 3, 10))
    assert found and all(d.date is None for d in found), found


def test_the_leads_role_then_the_co_operators_clause_is_one_task():
    """"Giao Sở X chủ trì; Sở Y, Sở Z phối hợp <action>": one task of Sở X with Y and Z
    co-operating (not a bare task for X and the action for Y and Z)."""
    n = parse_notice(HEAD + "1. Giao Sở Tài chính chủ trì; Sở Xây dựng, Sở Nội vụ phối hợp rà soát hồ sơ dự án, "
                            "báo cáo UBND tỉnh trước ngày 20/3/2027.")
    assert [([a.name for a in t.lead], [a.name for a in t.support], t.deadline.date.isoformat() if t.deadline else None)
            for t in n.tasks] == [(["Sở Tài chính"], ["Sở Xây dựng", "Sở Nội vụ"], "2027-03-20")]


NOTICE = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 45/TB-UBND    Ninh Bình, ngày 10 tháng 3 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án\n")
WHO_ACTS = [
    # the agent of a passive
    ("1. Việc rà soát hồ sơ do Sở Tài chính thực hiện, hoàn thành trước ngày 20/3/2027.",
     [(["Sở Tài chính"], "2027-03-20")]),
    # field lines without dashes, each on its own line
    ("1. Rà soát hồ sơ dự án.\nTrách nhiệm: Sở Tài chính.\nThời hạn: trước ngày 20/3/2027.",
     [(["Sở Tài chính"], "2027-03-20")]),
    ("1. Rà soát hồ sơ dự án.\nCơ quan chủ trì: Sở Tài chính.\nCơ quan phối hợp: Sở Xây dựng.\n"
     "Thời gian hoàn thành: trước ngày 20/3/2027.", [(["Sở Tài chính"], "2027-03-20")]),
    # a role named by its body in brackets
    ("1. Yêu cầu Chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng tỉnh) hoàn thành thủ tục trước ngày 30/3/2027.",
     [(["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2027-03-30")]),
]


@pytest.mark.parametrize("body, expected", WHO_ACTS)
def test_who_acts_when_the_sentence_does_not_open_with_the_body(body, expected):
    n = parse_notice(NOTICE + body)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks] == expected


def test_a_body_marked_chu_tri_in_a_shared_cell_leads_the_others_co_operate():
    n = parse_notice(HEAD + "| STT | Nội dung | Cơ quan thực hiện | Thời gian |\n"
                            "| 1 | Rà soát cơ sở dữ liệu dùng chung | Sở Tài chính (chủ trì), Sở Xây dựng, Sở Nội vụ | Quý II/2027 |\n")
    assert [([a.name for a in t.lead], [a.name for a in t.support], t.deadline.date.isoformat() if t.deadline else None)
            for t in n.tasks] == [(["Sở Tài chính"], ["Sở Xây dựng", "Sở Nội vụ"], "2027-06-30")]
