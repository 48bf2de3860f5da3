"""Issue 11's tenth round: general causes left over from R7, R8, R10 and R12, one table-driven
test each on text written for these tests in the form of the real documents."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

LETTER = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 12/UBND-KT    Ninh Bình, ngày 10 tháng 3 năm 2027\n"
          "V/v triển khai công tác thanh tra\nKính gửi: Các sở, ngành\n")

# A dotted date whose second dot is missing ("25.2 2023") keeps its year: not day and month only,
# put in the issue year or the year after (a year before the letter's: a day already passed, quoted,
# no time limit since issue 11's fourteenth round; not 25/12 of the letter's year either).
DOTTED_DATES = [
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.4 2028.", [(["Sở Tài chính"], "2028-04-25")]),
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.12 2026.", [(["Sở Tài chính"], None)]),
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.4.2028.", [(["Sở Tài chính"], "2028-04-25")]),
    ("1. Sở Tài chính hoàn thành dự thảo trước ngày 25.4.", [(["Sở Tài chính"], "2027-04-25")]),
]


@pytest.mark.parametrize("body, expected", DOTTED_DATES)
def test_a_dotted_date_missing_its_second_dot_keeps_its_year(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# Bodies that exist at every level, addressed with "các cấp" (and ", các ngành"): one collective
# named as written, not a body "Thanh tra các".
EVERY_LEVEL = [
    ("1. Thanh tra các cấp trong tỉnh tăng cường kiểm tra việc chấp hành kết luận.",
     [(["Thanh tra các cấp trong tỉnh"], None)]),
    ("1. Cơ quan thanh tra các cấp, các ngành tăng cường thanh tra, xử lý vi phạm.",
     [(["Cơ quan thanh tra các cấp, các ngành"], None)]),
    ("1. Công an các cấp tăng cường kiểm tra trước ngày 30/6/2027.", [(["Công an các cấp"], "2027-06-30")]),
    ("2. Giao Thanh tra tỉnh chủ trì kiểm tra việc thực hiện.", [(["Thanh tra tỉnh"], None)]),
]


@pytest.mark.parametrize("body, expected", EVERY_LEVEL)
def test_bodies_of_every_level_are_one_collective(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# "tổ chức" (also a verb) goes on a collective as the last head of its list, before "và" and the
# next bodies; it opens no collective and takes no more words after it.
LISTED_HEADS = [
    ("2. Các sở, ban, ngành, cơ quan, tổ chức và UBND các xã, phường, đặc khu cử đúng thành phần trước ngày "
     "20/8/2027.",
     [(["Các sở, ban, ngành, cơ quan, tổ chức"], "2027-08-20"), (["UBND các xã, phường, đặc khu"], "2027-08-20")]),
    ("2. Các sở, ngành tổ chức thực hiện Kế hoạch này trước ngày 20/8/2027.", [(["Các sở, ngành"], "2027-08-20")]),
    ("2. Các sở, ngành, tổ chức thực hiện Kế hoạch này trước ngày 20/8/2027.", [(["Các sở, ngành"], "2027-08-20")]),
]


@pytest.mark.parametrize("body, expected", LISTED_HEADS)
def test_a_head_that_is_also_a_verb_only_closes_a_list_of_bodies(body, expected):
    assert leads_and_dates(LETTER + body) == expected


REPORT = ("1. Các sở, ngành rà soát, xây dựng kế hoạch thực hiện các kiến nghị và báo cáo kết quả cho UBND tỉnh "
          "theo định kỳ ")

# The second dated instance of a recurring report, in brackets after its period ("… 06 tháng (gửi
# chậm nhất ngày …) và năm 2027 (gửi chậm nhất ngày …)"), keeps the task's words and bodies.
RECURRING_INSTANCES = [
    ("06 tháng (gửi chậm nhất ngày 05/6/2027) và năm 2027 (gửi chậm nhất ngày 05/12/2027).",
     ["2027-06-05", "2027-12-05"]),
    ("06 tháng (nộp trước ngày 05/6/2027) và năm 2027 (nộp trước ngày 05/12/2027).", ["2027-06-05", "2027-12-05"]),
    ("quý (trước ngày 05/4/2027) và năm (trước ngày 05/12/2027).", ["2027-04-05", "2027-12-05"]),
]


@pytest.mark.parametrize("tail, dates", RECURRING_INSTANCES)
def test_a_recurring_reports_dated_instances_keep_the_tasks_words(tail, dates):
    from tbkl_xl.parse import parse_notice
    tasks = parse_notice(LETTER + REPORT + tail).tasks
    assert [t.deadline.date.isoformat() for t in tasks] == dates
    assert all([a.name for a in t.lead] == ["Các sở, ngành"] for t in tasks)
    assert all(t.text.startswith("Các sở, ngành rà soát") for t in tasks)


# A collective whose qualifier "(có) liên quan" runs into what it relates to ("… đến công tác quy
# hoạch") before a sure verb is still the subject; an object of "chỉ đạo" stays none.
RELATED_TO = [
    ("2. Các sở, ngành có liên quan đến công tác quy hoạch có trách nhiệm tham mưu UBND tỉnh xử lý.",
     [(["Các sở, ngành có liên quan"], None)]),
    ("2. Các sở, ngành liên quan đến công tác quy hoạch chủ động tham mưu UBND tỉnh xử lý.",
     [(["Các sở, ngành liên quan"], None)]),
    ("2. Các sở, ngành có liên quan có trách nhiệm tham mưu UBND tỉnh xử lý.",
     [(["Các sở, ngành có liên quan"], None)]),
]


@pytest.mark.parametrize("body, expected", RELATED_TO)
def test_a_collective_related_to_a_field_is_the_subject_of_its_sure_verb(body, expected):
    assert leads_and_dates(LETTER + body) == expected
