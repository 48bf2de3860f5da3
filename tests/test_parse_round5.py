"""Batch R6's general causes (issue 11, round 5), one table-driven test each on text written for
these tests in the form of the real documents (no real document's text).

Each case is parsed as a clerk gives it to the tool (``parse_notice``) and checked per task:
the lead(s), the deadline and the first words of the task."""
from __future__ import annotations

import pytest

from parse_helpers import PRESS_OPENING, has, leads_and_dates
from tbkl_xl.parse import parse_notice


def tasks(text):
    return leads_and_dates(text, PRESS_OPENING)


# 3. a day-month whose year is written elsewhere in a text with no issue date -----------------
YEAR_ELSEWHERE = [
    # the year in a full date of the sentence before; two dated actions of one subject
    ("Theo kế hoạch, đợt kiểm kê diễn ra từ ngày 1-8 đến hết ngày 30-11-2027. Trước ngày 20-9, "
     "UBND các huyện, thị xã, thành phố phải báo cáo tiến độ kiểm kê và trước ngày 5-12 phải báo cáo "
     "kết quả về Sở Tài chính.",
     [("UBND các huyện, thị xã, thành phố", "2027-09-20"), ("UBND các huyện, thị xã, thành phố", "2027-12-05")]),
    # "trước 25/10" without "ngày", opening its clause and inside it
    ("Kế hoạch thực hiện đến hết ngày 31/12/2027. Chủ tịch UBND tỉnh yêu cầu UBND các huyện rà soát hộ nghèo. "
     "Trước 25/10 báo cáo sơ bộ và trước 16/11 báo cáo chính thức về Sở Nội vụ.",
     [("UBND các huyện", "2027-10-25"), ("UBND các huyện", "2027-11-16")]),
    # dotted day-months; two subjects
    ("Chương trình kéo dài đến hết ngày 31.12.2029. Sở Y tế hoàn thành việc cấp phát thuốc trước ngày "
     "15.6, UBND các huyện báo cáo kết quả trước ngày 20.6.",
     [("Sở Y tế", "2029-06-15"), ("UBND các huyện", "2029-06-20")]),
]


@pytest.mark.parametrize("text,expected", YEAR_ELSEWHERE)
def test_a_day_month_takes_the_year_of_a_full_date_nearby(text, expected):
    found = tasks(text)
    for lead, date in expected:
        assert has(found, lead, date), found


def test_a_ratio_after_a_weak_cue_is_no_day():
    found = tasks("Năm 2027, Sở Y tế phấn đấu tiêm vắc xin trong 9/10 xã vùng cao. Sở Tài chính bố trí kinh phí.")
    assert not any(d and d.endswith("-10-09") for _, d in found), found


def test_a_referenced_documents_date_gives_no_year():
    text = ("Thực hiện Chỉ thị số 12/CT-TTg ngày 03/4/2028 của Thủ tướng Chính phủ, Sở Xây dựng "
            "báo cáo kết quả trước ngày 20/9.")
    found = tasks(text)
    assert not any(d == "2028-09-20" for _, d in found), found


