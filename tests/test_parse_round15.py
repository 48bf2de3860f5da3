"""Round 15: forms found misread on the invented sets Q, R, S and T, one table-driven test each
on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates
from tbkl_xl.parse import parse_notice

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


PLAN = ("UBND THÀNH PHỐ CẦN THƠ\nSỞ Y TẾ\nSố: 35/KH-SYT\nCần Thơ, ngày 08 tháng 01 năm 2027\n\n"
        "KẾ HOẠCH\nBảo đảm an toàn thực phẩm năm 2027\n\n**II. NHIỆM VỤ, GIẢI PHÁP**\n\n")


# A plan's content line ("- Nội dung: …", "- Sản phẩm: …") belongs to its item's task, before or
# after the lead line; its words are the task's words.
CONTENT_LINES = [
    ("**1. Thông tin, truyền thông**\n\n- Cơ quan chủ trì: Trung tâm Kiểm soát bệnh tật thành phố.\n\n"
     "- Nội dung: Xây dựng, phát hành bộ tài liệu truyền thông về an toàn thực phẩm.\n\n- Thời gian: Tháng 4/2027.\n",
     "bộ tài liệu truyền thông", "Trung tâm Kiểm soát bệnh tật thành phố", "2027-04-30"),
    ("**1. Thanh tra, kiểm tra**\n\n- Nội dung: Kiểm tra các cơ sở kinh doanh thực phẩm.\n\n"
     "- Cơ quan chủ trì: Chi cục An toàn vệ sinh thực phẩm.\n\n- Thời gian: Quý III/2027.\n",
     "Kiểm tra các cơ sở kinh doanh", "Chi cục An toàn vệ sinh thực phẩm", "2027-09-30"),
    ("**1. Quy chế phối hợp**\n\n- Cơ quan chủ trì: Chi cục An toàn vệ sinh thực phẩm.\n\n"
     "- Sản phẩm: Quyết định của Giám đốc Sở.\n\n- Thời gian: Tháng 3/2027.\n",
     "Quyết định của Giám đốc Sở", "Chi cục An toàn vệ sinh thực phẩm", "2027-03-31"),
]


@pytest.mark.parametrize("body, words, lead, due", CONTENT_LINES)
def test_a_content_line_is_part_of_its_items_task(body, words, lead, due):
    tasks = parse_notice(PLAN + body).tasks
    assert len(tasks) == 1
    assert words in tasks[0].text
    assert [a.name for a in tasks[0].lead] == [lead] and tasks[0].deadline.date.isoformat() == due


# A number of days counted from an event named earlier in the clause without "kể từ" ("kết thúc
# mỗi đợt kiểm tra, báo cáo … chậm nhất 05 ngày làm việc") has no fixed date; one counted from the
# letter's signing still has.
COUNTED_FROM_AN_EVENT = [
    ("1. Sở Y tế tổ chức các đoàn kiểm tra; kết thúc mỗi đợt kiểm tra, báo cáo kết quả về UBND tỉnh chậm nhất 05 ngày làm việc.",
     [(["Sở Y tế"], None)]),
    ("1. Sau khi kết thúc lễ hội, Sở Văn hóa báo cáo kết quả trong 10 ngày.",
     [(["Sở Văn hóa"], None)]),
    ("1. Sở Y tế báo cáo kết quả về UBND tỉnh trong 10 ngày kể từ ngày ký.",
     [(["Sở Y tế"], "2027-03-22")]),
]


@pytest.mark.parametrize("body, expected", COUNTED_FROM_AN_EVENT)
def test_days_counted_from_an_event_have_no_date(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A table's sub-row without a number ("| | - Dịp Tết Nguyên đán Bính Ngọ 2027 | | | Tháng 02/2027 |")
# is a step of the numbered row above it, for that row's bodies, with its own time limit.
SUB_ROWS = (
    "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1 | Kiểm tra liên ngành an toàn thực phẩm: | Chi cục An toàn vệ sinh thực phẩm | Công an thành phố | |\n"
    "| | - Dịp Tết Nguyên đán Bính Ngọ 2027 | | | Tháng 02/2027 |\n"
    "| | - Dịp Tết Trung thu 2027 | | | Tháng 9/2027 |\n"
    "| 2 | Giám sát mối nguy ô nhiễm thực phẩm | Trung tâm Kiểm soát bệnh tật thành phố | | 30/11/2027 |\n")


def test_a_sub_row_is_a_step_of_the_row_above():
    tasks = parse_notice(PLAN + SUB_ROWS).tasks
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline else None) for t in tasks]
    assert got == [(["Chi cục An toàn vệ sinh thực phẩm"], None),
                   (["Chi cục An toàn vệ sinh thực phẩm"], "2027-02-28"),
                   (["Chi cục An toàn vệ sinh thực phẩm"], "2027-09-30"),
                   (["Trung tâm Kiểm soát bệnh tật thành phố"], "2027-11-30")]
    assert tasks[1].text == "Kiểm tra liên ngành an toàn thực phẩm: Dịp Tết Nguyên đán Bính Ngọ 2027"


# "Các Trung tâm Y tế khu vực", "các Chi cục Thuế khu vực": a body the grammar reads after "các"
# is the plural of its head, one collective lead (not the letter's addressees).
PLURAL_HEADS = [
    ("4. Các Trung tâm Y tế khu vực: Xây dựng kế hoạch bảo đảm an toàn thực phẩm, gửi Sở Y tế trước ngày 31/3/2027.",
     [(["Các Trung tâm Y tế khu vực"], "2027-03-31")]),
    ("4. Yêu cầu các Chi cục Thuế khu vực rà soát số thu, báo cáo trước ngày 31/3/2027.",
     [(["Các Chi cục Thuế khu vực"], "2027-03-31")]),
]


@pytest.mark.parametrize("body, expected", PLURAL_HEADS)
def test_a_body_after_cac_is_a_collective(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A work programme's lettered month headings inside a Roman section ("I. CÁC NỘI DUNG TRÌNH …" /
# "A. THÁNG 4 NĂM 2026" / "1. …"): each times the items under it, and the next Roman section ends it.
PROGRAMME = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 41/CTr-UBND\nQuảng Trị, ngày 27 tháng 3 năm 2027\n\n"
             "CHƯƠNG TRÌNH\nCông tác của UBND tỉnh quý II năm 2027\n\n"
             "I. CÁC NỘI DUNG TRÌNH UBND TỈNH\n\nA. THÁNG 4 NĂM 2027\n\n"
             "1. Báo cáo tình hình kinh tế - xã hội quý I (Sở Tài chính chủ trì).\n\n"
             "B. THÁNG 5 NĂM 2027\n\n"
             "1. Đề án sắp xếp các đơn vị sự nghiệp công lập (Sở Nội vụ chủ trì).\n\n"
             "2. Phương án phòng, chống hạn hán (Sở Nông nghiệp và Môi trường chủ trì); trình trước ngày 15/5/2027.\n\n"
             "II. CÁC NỘI DUNG THƯỜNG XUYÊN\n\n"
             "1. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện Chương trình.\n")


def test_lettered_month_headings_inside_a_roman_section():
    tasks = parse_notice(PROGRAMME).tasks
    assert [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline else None, t.section)
            for t in tasks] == [
        (["Sở Tài chính"], "2027-04-30", "I.A.1"), (["Sở Nội vụ"], "2027-05-31", "I.B.1"),
        (["Sở Nông nghiệp và Môi trường"], "2027-05-15", "I.B.2"), (["Văn phòng UBND tỉnh"], None, "II.1")]


# A collective or a role followed by a colon and the bodies it stands for ("Các chủ đầu tư: Ban
# Quản lý dự án A, Ban Quản lý dự án B, UBND các xã …"): each body listed leads.
COLON_LISTS = [
    ("1. Các chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh, UBND các xã, "
     "phường lập kế hoạch giải ngân chi tiết, gửi Sở Tài chính trước ngày 20/4/2027.",
     [(["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"], "2027-04-20"),
      (["UBND các xã, phường"], "2027-04-20")]),
    ("1. Các cơ quan, đơn vị: Sở Y tế, Sở Xây dựng và UBND các xã rà soát, báo cáo trước ngày 20/4/2027.",
     [(["Sở Y tế"], "2027-04-20"), (["Sở Xây dựng"], "2027-04-20"), (["UBND các xã"], "2027-04-20")]),
]


@pytest.mark.parametrize("body, expected", COLON_LISTS)
def test_a_collective_and_its_colon_list(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A company's or a group's name holds the verbs of its trade and its legal form in capitals
# ("Công ty TNHH MTV Khai thác công trình thủy lợi Gia Lai", "Tập đoàn Công nghiệp Than - Khoáng sản
# Việt Nam"); "Công ty" before a verb names no company.
COMPANY_NAMES = [
    ("1. Yêu cầu Công ty TNHH MTV Khai thác công trình thủy lợi Gia Lai xây dựng kế hoạch điều tiết nước, "
     "báo cáo trước ngày 20/4/2027.",
     [(["Công ty TNHH MTV Khai thác công trình thủy lợi Gia Lai"], "2027-04-20")]),
    ("1. Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam bảo đảm cung ứng đủ than cho sản xuất điện trong tháng 4/2027.",
     [(["Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"], "2027-04-30")]),
    ("1. Công ty cổ phần Tư vấn xây dựng Đồng Văn hoàn thiện hồ sơ thiết kế trước ngày 30/4/2027.",
     [(["Công ty cổ phần Tư vấn xây dựng Đồng Văn"], "2027-04-30")]),
]


@pytest.mark.parametrize("body, expected", COMPANY_NAMES)
def test_a_company_name_holds_the_verbs_of_its_trade(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# "(ngay) trong tháng này", "trong quý này", "trong năm nay": by the end of the letter's month,
# quarter or year; "Trong tháng này, đã có …" is an account, no time limit.
THIS_PERIOD = [
    ("1. Sở Xây dựng rà soát các điểm có nguy cơ mất an toàn giao thông; hoàn thành trong tháng này.",
     [(["Sở Xây dựng"], "2027-03-31")]),
    ("1. Sở Tài chính ngay trong quý này trình phương án phân bổ vốn.", [(["Sở Tài chính"], "2027-03-31")]),
    ("1. Sở Nội vụ hoàn thành việc sắp xếp đơn vị sự nghiệp trong năm nay.", [(["Sở Nội vụ"], "2027-12-31")]),
]


@pytest.mark.parametrize("body, expected", THIS_PERIOD)
def test_this_month_quarter_or_year(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# "hồ sơ tồn đọng từ trước ngày 01/7/2026": since, not by; the task's own limit stays.
SINCE_BEFORE = [
    ("1. Sở Nông nghiệp và Môi trường giải quyết dứt điểm các hồ sơ tồn đọng từ trước ngày 01/7/2026.",
     [(["Sở Nông nghiệp và Môi trường"], None)]),
    ("1. Sở Nông nghiệp và Môi trường giải quyết các hồ sơ tồn đọng từ trước ngày 01/7/2026, hoàn thành trước ngày 30/9/2027.",
     [(["Sở Nông nghiệp và Môi trường"], "2027-09-30")]),
]


@pytest.mark.parametrize("body, expected", SINCE_BEFORE)
def test_since_before_a_day_is_no_time_limit(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A department's own units as a collective ("Thủ trưởng các phòng, đơn vị thuộc Sở").
def test_a_departments_own_units_are_one_collective():
    assert leads_and_dates(LETTER + "\n1. Thủ trưởng các phòng, đơn vị thuộc Sở chủ động xây dựng kế hoạch chi tiết, "
                           "báo cáo trước ngày 15/4/2027.") == [(["Các phòng, đơn vị thuộc Sở"], "2027-04-15")]


# A district office the directory does not know ("UBND HUYỆN ĐỒNG PHÚ") is another province's: its
# communes keep their names, never matched to this province's by a close spelling.
DISTRICT_LETTER = ("ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "HUYỆN ĐỒNG PHÚ                              Độc lập - Tự do - Hạnh phúc\n\n"
                   "Số: 1944/UBND-TH                          Đồng Phú, ngày 04 tháng 8 năm 2027\n"
                   "V/v triển khai thực hiện Thông báo số 318/TB-UBND\n\n"
                   "Kính gửi:\n- Phòng Tài nguyên và Môi trường;\n- UBND các xã: Tân Lập, Đồng Tâm, Tân Hưng.\n\n")


def test_a_district_office_of_another_province_keeps_its_communes():
    got = leads_and_dates(DISTRICT_LETTER + "1. UBND các xã Tân Lập, Đồng Tâm tăng cường tuyên truyền, vận động các hộ dân.\n"
                          "2. Giao UBND xã Tân Hưng rà soát quỹ đất tái định cư trước ngày 25/8/2027.\n")
    assert got == [(["UBND xã Tân Lập", "UBND xã Đồng Tâm"], None), (["UBND xã Tân Hưng"], "2027-08-25")]


# "Giao A, B, C rà soát …. Các đơn vị báo cáo kết quả … trước ngày …": the closing sentence's
# "các đơn vị" are the bodies the paragraph's order named, and its time limit is that order's;
# the letter's other addressees get nothing.
def test_the_units_of_a_paragraphs_order_report_by_its_date():
    got = leads_and_dates(DISTRICT_LETTER + "2. Giao Phòng Tài nguyên và Môi trường, UBND xã Tân Hưng rà soát quỹ đất "
                          "tại Khu tái định cư. Các đơn vị báo cáo kết quả về UBND huyện trước ngày 25/8/2027.\n")
    assert got == [(["Phòng Tài nguyên và Môi trường"], "2027-08-25"), (["UBND xã Tân Hưng"], "2027-08-25")]


# A limit that had passed before the meeting (or a few days before the letter) is quoted, not set:
# "(bàn giao toàn bộ mặt bằng trước ngày 30/4/2027)" in the notice of a meeting of 6/6/2027.
def test_a_limit_passed_before_the_meeting_is_quoted():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nVĂN PHÒNG\nSố: 214/TB-VPUBND    Khánh Hòa, ngày 09 tháng 6 năm 2027\n\n"
            "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải phóng mặt bằng\n\n"
            "Ngày 06/6/2027, tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:\n\n"
            "1. Công tác giải phóng mặt bằng chậm so với yêu cầu tại Thông báo số 88/TB-VPUBND ngày 14/3/2027 "
            "của Văn phòng UBND tỉnh (bàn giao toàn bộ mặt bằng trước ngày 30/4/2027).\n\n"
            "2. UBND thành phố Nha Trang hoàn thành bàn giao mặt bằng trước ngày 30/9/2027.\n")
    assert leads_and_dates(text) == [(["UBND thành phố Nha Trang"], "2027-09-30")]


# Names of schools and district offices that go on past "và": "Trường PTDTBT Tiểu học và THCS Sủng
# Trà", "Văn phòng HĐND và UBND huyện".
SCHOOL_AND_OFFICE = [
    ("1. Trường PTDTBT Tiểu học và THCS Sủng Trà xây dựng phương án bố trí lớp học tạm.",
     [(["Trường PTDTBT Tiểu học và THCS Sủng Trà"], None)]),
    ("1. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc các đơn vị thực hiện.",
     [(["Văn phòng HĐND và UBND huyện"], None)]),
]


@pytest.mark.parametrize("body, expected", SCHOOL_AND_OFFICE)
def test_names_that_go_on_past_and(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A table of petitions and the conclusions on them ("| STT | Nội dung kiến nghị | Ý kiến kết luận |",
# no lead column): each row's answer gives its tasks, to the body it names there.
ANSWER_TABLE = (
    "1. Về các kiến nghị của doanh nghiệp:\n\n"
    "| STT | Nội dung kiến nghị | Ý kiến kết luận |\n|---|---|---|\n"
    "| 1 | Công ty cổ phần Thủy sản Năm Căn Xanh kiến nghị gia hạn thời gian thuê đất | Đồng ý về chủ trương. "
    "Giao Sở Nông nghiệp và Môi trường hướng dẫn doanh nghiệp hoàn thiện hồ sơ, trình UBND tỉnh trước ngày 15/6/2027. |\n"
    "| 2 | Hiệp hội tôm tỉnh kiến nghị nâng cấp tuyến đường vào Khu công nghiệp | Sở Xây dựng khảo sát, đề xuất "
    "phương án đầu tư, báo cáo UBND tỉnh trong tháng 7/2027. |\n"
    "| 3 | Doanh nghiệp thiếu lao động có tay nghề | Sở Nội vụ chủ động phối hợp với các cơ sở giáo dục nghề "
    "nghiệp tổ chức đào tạo nghề. |\n")


def test_a_table_of_petitions_and_answers():
    assert leads_and_dates(LETTER + "\n" + ANSWER_TABLE) == [
        (["Sở Nông nghiệp và Môi trường"], "2027-06-15"), (["Sở Xây dựng"], "2027-07-31"), (["Sở Nội vụ"], None)]


# Lists of local committees: "UBND các thành phố: Thuận An, Dĩ An", "UBND các huyện: U Minh Thượng,
# An Minh và thành phố Phú Quốc", "UBND thành phố Tuy Hòa, thị xã Sông Cầu, huyện Tuy An" ("UBND"
# written once); a commune's district after it ("UBND xã A, huyện B") is no second body.
LOCAL_LISTS = [
    ("1. UBND các thành phố: Thuận An, Dĩ An chỉ đạo rà soát hồ sơ, báo cáo trước ngày 15/4/2027.",
     [(["UBND thành phố Thuận An"], "2027-04-15"), (["UBND thành phố Dĩ An"], "2027-04-15")]),
    ("1. UBND các huyện: U Minh Thượng, An Minh và thành phố Phú Quốc rà soát phương án chữa cháy rừng, "
     "phê duyệt chậm nhất ngày 15/4/2027.",
     [(["UBND huyện U Minh Thượng"], "2027-04-15"), (["UBND huyện An Minh"], "2027-04-15"),
      (["UBND thành phố Phú Quốc"], "2027-04-15")]),
    ("1. UBND thành phố Tuy Hòa, thị xã Sông Cầu, huyện Tuy An bố trí lực lượng cứu hộ trước ngày 25/5/2027.",
     [(["UBND thành phố Tuy Hòa"], "2027-05-25"), (["UBND thị xã Sông Cầu"], "2027-05-25"),
      (["UBND huyện Tuy An"], "2027-05-25")]),
]


@pytest.mark.parametrize("body, expected", LOCAL_LISTS)
def test_lists_of_local_committees(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A department's room named by its fields, the later ones in lower case after a comma.
ROOM_NAMES = [
    ("1. Phòng Công chức, viên chức chủ trì tổ chức kỳ thi tuyển công chức trong Quý IV/2027.",
     [(["Phòng Công chức, viên chức"], "2027-12-31")]),
    ("1. Phòng Tổ chức, biên chế và tổ chức phi chính phủ tham mưu ban hành quy định trước ngày 30/6/2027.",
     [(["Phòng Tổ chức, biên chế và tổ chức phi chính phủ"], "2027-06-30")]),
    ("1. Phòng Tổ chức, tham mưu Giám đốc Sở ban hành quy chế trước ngày 30/6/2027.",
     [(["Phòng Tổ chức"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", ROOM_NAMES)
def test_a_room_named_by_its_fields(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# An opening period with a subject in lower case after its comma ("Trong tháng 4/2027, chủ đầu tư
# phải hoàn thành …", "…, các sở, ngành …") is the time limit; "…, các chỉ tiêu đều đạt" is none.
OPENING_PERIOD = [
    ("1. Trong tháng 4/2027, chủ đầu tư phải hoàn thành lựa chọn nhà thầu gói thầu thiết bị.",
     [(["Chủ đầu tư"], "2027-04-30")]),
    ("1. Trong quý II/2027, các sở, ngành hoàn thành rà soát thủ tục hành chính.",
     [(["Các sở, ngành"], "2027-06-30")]),
    ("1. Trong quý I/2027, các chỉ tiêu đều đạt kế hoạch.", []),
]


@pytest.mark.parametrize("body, expected", OPENING_PERIOD)
def test_an_opening_period_before_a_lower_case_subject(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A department's report proposing that the superior give an order ("Đề nghị UBND tỉnh giao Sở Tài
# chính …", "Kiến nghị UBND tỉnh Long An giao …") gives none; "tham mưu UBND tỉnh giao …" is the
# adviser's own task.
PROPOSED_ORDERS = [
    ("1. Đề nghị UBND tỉnh giao Sở Tài chính thẩm định, bổ sung kinh phí, hoàn thành trước ngày 31/7/2027.", []),
    ("1. Kiến nghị UBND tỉnh Long An giao Sở Khoa học và Công nghệ bảo đảm hạ tầng trong Quý III/2027.", []),
    ("1. Giao Sở Tài chính chủ trì, tham mưu UBND tỉnh giao dự toán cho các đơn vị trước ngày 30/6/2027.",
     [(["Sở Tài chính"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", PROPOSED_ORDERS)
def test_an_order_proposed_to_the_superior_is_none(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


# A reminder's table of tasks by body: a group row that only names a body leads the rows below it;
# a new date in the status column ("Quá hạn; đề nghị hoàn thành trước ngày 24/4/2027") is the time
# limit; a row done ("Đã hoàn thành") is no task.
REMINDER_TABLE = (
    "| STT | Nội dung | Văn bản giao | Thời hạn | Tình trạng |\n|---|---|---|---|---|\n"
    "| **I** | **Văn phòng Đăng ký đất đai** | | | |\n"
    "| 1 | Chỉnh lý biến động đất đai vào cơ sở dữ liệu | Công văn số 402/SNNMT-QLĐĐ ngày 05/02/2027 | 31/3/2027 "
    "| Quá hạn; đề nghị hoàn thành trước ngày 24/4/2027 |\n"
    "| 2 | Rà soát hồ sơ đăng ký biến động tồn đọng | Công văn số 215/SNNMT-VP ngày 12/01/2027 | 28/02/2027 | Đã hoàn thành |\n"
    "| **II** | **Chi cục Thủy lợi** | | | |\n"
    "| 3 | Kiểm tra hiện trạng các cống đầu mối | Thông báo số 77/TB-UBND ngày 03/3/2027 | 15/5/2027 | Đang thực hiện |\n")


def test_a_reminders_table_by_body():
    assert leads_and_dates(LETTER + "\n" + REMINDER_TABLE) == [
        (["Văn phòng Đăng ký đất đai"], "2027-04-24"), (["Chi cục Thủy lợi"], "2027-05-15")]


# A closing sentence whose subjects are listed over semicolons, each after its title ("Giám đốc các
# sở: Y tế, Công Thương; Giám đốc Công an tỉnh; Chủ tịch UBND các huyện báo cáo … trước ngày …"):
# every body listed reports by that day.
def test_subjects_listed_over_semicolons_with_titles():
    body = ("1. Giám đốc các sở: Y tế, Công Thương; Giám đốc Công an tỉnh; Chủ tịch UBND các huyện báo cáo kết quả "
            "thực hiện Chỉ thị này về UBND tỉnh trước ngày 05/12/2027.")
    assert leads_and_dates(LETTER + "\n" + body) == [
        (["Sở Y tế"], "2027-12-05"), (["Sở Công Thương"], "2027-12-05"), (["Công an tỉnh"], "2027-12-05"),
        (["UBND các huyện"], "2027-12-05")]


# A rhythm without its day ("định kỳ hằng tháng báo cáo …", "định kỳ 6 tháng …") has no date of its
# own: the task stays, with a note for the clerk; with its day ("trước ngày 20 hằng tháng") it has one.
def test_a_rhythm_without_its_day_keeps_its_task_without_a_date():
    n = parse_notice(LETTER + "\n1. Sở Giao thông vận tải theo dõi chất lượng thi công; định kỳ hằng tháng tổng hợp, "
                     "báo cáo UBND tỉnh.\n2. Sở Tài chính báo cáo tiến độ giải ngân trước ngày 20 hằng tháng.\n")
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
           for t in n.tasks]
    assert got == [(["Sở Giao thông vận tải"], None), (["Sở Tài chính"], "2027-03-20")]
    assert n.tasks[0].needs_review == ["báo cáo định kỳ 'định kỳ hằng tháng' không ghi ngày gửi: nhập hạn bằng tay nếu cần"]


# A page-foot note right under a line cut mid-sentence, ended by the page break ("… phê duyệt trước
# ngày" / "1 Theo Báo cáo số …" / "\f2" / "15/5/2027."): the sentence and its date are whole again.
def test_a_note_between_the_halves_of_a_sentence():
    text = (LETTER + "\n1. Dự án đã giải ngân 148,2 tỷ đồng1; Sở Tài nguyên và Môi trường thẩm định, trình UBND tỉnh "
            "phê duyệt trước ngày\n1 Theo Báo cáo số 45/BC-BQLDA ngày 12/3/2027 của Ban Quản lý dự án.\n\f2\n15/5/2027.\n")
    n = parse_notice(text)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [
        (["Sở Tài nguyên và Môi trường"], "2027-05-15")]
    assert "Theo Báo cáo" not in n.tasks[0].text


# Place names with an apostrophe ("Cư M'gar", "Ea H’leo") are whole.
@pytest.mark.parametrize("place", ["Cư M'gar", "Ea H’leo"])
def test_a_place_name_with_an_apostrophe(place):
    body = f"1. Đề nghị UBND huyện {place} giải quyết dứt điểm kiến nghị, hoàn thành trước ngày 31/5/2027."
    assert leads_and_dates(LETTER + "\n" + body) == [([f"UBND huyện {place}"], "2027-05-31")]


# A telegram's "CHỦ TỊCH UBND TỈNH ĐIỆN:" over its list of addressees is its "Kính gửi": an item
# without a subject under the opening sentence goes to the bodies it names.
def test_a_telegrams_addressees():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 05/CĐ-UBND\nĐiện Biên, ngày 13 tháng 3 năm 2027\n\nCÔNG ĐIỆN\n"
            "Về việc phòng cháy, chữa cháy rừng\n\nCHỦ TỊCH UBND TỈNH ĐIỆN:\n- Giám đốc các Sở: Nông nghiệp và Môi trường, "
            "Tài chính;\n- Giám đốc Công an tỉnh;\n- Chủ tịch UBND các xã, phường.\n\n"
            "Để chủ động ngăn chặn cháy rừng, Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở: Nông nghiệp và Môi trường, "
            "Tài chính; Giám đốc Công an tỉnh; Chủ tịch UBND các xã, phường tập trung thực hiện ngay các nhiệm vụ sau:\n\n"
            "1. Tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 02/CT-UBND của UBND tỉnh.\n\n"
            "2. Sở Tài chính bố trí kinh phí chữa cháy rừng trước ngày 31/3/2027.\n")
    assert leads_and_dates(text) == [
        (["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Công an tỉnh", "UBND các xã, phường"], None),
        (["Sở Tài chính"], "2027-03-31")]


# "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch …": the duty's basis opens the bullet, the task follows.
def test_a_bullet_opening_with_its_basis():
    body = ("1. Các phòng, đơn vị thuộc Sở:\n- Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức "
            "triển khai thực hiện;\n- Báo cáo kết quả thực hiện về Sở trước ngày 20/4/2027.")
    assert leads_and_dates(LETTER + "\n" + body) == [
        (["Các phòng, đơn vị thuộc Sở"], None), (["Các phòng, đơn vị thuộc Sở"], "2027-04-20")]


# A plan's time line with two steps ("- Thời gian: ban hành kế hoạch trước 15/10; tổ chức kiểm tra
# trong Quý IV/2027."): the second step is the same item's, for the same bodies.
def test_a_time_line_with_two_steps():
    body = ("1. Kiểm tra điều kiện kinh doanh vận tải\nXây dựng kế hoạch kiểm tra các doanh nghiệp vận tải.\n"
            "- Đơn vị chủ trì: Thanh tra Sở.\n- Thời gian: ban hành kế hoạch trước 15/10; tổ chức kiểm tra trong Quý IV/2027.\n")
    assert leads_and_dates(PLAN + body) == [(["Thanh tra Sở"], "2027-10-15"), (["Thanh tra Sở"], "2027-12-31")]


# "phấn đấu đến cuối năm 2027 hoàn thành cấp giấy cho 95% diện tích": a share to reach, a target,
# no time limit; "phấn đấu giải ngân 100% kế hoạch vốn trước ngày 30/9/2027" stays one (and "phấn
# đấu đến <time> …" is a target whatever the share: set ZA, tests/test_parse_round16.py).
STRIVING = [
    ("1. Sở Nông nghiệp và Môi trường đẩy nhanh cấp giấy chứng nhận, phấn đấu đến cuối năm 2027 hoàn thành cấp "
     "giấy cho 95% diện tích đủ điều kiện.", [(["Sở Nông nghiệp và Môi trường"], None)]),
    ("1. Sở Tài chính phấn đấu giải ngân 100% kế hoạch vốn trước ngày 30/9/2027.", [(["Sở Tài chính"], "2027-09-30")]),
]


@pytest.mark.parametrize("body, expected", STRIVING)
def test_a_share_to_strive_for_is_a_target(body, expected):
    assert leads_and_dates(LETTER + "\n" + body) == expected


NOTICE_OF_A_MEETING = ("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 45/TB-UBND    Hưng Yên, ngày 05 tháng 3 năm 2027\n\n"
                       "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc\n\n"
                       "Ngày 03/3/2027, Phó Chủ tịch UBND tỉnh làm việc với các đơn vị. Phó Chủ tịch UBND tỉnh kết luận như sau:\n\n")


# "Các cơ quan, đơn vị được giao nhiệm vụ tại Thông báo này báo cáo … trước ngày …": every public
# body the notice gave a task to (not a company); "… tại mục 1 và mục 2 …": those items' bodies.
def test_the_bodies_given_tasks_in_this_notice_report():
    body = ("1. Đối với Công ty cổ phần Phát triển khu công nghiệp Tân Hưng:\n- Hoàn thành trạm xử lý nước thải trước ngày 30/6/2027.\n"
            "2. Đối với UBND xã Ân Thi:\n- Hoàn thành chi trả tiền bồi thường trong tháng 3/2027.\n"
            "3. Đối với các sở, ngành:\n- Sở Xây dựng hướng dẫn nhà đầu tư thủ tục cấp giấy phép xây dựng.\n\n"
            "Các cơ quan, đơn vị được giao nhiệm vụ tại Thông báo này báo cáo kết quả thực hiện về UBND tỉnh trước ngày 31/3/2027.\n")
    got = leads_and_dates(NOTICE_OF_A_MEETING + body)
    assert got[-2:] == [(["UBND xã Ân Thi"], "2027-03-31"), (["Sở Xây dựng"], "2027-03-31")]
    assert (["Công ty cổ phần Phát triển khu công nghiệp Tân Hưng"], "2027-03-31") not in got


def test_the_bodies_of_the_items_cited_report():
    body = ("1. Về thu ngân sách\nThuế tỉnh rà soát nguồn thu.\n2. Về đầu tư công\nSở Tài chính tham mưu điều chuyển vốn.\n"
            "3. Về chuyển đổi số\nSở Khoa học và Công nghệ triển khai nền tảng số.\n"
            "4. Các cơ quan, đơn vị được giao nhiệm vụ tại mục 1 và mục 2 Thông báo này báo cáo kết quả trước ngày 10/4/2027.\n")
    got = leads_and_dates(NOTICE_OF_A_MEETING + body)
    assert got[-2:] == [(["Thuế tỉnh"], "2027-04-10"), (["Sở Tài chính"], "2027-04-10")]


# "Giám đốc các Bệnh viện: Đa khoa tỉnh, Sản - Nhi tỉnh, Y dược cổ truyền tỉnh": one hospital each.
def test_hospitals_listed_after_their_head():
    body = ("1. Giám đốc các Bệnh viện: Đa khoa tỉnh, Sản - Nhi tỉnh, Y dược cổ truyền tỉnh hoàn thành triển khai "
            "bệnh án điện tử trong tháng 6/2027.")
    assert leads_and_dates(LETTER + "\n" + body) == [
        (["Bệnh viện Đa khoa tỉnh"], "2027-06-30"), (["Bệnh viện Sản - Nhi tỉnh"], "2027-06-30"),
        (["Bệnh viện Y dược cổ truyền tỉnh"], "2027-06-30")]


# A letter's closing sentence below its last item ("4. UBND các xã …" / "Yêu cầu các cơ quan, đơn vị
# khẩn trương triển khai thực hiện; gửi báo cáo … trước ngày …") reaches every "Kính gửi" body, not
# only the last item's (but not the department the reports go to: it receives them, issue 11's
# eighteenth round).
def test_a_closing_sentence_below_the_last_item_reaches_the_letters_addressees():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 1845/UBND-KT    Tây Ninh, ngày 15 tháng 9 năm 2027\nV/v phòng, chống dịch\n\n"
            "Kính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Sở Tài chính;\n- UBND các xã, phường.\n\n"
            "Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Giao Sở Nông nghiệp và Môi trường hướng dẫn tiêm phòng.\n"
            "2. Sở Tài chính tham mưu bố trí kinh phí.\n3. UBND các xã, phường chủ động bố trí lực lượng tiêu hủy lợn bệnh.\n"
            "Yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện; gửi báo cáo kết quả về Sở Nông nghiệp và Môi "
            "trường trước ngày 20/10/2027 để tổng hợp./.\n")
    got = leads_and_dates(text)
    assert got[-2:] == [(["Sở Tài chính"], "2027-10-20"), (["UBND các xã, phường"], "2027-10-20")]
    assert (["Sở Nông nghiệp và Môi trường"], "2027-10-20") not in got


# "(Sở Xây dựng chủ trì; thời gian trình: trong tháng 11/2027)": a programme's submission time.
def test_a_submission_time_label():
    assert leads_and_dates(LETTER + "\n1. Kế hoạch phát triển nhà ở xã hội năm 2028 (Sở Xây dựng chủ trì; thời gian "
                           "trình: trong tháng 11/2027).") == [(["Sở Xây dựng"], "2027-11-30")]


# A province's letter quoting a ministry's request to every province ("Bộ Tài chính đề nghị UBND các
# tỉnh gửi báo cáo về Bộ trước ngày …") gives no task of its own.
def test_a_ministrys_request_to_every_province_quoted():
    body = ("UBND tỉnh nhận được Văn bản số 5123/BTC-QLCS của Bộ Tài chính; Bộ Tài chính đề nghị UBND các tỉnh gửi "
            "báo cáo về Bộ trước ngày 30/6/2027.\nVề việc này, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
            "1. Giao Sở Tài chính tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Tài chính trước ngày 24/6/2027.\n")
    assert leads_and_dates(LETTER + "\n" + body) == [(["Sở Tài chính"], "2027-06-24")]


# "… 80% khối lượng trước ngày 31/10/2027 và 100% trước ngày 31/01/2028": the next share of the same
# work is a dated instance that keeps the task's words.
def test_the_next_share_of_a_work_keeps_its_words():
    n = parse_notice(LETTER + "\n1. Sở Xây dựng đẩy nhanh thi công tuyến đường Trà Bồng - Trà Phong, bảo đảm hoàn "
                     "thành 80% khối lượng trước ngày 31/10/2027 và 100% trước ngày 31/01/2028.")
    assert [(t.deadline.date.isoformat(), "tuyến đường Trà Bồng" in t.text) for t in n.tasks] == [
        ("2027-10-31", True), ("2028-01-31", True)]


# A table's time cell naming two steps each with its time: the row's task for each step.
def test_a_time_cell_with_two_steps():
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
             "| 1 | Đề án thành lập Cụm công nghiệp Kim Thành 2 | Sở Công Thương | - Trình UBND tỉnh: trước 30/6/2027<br>"
             "- Hoàn thành thủ tục thành lập: tháng 12/2027 |\n")
    n = parse_notice(PLAN + table)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat(), t.text.endswith(step)) for t, step in
            zip(n.tasks, ("Trình UBND tỉnh", "Hoàn thành thủ tục thành lập"))] == [
        (["Sở Công Thương"], "2027-06-30", True), (["Sở Công Thương"], "2027-12-31", True)]
    assert len(n.tasks) == 2
