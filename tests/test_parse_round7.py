"""Batches R8 and R9's general causes, and deadline forms found failing on invented text (issue
11, round 7), one table-driven test each on text written for these tests in the form of the real
documents (no real document's text).

Each case is parsed as a clerk gives it to the tool (``parse_notice``) and checked per task:
the lead(s) and the deadline."""
from __future__ import annotations

import pytest

from parse_helpers import has
from tbkl_xl.parse import parse_notice

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 31/TB-UBND\nLạng Sơn, ngày {day} tháng 3 năm 2029\n\n"
          "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc\n\n")


def tasks(text, day=12):
    n = parse_notice(HEADER.format(day=day) + text)
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks]


# deadline forms: a month or a quarter without its year, "mùng/mồng", a precise day in
# parentheses, a monthly day on the issue day ---------------------------------------------------
DEADLINE_FORMS = [
    # a month without a year after a report verb: the notice's year
    ("1. Sở Giáo dục và Đào tạo rà soát đội ngũ giáo viên, báo cáo UBND tỉnh trong tháng 8.", 12,
     "Sở Giáo dục và Đào tạo", "2029-08-31"),
    # a quarter in Roman numerals without a year, after a completion verb or a report verb
    ("1. Sở Xây dựng hoàn thành việc cắm mốc hành lang đường bộ trong quý III.", 12,
     "Sở Xây dựng", "2029-09-30"),
    ("1. Sở Công Thương tổng hợp ý kiến doanh nghiệp, gửi Sở Tài chính trong quý IV.", 12,
     "Sở Công Thương", "2029-12-31"),
    # "mùng" / "mồng" before the day
    ("1. Sở Tư pháp tổng hợp kết quả, báo cáo trước ngày mùng 7 tháng 9.", 12, "Sở Tư pháp", "2029-09-07"),
    ("1. Sở Nội vụ hoàn thiện hồ sơ trình UBND tỉnh chậm nhất ngày mồng 4/11.", 12, "Sở Nội vụ", "2029-11-04"),
    # a precise day in parentheses inside the period wins over the period
    ("1. Sở Tài chính hoàn thành việc thẩm định phương án trong tháng 7/2029 (trước ngày 18/7/2029).", 12,
     "Sở Tài chính", "2029-07-18"),
    ("1. Sở Y tế hoàn thành kiểm tra các cơ sở trong quý II/2029 (chậm nhất ngày 25/5/2029).", 12,
     "Sở Y tế", "2029-05-25"),
    # a day of every month equal to the issue day: next month's, not the issue day
    ("1. Sở Nông nghiệp và Môi trường báo cáo tiến độ trước ngày 12 hằng tháng.", 12,
     "Sở Nông nghiệp và Môi trường", "2029-04-12"),
    # … and a later day of the same month stays in the month
    ("1. Sở Nông nghiệp và Môi trường báo cáo tiến độ trước ngày 20 hằng tháng.", 12,
     "Sở Nông nghiệp và Môi trường", "2029-03-20"),
]


@pytest.mark.parametrize("text,day,lead,date", DEADLINE_FORMS)
def test_deadline_forms(text, day, lead, date):
    found = tasks(text, day)
    assert has(found, lead, date), found


NOT_DEADLINES = [
    # a yearless quarter opening a clause describes a period
    "1. Trong quý II, tình hình dịch bệnh ổn định. Sở Y tế tiếp tục theo dõi.",
    # a yearless month without a completion or report verb in its clause
    "1. Sở Văn hóa, Thể thao và Du lịch tổ chức lễ hội trong tháng 9.",
]


@pytest.mark.parametrize("text", NOT_DEADLINES)
def test_yearless_periods_that_are_no_deadline(text):
    found = tasks(text)
    assert all(d is None for _, d in found), found


# body names cut short: a province named after "tỉnh" in a province read with the common data
# only; a name ending in a verb that is also a noun of names, before the body's own verb --------
OTHER_PROVINCE = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 88/TB-UBND\nPhú Yên, ngày 5 tháng 9 năm 2029\n\n"
                  "THÔNG BÁO\nVề việc giải thể các hội\n\n")
NAMES = [
    # "Hội X tỉnh <Province>": the province kept, each body of the list gets the task
    (OTHER_PROVINCE + "Yêu cầu: Hội Nuôi ong tỉnh Phú Yên, Hội Sinh vật cảnh tỉnh Phú Yên và Hội Khuyến học "
     "tỉnh Phú Yên thực hiện bàn giao hồ sơ, con dấu.",
     ["Hội Nuôi ong tỉnh Phú Yên", "Hội Sinh vật cảnh tỉnh Phú Yên", "Hội Khuyến học tỉnh Phú Yên"]),
    # a name whose last words are a verb and a noun of names alike ("xây dựng", "giao thông")
    (HEADER.format(day=12) + "1. Yêu cầu Hội Kỹ sư xây dựng hoàn thành đại hội nhiệm kỳ trước ngày 30/6/2029.",
     ["Hội Kỹ sư xây dựng"]),
    (HEADER.format(day=12) + "1. Đề nghị Hiệp hội Doanh nghiệp vận tải tổ chức lấy ý kiến hội viên.",
     ["Hiệp hội Doanh nghiệp vận tải"]),
]


@pytest.mark.parametrize("text,leads", NAMES)
def test_body_names_are_whole(text, leads):
    n = parse_notice(text)
    found = {a.name for t in n.tasks for a in t.lead}
    assert set(leads) <= found, found


