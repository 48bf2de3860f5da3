"""Batch R7's general causes (issue 11, round 6), one table-driven test each on text written for
these tests in the form of the real documents (no real document's text).

Each case is parsed as a clerk gives it to the tool (``parse_notice``) and checked per task:
the lead(s) and the deadline; deadline phrases are also checked with ``find_deadlines`` alone."""
from __future__ import annotations

import pytest

from parse_helpers import PRESS_OPENING, has, leads_and_dates
from tbkl_xl.parse.deadlines import find_deadlines


def tasks(text):
    return leads_and_dates(text, PRESS_OPENING)


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


# 2. the body told to act inside a press report of the order ------------------------------------
REPORTED = [
    # the issuer "đã giao" after a long opening: reported now, not an order of an earlier letter
    ("Sau phản ánh của người dân về tình trạng ngập úng (số báo ngày 12/3/2029), ngày 14/3, Chủ tịch UBND tỉnh "
     "đã giao Sở Xây dựng làm việc với các chủ đầu tư để khắc phục, hoàn thành trước ngày 30/4/2029.",
     "Sở Xây dựng", "2029-04-30"),
    # "tiếp tục chỉ đạo" after an opening; a role in lower case after "chỉ đạo"
    ("Tiến độ thu ngân sách chưa đạt yêu cầu. Trên cơ sở đó, Chủ tịch UBND tỉnh tiếp tục chỉ đạo các chủ đầu tư "
     "cần đẩy nhanh quyết toán các công trình hoàn thành (đến ngày 31.3.2029).",
     "Các chủ đầu tư", "2029-03-31"),
    # the press's word for an order with a time limit
    ("Tỉnh đã ra “tối hậu thư” cho các địa phương để hoàn thành việc di dời mồ mả trước ngày 15/8/2029.",
     "Các địa phương", "2029-08-15"),
]


@pytest.mark.parametrize("text,lead,date", REPORTED)
def test_the_body_ordered_in_a_reported_order_leads(text, lead, date):
    found = tasks(text)
    assert has(found, lead, date), found


def test_an_order_of_a_cited_earlier_letter_is_no_new_task():
    text = ("Tại Thông báo số 45/TB-UBND ngày 02/3/2029, Chủ tịch UBND tỉnh đã giao Sở Y tế rà soát các trạm y tế, "
            "báo cáo trước ngày 30/3/2029. Đến nay, Sở Y tế chưa báo cáo.")
    assert not any("Sở Y tế" in leads for leads, _ in tasks(text))


def test_an_undated_past_order_of_the_issuer_stays_no_task():
    text = "Năm qua, Chủ tịch UBND tỉnh đã giao Sở Y tế rà soát các trạm y tế. Sở Tài chính bố trí kinh phí."
    assert [leads for leads, _ in tasks(text)] == [["Sở Tài chính"]]


# 3. a purpose clause after an order is what the order asks, by its day -------------------------
PURPOSE = [
    ("Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành liên quan phải vào cuộc quyết liệt, để hoàn thành "
     "bàn giao mặt bằng trước 15/6/2029.", "Các sở, ngành liên quan", "2029-06-15"),
]
PURPOSE_GOALS = [
    "Để hoàn thành mục tiêu giảm nghèo trong năm 2029, Sở Y tế rà soát các trạm y tế.",
    "Chủ tịch UBND tỉnh yêu cầu: Để hoàn thành kế hoạch trong năm 2029, các sở tăng cường kiểm tra.",
    "Các hộ dân phấn khởi, để hoàn thành kế hoạch trước ngày 15/6/2029.",
]


@pytest.mark.parametrize("text,lead,date", PURPOSE)
def test_a_purpose_after_an_order_is_its_time_limit(text, lead, date):
    found = tasks(text)
    assert has(found, lead, date), found


@pytest.mark.parametrize("text", PURPOSE_GOALS)
def test_a_purpose_opening_its_sentence_or_without_an_order_is_a_goal(text):
    assert [d for d in dates(text) if d] == []


# 4. press group names and a fronted "Với <bodies>," before an imperative ------------------------
GROUPS = [
    ("Theo đó, các bộ, ngành, DNNN rà soát quỹ nhà đất đang quản lý.", "Các bộ, ngành, DNNN", None),
    ("Với các DNNN, thực hiện sắp xếp lại nhà đất, gửi báo cáo về Bộ Tài chính trước ngày 30/9/2029.",
     "Các DNNN", "2029-09-30"),
]


@pytest.mark.parametrize("text,lead,date", GROUPS)
def test_press_group_names_lead(text, lead, date):
    found = tasks(text)
    assert has(found, lead, date), found


def test_a_with_opening_naming_no_body_gives_no_lead():
    found = tasks("Với tinh thần quyết liệt, thực hiện rà soát hộ nghèo trước ngày 30/9/2029.")
    assert all(leads == [] for leads, _ in found), found