# 2. group names and abbreviated names a sentence's subject is written with ----------------------
OPENING = "Khắc phục hậu quả mưa lũ\n\nĐợt mưa lũ vừa qua gây thiệt hại lớn.\n\n"
CLOSING = "\n\nSở Tài chính bố trí kinh phí."
GROUPS = [
    # the issuer orders ("chỉ đạo") a collective written with "các" twice and "trong tỉnh"
    ("UBND tỉnh chỉ đạo các UBND các huyện, thị xã, thành phố trong tỉnh tổ chức thăm hỏi các gia đình.",
     ["UBND các huyện, thị xã, thành phố trong tỉnh"]),
    # … or without "các" before the units; "trong tỉnh" qualifies a collective
    ("Chủ tịch UBND tỉnh yêu cầu các UBND huyện, thị xã rà soát hộ nghèo trên địa bàn.", ["UBND các huyện, thị xã"]),
    ("Các địa phương trong tỉnh chủ động phương án ứng phó với mưa lũ.", ["Các địa phương trong tỉnh"]),
    # a list of bodies separated by ";" before its action
    ("Sở Văn hóa, Thể thao và Du lịch; Sở Y tế; Công an tỉnh tăng cường kiểm tra các cơ sở lưu trú.",
     ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế", "Công an tỉnh"]),
    # a number instead of "các"; "giao chỉ tiêu cho"
    ("Theo đó, UBND tỉnh giao chỉ tiêu cho 9 huyện, thị xã trong tỉnh hoàn thành việc cấp nước sạch.",
     ["9 huyện, thị xã trong tỉnh"]),
    # "BCH" for "Bộ Chỉ huy"; a "Ban" named inside an office's name, its words in lower case after
    ("Công an tỉnh, BCH Quân sự tỉnh, Văn phòng Ban An toàn giao thông báo cáo nhanh tình hình hằng ngày.",
     ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng Ban An toàn giao thông"]),
    # the source of what follows before the subject ("Theo kế hoạch, …")
    ("Theo kế hoạch, UBND các huyện, thị xã chỉ đạo UBND cấp xã tổ chức rà soát nhà ở.", ["UBND các huyện, thị xã"]),
    # a basis before the subject, without "nêu trên"
    ("Trên cơ sở đề xuất của các huyện, Sở Kế hoạch và Đầu tư tổng hợp, tham mưu phân bổ vốn.",
     ["Sở Kế hoạch và Đầu tư"]),
    # a list of departments by their short names, one a verb ("Xây dựng"), then ";" and a second group
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở: Xây dựng, Công Thương; Chủ tịch UBND các huyện rà soát "
     "các công trình.", ["Sở Xây dựng", "Sở Công Thương", "UBND các huyện"]),
    # "Tất cả" before the subject; a merged collective of departments and districts
    ("Tất cả các sở, ngành, huyện, thành phố thường xuyên nắm tình hình trên địa bàn.",
     ["Các sở, ban, ngành", "UBND các huyện, thành phố"]),
]


@pytest.mark.parametrize("text,expected", GROUPS)
def test_a_group_or_abbreviated_subject_leads_its_task(text, expected):
    n = parse_notice(OPENING + text + CLOSING)
    first = n.tasks[0]
    assert [a.name for a in first.lead] == expected, [[a.name for a in t.lead] for t in n.tasks]


def test_a_past_order_of_the_issuer_gives_no_task():
    n = parse_notice(OPENING + "UBND tỉnh đã chỉ đạo Sở Y tế kiểm tra các cơ sở." + CLOSING)
    assert [[a.name for a in t.lead] for t in n.tasks] == [["Sở Tài chính"]]


# 1. a subjectless dated sentence: the body the report is sent to is no lead ---------------------
RECIPIENTS = [
    # "phân công" of a noun ("danh sách phân công") with the recipient after "về"
    ("Giao các sở, ban ngành, đơn vị thuộc UBND tỉnh, UBND các huyện, thị xã thực hiện tốt công tác trực.\n\n"
     "Bố trí lực lượng trực 24/24 giờ, gửi danh sách phân công trực về Văn phòng UBND tỉnh chậm nhất ngày 20/01/2029.",
     ["Các sở, ban ngành, đơn vị thuộc UBND tỉnh", "UBND các huyện, thị xã"]),


    # the last task's body is the office the reports go through: the addressees before it send them
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện đánh giá kết quả năm.\n\n"
     "Sở Nội vụ tổng hợp chung, tham mưu báo cáo của UBND tỉnh.\n\n"
     "Thời hạn gửi báo cáo về UBND tỉnh (qua Sở Nội vụ) trước ngày 05/12/2029.",
     ["Các sở, ban, ngành", "UBND các huyện"]),
    # a sentence's own subject, a list of bodies closed by ";", after the bodies of the paragraph before
    ("Sở Y tế, Sở Công Thương, Công an tỉnh cập nhật tình hình hằng ngày.\n\n"
     "Tất cả các sở, ban, ngành, UBND các huyện, thị xã; Gửi báo cáo tổng hợp về UBND tỉnh trước ngày 10/3/2029.",
     ["Các sở, ban, ngành", "UBND các huyện, thị xã"]),
]


@pytest.mark.parametrize("text,expected", RECIPIENTS)
def test_the_recipient_of_a_list_is_no_lead(text, expected):
    n = parse_notice(OPENING + text + CLOSING)
    dated = [[a.name for a in t.lead] for t in n.tasks if t.deadline and t.deadline.date]
    assert sorted(sum(dated, [])) == sorted(expected), [[a.name for a in t.lead] for t in n.tasks]


# 1. a passive dated sentence under its own topic takes the addressees, not the last topic's lead --
TOPICS = ("Nâng cấp đường giao thông nông thôn\n\n"
          "UBND tỉnh vừa yêu cầu các sở, ban ngành, địa phương cấp huyện đẩy nhanh việc nâng cấp đường.\n\n"
          "Về các tuyến đã có vốn: UBND tỉnh yêu cầu các nhà thầu khẩn trương thi công trước ngày 30/6/2029.\n\n"
          "Về các tuyến chưa có vốn: việc lập hồ sơ đề xuất 15 tuyến đường phải hoàn thành trước ngày 31/8/2029.\n\n"
          "Sở Tài chính bố trí kinh phí.")


def test_a_topic_paragraph_does_not_inherit_the_lead_of_the_topic_before():
    n = parse_notice(TOPICS)
    dated = {t.deadline.date.isoformat(): [a.name for a in t.lead] for t in n.tasks if t.deadline and t.deadline.date}
    assert dated["2029-08-31"] == ["Các sở, ban ngành, địa phương cấp huyện"], dated