# bodies given by a count and "nêu trên": the last list of that many bodies named before, not the
# issuer that asks; dates of a quoted rule ("… năm sau”") are no deadlines ----------------------
PRESS = "Tin hoạt động\n\n"
NAMED_BEFORE = [
    (PRESS + "Bộ Y tế vừa có văn bản đôn đốc các đơn vị chậm báo cáo.\n\n"
     "3 bộ, ngành chưa báo cáo gồm: Bộ Công Thương, Bộ Xây dựng, Ngân hàng Nhà nước Việt Nam. Văn bản "
     "cũng nhắc lại ý kiến của Bộ Tài chính về số liệu.\n\n"
     "Bộ Y tế đề nghị 3 bộ, ngành nêu trên khẩn trương gửi báo cáo về Bộ Y tế trước ngày 20/10/2029.",
     ["Bộ Công Thương", "Bộ Xây dựng", "Ngân hàng Nhà nước Việt Nam"], "2029-10-20", ["Bộ Y tế", "Bộ Tài chính"]),
    (PRESS + "Qua kiểm tra, 2 bộ gồm Bộ Nội vụ và Bộ Tư pháp còn chậm tiến độ.\n\n"
     "Văn phòng Chính phủ đề nghị 2 bộ nói trên hoàn thành dự thảo trước ngày 05/11/2029.",
     ["Bộ Nội vụ", "Bộ Tư pháp"], "2029-11-05", ["Văn phòng Chính phủ"]),
]


@pytest.mark.parametrize("text,leads,date,not_leads", NAMED_BEFORE)
def test_counted_bodies_named_before_lead_not_the_requester(text, leads, date, not_leads):
    found = [(ls, d) for ls, d in tasks_of(text) if d == date]
    got = {x for ls, _ in found for x in ls}
    assert set(leads) <= got, found
    assert not got & set(not_leads), found


def tasks_of(text):
    n = parse_notice(text)
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks]


QUOTED_RULES = [
    (PRESS + "Theo văn bản, Bộ Tài chính nêu rõ: “Các địa phương lập báo cáo quyết toán trước ngày 30/4 năm sau "
     "và gửi Bộ Tài chính trước ngày 1/10 năm sau”. Bộ Tài chính đề nghị UBND các tỉnh gửi báo cáo trước "
     "ngày 10/10/2029.", {"2029-10-10"}),
    (PRESS + "Quy định hiện hành ghi: “đơn vị gửi báo cáo năm cho cơ quan cấp trên trước ngày 15/2 năm tiếp "
     "theo”. Sở Tài chính đề nghị các đơn vị thực hiện nghiêm.", set()),
]


@pytest.mark.parametrize("text,dates", QUOTED_RULES)
def test_dates_of_a_quoted_rule_are_no_deadlines(text, dates):
    got = {d for _, d in tasks_of(text) if d}
    assert got == dates, tasks_of(text)


# the receiver of a forwarded letter acts, not the office that forwards it ----------------------
FORWARDED = [
    ("Văn phòng UBND tỉnh chuyển Công văn số 77/BXD-QLN của Bộ Xây dựng đến Sở Xây dựng nghiên cứu, "
     "tham mưu UBND tỉnh trả lời theo quy định.", ["Sở Xây dựng"], "Văn phòng UBND tỉnh"),
    ("Sở Tư pháp chuyển tiếp văn bản nêu trên tới Sở Nội vụ và Sở Tài chính xem xét, cho ý kiến.",
     ["Sở Nội vụ", "Sở Tài chính"], "Sở Tư pháp"),
]


@pytest.mark.parametrize("text,leads,forwarder", FORWARDED)
def test_the_receiver_of_a_forwarded_letter_leads(text, leads, forwarder):
    found = tasks_of(PRESS + text)
    got = {x for ls, _ in found for x in ls}
    assert set(leads) <= got and forwarder not in got, found


def test_a_report_sent_to_a_body_is_not_forwarded():
    found = tasks_of(PRESS + "Sở Y tế chuyển hồ sơ đến Sở Tài chính để thẩm định trước ngày 10/12/2029.")
    assert ["Sở Y tế"] in [ls for ls, _ in found], found


# units named with a number or a code after a dash ----------------------------------------------
UNITS = [
    ("- Đề nghị Đồn Biên phòng 512 bố trí lực lượng tuần tra trong dịp Tết.", ["Đồn Biên phòng 512"]),
    ("- Đề nghị Đại đội Trinh sát - PHT thông báo đến các chiến sĩ trực.", ["Đại đội Trinh sát - PHT"]),
    ("- Đề nghị Hải đội 3 và Tiểu đoàn 7 phối hợp bảo đảm an toàn bến cảng.", ["Hải đội 3", "Tiểu đoàn 7"]),
]


@pytest.mark.parametrize("text,leads", UNITS)
def test_units_with_numbers_or_codes(text, leads):
    found = tasks_of(PRESS + text)
    got = {x for ls, _ in found for x in ls}
    assert set(leads) <= got, found


# a name ending with its level ("… huyện") does not take the verb after it ----------------------
LEVEL_END = [
    ("Đề nghị Ban Chỉ đạo phòng chống dịch bệnh huyện tham gia kiểm tra các điểm tiêm chủng.",
     "Ban Chỉ đạo phòng chống dịch bệnh huyện"),
    ("Đề nghị Trung tâm Văn hóa huyện tham gia tổ chức các hoạt động mừng Xuân.", "Trung tâm Văn hóa huyện"),
]


@pytest.mark.parametrize("text,lead", LEVEL_END)
def test_a_name_ending_with_its_level_keeps_no_verb(text, lead):
    found = tasks_of(PRESS + text)
    assert [lead] in [ls for ls, _ in found], found
