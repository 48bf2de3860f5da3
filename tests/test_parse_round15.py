"""Round 15: forms found misread on the invented sets Q, R, S and T, one table-driven test each
on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

LETTER = ("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSố: 812/UBND-KT    Điện Biên, ngày 12 tháng 3 năm 2027\n"
          "V/v đẩy nhanh tiến độ giải ngân\nKính gửi: Các sở, ngành\n")

# A period that ended well before the letter describes the works or the money ("các công trình
# hoàn thành năm 2026", "vốn của quý III/2026"), even after a completion verb; the task's own
# limit is the later date. A period of the letter's own days stays a time limit.
PAST_PERIOD = [
    ("1. Sở Tài chính thẩm tra, phê duyệt quyết toán các công trình hoàn thành năm 2026 trước ngày 15/4.",
     [(["Sở Tài chính"], "2027-04-15")]),
    ("1. Sở Xây dựng tổng hợp các dự án hoàn thành trong quý III/2026, báo cáo UBND tỉnh trước ngày 30/4/2027.",
     [(["Sở Xây dựng"], "2027-04-30")]),
    ("1. Sở Tài chính hoàn thành trong tháng 3/2027 việc rà soát các khoản nợ đọng.",
     [(["Sở Tài chính"], "2027-03-31")]),
    ("1. Sở Tài chính hoàn thành trong tháng 02/2027 việc rà soát các khoản nợ đọng.",
     [(["Sở Tài chính"], "2027-02-28")]),
]


@pytest.mark.parametrize("body, expected", PAST_PERIOD)
def test_a_period_ended_before_the_letter_is_no_time_limit(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A page-foot note in plain figures ("   1 Văn bản số … trước ngày 15/11/2026.") after a blank
# line, its number glued to a word above ("… vào sử dụng1;"), runs to the page's number: it is
# a note, not a task, and its dates are not the item's.
FOOT_NOTE_IN_FIGURES = (
    "Chủ tịch UBND tỉnh yêu cầu:\n"
    "1. Sở Tài chính\n"
    "- Rà soát các dự án chậm đưa đất vào sử dụng1 (hoàn thành trước ngày 30/4/2027).\n"
    "- Phối hợp với Thuế tỉnh xác định số tiền thuê đất phải nộp bổ sung\n"
    "\n"
    "   1 Văn bản số 15/BTC-QLCS ngày 02/02/2027 yêu cầu các địa phương báo cáo kết quả rà\n"
    "soát trước ngày 15/11/2027.\n"
    "                                        2\n"
    "\n"
    "đối với thời gian chậm tiến độ.\n"
    "2. Sở Xây dựng\n"
    "- Kiểm tra các công trình chậm tiến độ, báo cáo trước ngày 20/5/2027.\n")


def test_a_foot_note_in_figures_is_taken_out_of_the_text():
    assert leads_and_dates(LETTER + "\n" + FOOT_NOTE_IN_FIGURES) == [
        (["Sở Tài chính"], "2027-04-30"), (["Sở Tài chính"], None), (["Sở Xây dựng"], "2027-05-20")]


# A paragraph without a marker under a heading that is only a body's name ("3. Thanh tra tỉnh")
# is that body's task whatever verb opens it; an account of what was done is none.
UNDER_A_BODY_HEADING = [
    ("Đưa nội dung thanh tra việc quản lý đất vào kế hoạch thanh tra năm 2028 của tỉnh.",
     [(["Sở Tài chính"], None), (["Thanh tra tỉnh"], None), (["Sở Xây dựng"], None)]),
    ("Đưa nội dung thanh tra vào kế hoạch.\n\nBổ sung nội dung kiểm tra vào kế hoạch năm 2028.",
     [(["Sở Tài chính"], None), (["Thanh tra tỉnh"], None), (["Thanh tra tỉnh"], None), (["Sở Xây dựng"], None)]),
    ("Năm 2026 đã thanh tra 12 dự án.",
     [(["Sở Tài chính"], None), (["Sở Xây dựng"], None)]),
]


@pytest.mark.parametrize("paragraph, expected", UNDER_A_BODY_HEADING)
def test_a_paragraph_under_a_body_heading_is_its_task(paragraph, expected):
    body = ("\nChủ tịch UBND tỉnh yêu cầu:\n1. Sở Tài chính\n- Rà soát các dự án.\n2. Thanh tra tỉnh\n"
            + paragraph + "\n3. Sở Xây dựng\n- Kiểm tra các công trình.")
    assert leads_and_dates(LETTER + body) == expected