# 4. a list of departments by their short names: two departments are not merged into one ----------
ELIDED = [
    ("các sở: Y tế, Văn hóa và Thể thao, Du lịch", ["Sở Y tế", "Sở Văn hóa và Thể thao", "Sở Du lịch"]),
    # a space lost inside one name is still that one department
    ("các sở: Tàinguyên và Môi trường, Y tế", ["Sở Tài nguyên và Môi trường", "Sở Y tế"]),
]


@pytest.mark.parametrize("words,expected", ELIDED)
def test_short_names_in_a_list_stay_apart(words, expected):
    n = parse_notice(OPENING + "Bên cạnh đó, " + words + " báo cáo tình hình hằng ngày." + CLOSING)
    assert [a.name for a in n.tasks[0].lead] == expected, [[a.name for a in t.lead] for t in n.tasks]


def test_a_role_in_lower_case_after_a_semicolon_leads_its_own_clause():
    text = ("UBND tỉnh yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ quyết toán; cơ quan thẩm tra "
            "quyết toán tập trung thẩm tra 12 dự án tồn đọng trước ngày 30/9/2029.")
    n = parse_notice(OPENING + text + CLOSING)
    leads = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
             for t in n.tasks]
    assert (["Các chủ đầu tư"], None) in leads and (["Cơ quan thẩm tra quyết toán"], "2029-09-30") in leads, leads


# 5. an opening request before a numbered list is a task of its own, and the items' lead ----------
OPENING_REQUEST = ("Trực lễ Quốc khánh\n\n"
                   "UBND tỉnh vừa ban hành văn bản yêu cầu các cơ quan, đơn vị, địa phương tổ chức trực và báo cáo "
                   "tình hình dịp nghỉ lễ Quốc khánh, cụ thể như sau:\n\n"
                   "1. Tổ chức trực 24/24 giờ trong những ngày nghỉ lễ.\n\n"
                   "2. Báo cáo tình hình về Văn phòng UBND tỉnh trước 9 giờ ngày 03/9/2029.\n\n"
                   "Sở Tài chính bố trí kinh phí.")


def test_an_opening_request_before_a_numbered_list_is_a_task():
    n = parse_notice(OPENING_REQUEST)
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None,
            t.text.split()[0]) for t in n.tasks]
    group = ["Các cơ quan, đơn vị, địa phương"]
    assert got[:3] == [(group, None, "UBND"), (group, None, "Tổ"), (group, "2029-09-03", "Báo")], got


# 3. a portal's date line written with dashes gives the year; a short dated sentence is none -----
DATE_LINES = [
    ("Trực Tết Nguyên đán\n\nThứ Hai, 15-01-2029 / 8:10:05 Sáng 210 Lượt xem\n\n"
     "UBND tỉnh yêu cầu các sở, ban, ngành gửi danh sách trực về Văn phòng UBND tỉnh trước ngày 05/02.\n\n"
     "Sở Tài chính bố trí kinh phí.", "2029-02-05"),
    ("Trực Tết Nguyên đán\n\nĐăng ngày: 15-01-2029; 88 lần đọc\n\n"
     "UBND tỉnh yêu cầu các sở, ban, ngành gửi danh sách trực về Văn phòng UBND tỉnh trước ngày 05/02.\n\n"
     "Sở Tài chính bố trí kinh phí.", "2029-02-05"),
]


@pytest.mark.parametrize("text,date", DATE_LINES)
def test_a_dashed_date_line_gives_the_year(text, date):
    n = parse_notice(text)
    assert n.tasks[0].deadline.date.isoformat() == date


def test_a_short_dated_sentence_is_no_date_line():
    from tbkl_xl.model import RawDocument
    from tbkl_xl.parse.clean import clean_document
    from tbkl_xl.parse.header import read_header
    text = ("Trực Tết\n\nCác sở báo cáo tình hình trực Tết.\n\n"
            "Báo cáo nhanh gửi trước 14h00 ngày 13/02/2029 (tức mùng 2 Tết).\n\nSở Tài chính bố trí kinh phí.")
    assert read_header(clean_document(RawDocument("<t>", text)).paragraphs).published is None


def test_a_full_date_nearby_wins_over_todays_year():
    from datetime import date
    text = ("Kiểm kê đất đai\n\nĐợt kiểm kê diễn ra đến hết ngày 30-11-2027. Trước ngày 20-9, UBND các huyện "
            "báo cáo tiến độ về Sở Tài chính.\n\nSở Xây dựng bố trí nhân lực.")
    n = parse_notice(text, today=date(2031, 3, 1))
    task = next(t for t in n.tasks if [a.name for a in t.lead] == ["UBND các huyện"])
    assert task.deadline.date.isoformat() == "2027-09-20" and "30-11-2027" in task.deadline.note
