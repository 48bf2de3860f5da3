"""Round 14, deadlines and meeting days: forms of time limits found misread on the invented sets K
and L, one table-driven test each on text written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from parse_helpers import leads_and_dates
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.deadlines import find_deadlines

LETTER = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 45/UBND-TH    Hà Tĩnh, ngày 10 tháng 3 năm 2027\n"
          "V/v triển khai nhiệm vụ trọng tâm\nKính gửi: Các sở, ngành\n")

# A monthly report whose day is given in brackets after the rhythm ("hằng tháng (trước ngày 20)")
# is due on that day of the month (the next one after the letter), as "trước ngày 20 hằng tháng".
MONTHLY_DAY_IN_BRACKETS = [
    ("1. Định kỳ hằng tháng (trước ngày 20), Sở Công Thương báo cáo UBND tỉnh tình hình thị trường.",
     [(["Sở Công Thương"], "2027-03-20")]),
    ("1. Sở Công Thương báo cáo hằng tháng (chậm nhất ngày 05) tình hình thị trường về UBND tỉnh.",
     [(["Sở Công Thương"], "2027-04-05")]),
    ("1. Định kỳ hàng tháng (trước ngày 10), Sở Công Thương gửi số liệu về Sở Tài chính.",
     [(["Sở Công Thương"], "2027-04-10")]),
]


@pytest.mark.parametrize("body, expected", MONTHLY_DAY_IN_BRACKETS)
def test_a_monthly_day_in_brackets_is_the_next_such_day(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# An event named between "trước (ngày)" and its day ("trước ngày khai mạc 20/4/2027", "trước kỳ
# họp (ngày …)"): the event's day is the time limit; an event already held before the letter is
# none, nor is a day after a document named there.
EVENT_BEFORE_THE_DAY = [
    ("1. Sở Văn hóa chuẩn bị sân khấu, âm thanh trước ngày khai mạc 20/4/2027.",
     [(["Sở Văn hóa"], "2027-04-20")]),
    ("1. Sở Văn hóa chuẩn bị sân khấu, âm thanh trước ngày khai mạc lễ hội hoa (25/4/2027).",
     [(["Sở Văn hóa"], "2027-04-25")]),
    ("1. Sở Tài chính gửi dự thảo báo cáo trước kỳ họp ngày 15 tháng 4 năm 2027 để thẩm tra.",
     [(["Sở Tài chính"], "2027-04-15")]),
    ("1. Sở Tài chính gửi dự thảo báo cáo trước kỳ họp chuyên đề (ngày 15/4/2027).",
     [(["Sở Tài chính"], "2027-04-15")]),
    ("1. Sở Văn hóa rút kinh nghiệm công tác tổ chức trước ngày khai mạc 20/02/2027.",
     [(["Sở Văn hóa"], None)]),
    ("1. Sở Tài chính gửi dự thảo báo cáo trước kỳ họp theo Kế hoạch ngày 15/4/2027.",
     [(["Sở Tài chính"], None)]),
]


@pytest.mark.parametrize("body, expected", EVENT_BEFORE_THE_DAY)
def test_an_event_between_the_cue_and_its_day_keeps_the_day(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# The days of a recurring report given in brackets without a year ("định kỳ 6 tháng (trước ngày
# 15/6) và năm (trước ngày 15/12)") are their next occurrences after the letter's day: this
# year's before it, next year's once passed; the bare rhythm before the bracket adds no deadline.
HALF_YEAR_REPORT = ("1. Sở Xây dựng báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) "
                    "kết quả thực hiện.")
RECURRING_DAYS = [
    ("ngày 10 tháng 3 năm 2027", ["2027-06-15", "2027-12-15"]),
    ("ngày 20 tháng 6 năm 2027", ["2028-06-15", "2027-12-15"]),
    ("ngày 20 tháng 12 năm 2027", ["2028-06-15", "2028-12-15"]),
]


@pytest.mark.parametrize("issued, dates", RECURRING_DAYS)
def test_recurring_days_in_brackets_are_their_next_occurrences(issued, dates):
    found = leads_and_dates(LETTER.replace("ngày 10 tháng 3 năm 2027", issued) + HALF_YEAR_REPORT)
    assert found == [(["Sở Xây dựng"], d) for d in dates]


def test_a_bracketed_day_narrows_the_bare_rhythm_before_it():
    found = find_deadlines("định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo", date(2027, 3, 10))
    assert [(d.date.isoformat(), d.text) for d in found] == [("2027-06-15", "trước ngày 15/6"),
                                                             ("2027-12-15", "trước ngày 15/12")]


# A period after "trong" that a noun such as "nhiệm vụ", "chỉ tiêu", "kế hoạch" before it would
# make the period those things' own ("các nhiệm vụ trong năm 2027") is a time limit when a
# completion verb opens the phrase ahead of that noun; without it, or after "đã", it stays none.
COMPLETION_BEFORE_THE_NOUN = [
    ("1. Sở Nội vụ hoàn thành việc giao chỉ tiêu biên chế cho các xã trong quý II/2027.",
     [(["Sở Nội vụ"], "2027-06-30")]),
    ("1. Sở Khoa học và Công nghệ hoàn thiện hồ sơ đặt hàng nhiệm vụ trong tháng 5/2027.",
     [(["Sở Khoa học và Công nghệ"], "2027-05-31")]),
    ("1. Sở Nội vụ tập trung thực hiện hiệu quả kế hoạch cải cách hành chính trong năm 2027.",
     [(["Sở Nội vụ"], None)]),
    ("1. Sở Nội vụ tiếp tục theo dõi các nhiệm vụ trong quý II/2027.",
     [(["Sở Nội vụ"], None)]),
]


@pytest.mark.parametrize("body, expected", COMPLETION_BEFORE_THE_NOUN)
def test_a_completion_verb_before_a_describing_noun_keeps_the_period(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A time limit cited as missed is not one the letter sets: followed by "nhưng … chưa …" or "đã
# quá hạn", or (a day before the letter's) in a bracket citing the document that set it; the new
# time limit later in the sentence is the task's. A cited day still to come stays the deadline.
MISSED_LIMITS = [
    ("1. Sở Xây dựng: Rà soát quy hoạch chi tiết khu dân cư (Công văn số 88/UBND-TH ngày 10/01/2027, hạn trước "
     "ngày 28/02/2027): đề nghị hoàn thành, báo cáo UBND tỉnh trước ngày 15/4/2027.",
     [(["Sở Xây dựng"], "2027-04-15")]),
    ("1. Sở Xây dựng: Rà soát quy hoạch chi tiết khu dân cư (Công văn số 88/UBND-TH ngày 01/3/2027, hạn trước "
     "ngày 30/4/2027).",
     [(["Sở Xây dựng"], "2027-04-30")]),
    ("1. Sở Xây dựng phải hoàn thành hồ sơ trước ngày 15/02/2027 nhưng đến nay vẫn chưa hoàn thành; đề nghị "
     "Sở Xây dựng hoàn thành trước ngày 30/3/2027.",
     [(["Sở Xây dựng"], "2027-03-30")]),
    ("1. Theo kế hoạch, Sở Xây dựng trình đề án chậm nhất trong tháng 01/2027 nhưng Sở vẫn chưa trình.",
     [(["Sở Xây dựng"], None)]),
    ("1. Sở Xây dựng báo cáo UBND tỉnh trước ngày 20/02/2027, đã quá hạn. Đề nghị Sở Xây dựng báo cáo trước "
     "ngày 20/3/2027.",
     [(["Sở Xây dựng"], "2027-03-20")]),
    ("1. Sở Xây dựng hoàn thành thủ tục đầu tư trước ngày 30/6/2027 nhưng không để ảnh hưởng tiến độ dự án.",
     [(["Sở Xây dựng"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", MISSED_LIMITS)
def test_a_limit_cited_as_missed_is_no_deadline(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# The meeting's day in a press item opened by its source ("(Báo Hà Tĩnh) - Sáng 05/3, đồng chí …
# chủ trì cuộc họp"): the day without a year takes the page's year; in a council's resolution the
# session that adopted it ("… Kỳ họp thứ Ba thông qua ngày …") is the meeting.
PRESS = ("Trang chủ > Tin tức > Hoạt động lãnh đạo tỉnh\n\nChủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân\n\n"
         "Cập nhật lúc 09:15, Thứ Sáu, 06/3/2027\n\n{opening}\n\n"
         "Chủ tịch UBND tỉnh giao Sở Tài chính rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 20/3/2027.\n")
RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 12/2027/NQ-HĐND    Hà Tĩnh, ngày 05 tháng 3 năm 2027\n"
              "NGHỊ QUYẾT\nQuy định mức hỗ trợ học phí cho học sinh\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH\n"
              "KHÓA XVIII, KỲ HỌP THỨ BA\nCăn cứ Luật Giáo dục được Quốc hội khóa XIV, kỳ họp thứ 7 thông qua ngày "
              "14 tháng 6 năm 2019;\nQUYẾT NGHỊ:\n"
              "Điều 1. Mức hỗ trợ học phí là 50% mức thu.\n"
              "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n"
              "Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, {session} và có hiệu lực "
              "từ ngày 15/3/2027./.\n")
MEETING_DAYS = [
    (PRESS.format(opening="(Báo Hà Tĩnh) - Sáng 05/3, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp "
                          "về tiến độ giải ngân vốn đầu tư công."), date(2027, 3, 5)),
    (PRESS.format(opening="(Cổng TTĐT tỉnh) – Chiều 05/3/2027, đồng chí Nguyễn Văn A chủ trì cuộc họp về giải ngân."),
     date(2027, 3, 5)),
    (RESOLUTION.format(session="Kỳ họp thứ Ba thông qua ngày 05 tháng 3 năm 2027"), date(2027, 3, 5)),
    (RESOLUTION.format(session="Kỳ họp chuyên đề thông qua ngày 04/3/2027"), date(2027, 3, 4)),
    (RESOLUTION.format(session="Kỳ họp thứ Ba thông qua"), None),
]


@pytest.mark.parametrize("text, meeting", MEETING_DAYS)
def test_the_meeting_day_of_a_press_item_or_a_resolution(text, meeting):
    assert parse_notice(text).meeting_date == meeting


# Acts that end a task ("công bố kết quả trong Quý IV năm 2026", "ban hành kế hoạch … trong quý
# III/2026") make a period after a noun of results a time limit, as "hoàn thành" does.
@pytest.mark.parametrize("sentence, due", [
    ("Bộ Khoa học và Công nghệ đánh giá, xếp hạng mức độ chuyển đổi số, công bố kết quả trong Quý IV năm 2026.",
     "2026-12-31"),
    ("Sở Nội vụ ban hành kế hoạch thực hiện nhiệm vụ trong quý III/2026.", "2026-09-30"),
])
def test_acts_that_end_a_task_make_the_period_a_limit(sentence, due):
    from tbkl_xl.parse.deadlines import find_deadlines
    from datetime import date
    assert [d.date.isoformat() for d in find_deadlines(sentence, date(2026, 3, 1))] == [due]


# A phase's name before a period ("… giai đoạn 1 trong Quý II năm 2026") names the work: the period
# stays its time limit; "giai đoạn 2026 - 2030" is still a span.
def test_a_phase_name_before_a_period():
    from tbkl_xl.parse.deadlines import find_deadlines
    from datetime import date
    found = find_deadlines("Hoàn thành san nền, đường nội bộ giai đoạn 1 trong Quý II năm 2026.", date(2026, 1, 5))
    assert [d.date.isoformat() for d in found] == ["2026-06-30"]


# "trước ngày 15 của tháng cuối quý": the next 15th of a quarter's last month, a recurring deadline.
@pytest.mark.parametrize("sentence, issued, due", [
    ("Báo cáo định kỳ hằng quý (trước ngày 15 của tháng cuối quý) về Sở Y tế.", (2026, 3, 20), "2026-06-15"),
    ("Hằng quý, báo cáo kết quả về Sở Tài chính trước ngày 20 của tháng cuối quý.", (2026, 5, 12), "2026-06-20"),
    ("Báo cáo trước ngày 10 tháng cuối mỗi quý.", (2026, 12, 15), "2027-03-10"),
])
def test_a_day_of_a_quarters_last_month(sentence, issued, due):
    from tbkl_xl.parse.deadlines import find_deadlines
    from tbkl_xl.model import DL_RECURRING
    from datetime import date
    found = find_deadlines(sentence, date(*issued))
    assert [(d.date.isoformat(), d.kind) for d in found] == [(due, DL_RECURRING)]
