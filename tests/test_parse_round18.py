"""Round 18 (issue 11's seventeenth round in the README): forms found misread on the invented
sets ZT … ZW, one table-driven test each on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_document
from tbkl_xl.parse.clean import clean_document
from tbkl_xl.read import read_text_input

LETTER = (
    "UBND TỈNH TÂY NINH\nSỞ TÀI CHÍNH\nSố: 1204/STC-QLG    Tây Ninh, ngày 05 tháng 10 năm 2027\n"
    "Kính gửi:\n- UBND các xã: Tân Biên, Châu Thành;\n- UBND các phường: Hòa Thành, Trảng Bàng.\n\n"
    "Thực hiện chỉ đạo của UBND tỉnh, Sở Tài chính đề nghị:\n")
FOUR_UNITS = {"UBND xã Tân Biên", "UBND xã Châu Thành", "UBND phường Hòa Thành", "UBND phường Trảng Bàng"}



# Two lists of one kind of body ("UBND các xã: …" and "UBND các phường: …") are one subject of
# four units, written inline or as the heading of bullets.
TWO_LISTS = [
    "1. UBND các xã: Tân Biên, Châu Thành và UBND các phường: Hòa Thành, Trảng Bàng hoàn thành "
    "kiểm kê nhà, đất dôi dư trước ngày 25/10/2027.\n",
    "1. UBND các xã: Tân Biên, Châu Thành và UBND các phường: Hòa Thành, Trảng Bàng\n"
    "- Hoàn thành kiểm kê nhà, đất dôi dư trước ngày 25/10/2027.\n"
    "- Tổ chức bảo vệ các cơ sở nhà, đất chưa sử dụng.\n",
]


@pytest.mark.parametrize("body", TWO_LISTS)
def test_two_lists_of_units_are_one_subject_of_all_their_units(body):
    assert leads_by_date(LETTER + body)["2027-10-25"] == FOUR_UNITS


# "UBND các xã, phường nêu trên" after a paragraph that names one ward: the units named before
# (here the letter's), not that one ward.
def test_units_named_before_are_all_of_them_when_the_last_paragraph_names_one():
    body = ("1. UBND phường Hòa Thành chủ trì lập phương án đấu giá khu đất trụ sở cũ.\n"
            "2. UBND phường Trảng Bàng phối hợp với Sở Xây dựng kiểm định chất lượng nhà làm việc.\n"
            "3. UBND các xã, phường nêu trên hoàn thành xử lý các cơ sở nhà, đất trước ngày 31/12/2027.\n")
    assert leads_by_date(LETTER + body)["2027-12-31"] == FOUR_UNITS


# "Riêng UBND các xã: A, B chưa kiện toàn …, khẩn trương hoàn thành …": the bodies described by
# what they have not done yet are the subject of what follows the comma.
UNDONE = [
    ("Riêng UBND các xã: Tân Biên, Châu Thành chưa kiện toàn lãnh đạo phòng, khẩn trương hoàn thành "
     "việc bổ nhiệm trước ngày 15/10/2027.", {"UBND xã Tân Biên", "UBND xã Châu Thành"}),
    ("Riêng UBND phường Hòa Thành còn chậm bàn giao trụ sở, khẩn trương hoàn thành trước ngày 15/10/2027.",
     {"UBND phường Hòa Thành"}),
]


@pytest.mark.parametrize("sentence, leads", UNDONE)
def test_bodies_described_by_what_they_have_not_done_then_told_what_to_do(sentence, leads):
    body = "1. UBND các xã, phường:\na) Rà soát đội ngũ công chức trước ngày 10/10/2027.\nb) " + sentence + "\n"
    assert leads_by_date(LETTER + body)["2027-10-15"] == leads


# A comma a converter glued to the next word is a comma ("tổng hợp,tham mưu"): the clause after
# it keeps the lead of the clause before.
def test_a_glued_comma_is_read_as_a_comma():
    body = ("1. Giao Phòng Quản lý giá chủ trì thẩm định phương án trong thời hạn 10 ngày làm việc kể "
            "từ ngày nhận đủ hồ sơ; tổng hợp,tham mưu Lãnh đạo Sở báo cáo UBND tỉnh trước ngày 10/12/2027.\n")
    assert leads_by_date(LETTER + body)["2027-12-10"] == {"Phòng Quản lý giá"}
    assert "tổng hợp, tham mưu" in clean_document(read_text_input(LETTER + body)).paragraphs[-1]


# In a text wrapped at a page's width, a line that ends its sentence where the next word would
# have fitted ends its paragraph: the closing after an item is not part of the item.
def test_a_sentence_ending_well_short_of_the_page_width_ends_its_paragraph():
    wide = "x" * 60
    lines = [f"Dòng thứ {k} của phần mở đầu được viết cho đủ độ rộng của trang giấy {wide}"[:88] for k in range(20)]
    text = ("\n".join(lines) + "\n6. Giao Phòng Quản lý giá chủ trì thẩm định phương án xử lý của các xã, phường trong\n"
            "thời hạn 10 ngày làm việc; tổng hợp, tham mưu Lãnh đạo Sở báo cáo UBND tỉnh kết quả\n"
            "thực hiện trước ngày 10/12/2027.\n"
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các địa phương phản ánh về Sở Tài\n"
            "chính để được hướng dẫn./.\n")
    paragraphs = clean_document(read_text_input(text)).paragraphs
    assert paragraphs[-2].endswith("trước ngày 10/12/2027.")
    assert paragraphs[-1].startswith("Trong quá trình thực hiện")


# Months each named with "tháng" and apart ("tháng 5 và tháng 11/2028") are two times; months in
# a row ("tháng 9, 10/2028") or a span ("tháng 6 - tháng 12/2028") are one, their last.
MONTHS = [
    ("trong tháng 5 và tháng 11/2028", ["2028-05-31", "2028-11-30"]),
    ("trong tháng 6, tháng 12/2028", ["2028-06-30", "2028-12-31"]),
    ("trong tháng 9, 10/2028", ["2028-10-31"]),
    ("trong tháng 6 - tháng 12/2028", ["2028-12-31"]),
]


@pytest.mark.parametrize("when, dates", MONTHS)
def test_months_named_apart_are_each_a_time(when, dates):
    text = LETTER + f"1. Sở Nội vụ hoàn thành khảo sát sự hài lòng của người dân {when}.\n"
    assert sorted(d for _leads, d in leads_and_dates(text)) == dates


# Names the grammar of bodies now reads whole: a field's short form after "và", a capitalised
# noun whose second word alone would be a verb ("Thường trực"), "Phòng, chống" with its comma.
NAMES = [
    "Ban QLDA đầu tư xây dựng công trình nông nghiệp và PTNT tỉnh",
    "Văn phòng Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh",
    "Ban Chỉ đạo phòng, chống tội phạm tỉnh",
    "Sở Nông nghiệp và Môi trường",
]


@pytest.mark.parametrize("name", NAMES)
def test_long_names_are_read_whole(name):
    text = LETTER + f"1. Giao {name} chủ trì rà soát, báo cáo trước ngày 20/10/2027.\n"
    assert leads_and_dates(text) == [([name], "2027-10-20")]


# A list of districts closed by a city of its own type ("… và UBND TP. Long Xuyên"), and the
# districts with the cities named after them ("UBND các huyện, thành phố Đà Lạt, Bảo Lộc").
NOTICE = "UBND TỈNH AN GIANG\nSố: 88/TB-UBND    An Giang, ngày 02 tháng 8 năm 2027\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n"
CITIES = [
    ("1. Ủy ban nhân dân các huyện: Chợ Mới, Phú Tân và UBND TP. Long Xuyên: cắm biển cảnh báo các điểm "
     "sạt lở, hoàn thành trước ngày 15/8/2027.",
     [(["UBND huyện Chợ Mới"], "2027-08-15"), (["UBND huyện Phú Tân"], "2027-08-15"),
      (["UBND thành phố Long Xuyên"], "2027-08-15")]),
    ("1. Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc kiện toàn Ban Chỉ đạo, hoàn thành trước "
     "ngày 15/8/2027.",
     [(["Ủy ban nhân dân các huyện, thành phố Đà Lạt, Bảo Lộc"], "2027-08-15")]),
]


@pytest.mark.parametrize("body, expected", CITIES)
def test_cities_after_a_list_of_districts(body, expected):
    assert leads_and_dates(NOTICE + body) == expected


PLAN = "UBND TỈNH HẬU GIANG\nSố: 77/KH-UBND    Hậu Giang, ngày 12 tháng 3 năm 2027\nKẾ HOẠCH\nCấp nước sạch nông thôn\n"


# A task table whose cells a converter joined with bare bars, a time cell wrapped onto the next
# line and a two-step time cell; an empty lead cell is the one above it (merged).
def test_a_table_of_bare_bars_is_read():
    table = ("PHỤ LỤC: DANH MỤC NHIỆM VỤ\n"
             "TT|Nội dung nhiệm vụ|Cơ quan chủ trì|Cơ quan phối hợp|Thời gian hoàn thành\n"
             "I|RÀ SOÁT, QUY HOẠCH\n"
             "1|Rà soát các tuyến ống cấp nước|Sở Xây dựng|UBND các xã|Tháng 7/2027\n"
             "2|Ban hành quy định quản lý công trình cấp nước||Sở Tư pháp|Trước ngày\n"
             "20/11/2027\n"
             "3|Lắp đặt đồng hồ tổng tại 40 trạm|Công an tỉnh|Sở Tài chính|- Giai đoạn 1: trước 30/9/2027\n"
             "- Giai đoạn 2: Tháng 6/2028\n")
    assert leads_and_dates(PLAN + table) == [
        (["Sở Xây dựng"], "2027-07-31"), (["Sở Xây dựng"], "2027-11-20"),
        (["Công an tỉnh"], "2027-09-30"), (["Công an tỉnh"], "2028-06-30")]


# A lead cell merged over two rows of a table laid out with spaces, its words written across
# both rows ("Sở Nông nghiệp / và Phát triển" over "nông thôn"): both rows' lead, whole.
def test_a_lead_cell_written_across_two_rows_is_both_rows_lead():
    table = ("PHỤ LỤC\n"
             " TT     Nội dung nhiệm vụ                 Cơ quan chủ trì     Cơ quan phối hợp     Thời gian\n"
             " 1      Rà soát, điều chỉnh quy hoạch                         Sở Xây dựng; UBND    Quý III/2027\n"
             "        cấp nước sạch nông thôn đến       Sở Nông nghiệp      các huyện\n"
             "        năm 2030                          và Phát triển\n"
             " 2      Lập báo cáo kinh tế - kỹ thuật    nông thôn           UBND huyện Long      Trước\n"
             "        công trình cấp nước xã Tân Hòa                        Mỹ                   30/6/2027\n"
             " 3      Kiểm tra chất lượng nước          Sở Y tế             Trung tâm Y tế       Tháng 11/2027\n")
    assert leads_and_dates(PLAN + table) == [
        (["Sở Nông nghiệp và Phát triển nông thôn"], "2027-09-30"),
        (["Sở Nông nghiệp và Phát triển nông thôn"], "2027-06-30"),
        (["Sở Y tế"], "2027-11-30")]


# A centre named by its fields, the later ones in lower case after a comma.
@pytest.mark.parametrize("name", ["Trung tâm Giống cây trồng, vật nuôi",
                                  "Trung tâm Văn hóa, thể thao và du lịch huyện"])
def test_a_centre_named_by_its_fields(name):
    assert leads_and_dates(PLAN + f"1. {name} chủ trì xây dựng vườn ươm, xong trước ngày 30/9/2027.\n") \
        == [([name], "2027-09-30")]


# A paragraph after a table laid out with spaces, indented so that it starts under a column,
# ends the table: it is no cell of the last row.
def test_a_paragraph_running_over_a_tables_columns_ends_the_table():
    table = (" TT  Nội dung nhiệm vụ           Cơ quan chủ trì     Cơ quan phối      Thời gian\n"
             "                                                     hợp               hoàn thành\n"
             " 1   Xây dựng vườn ươm giống     Trung tâm Khuyến    Viện Khoa học     Quý III/2027\n"
             "     cây ăn quả tại xã Tân Hòa   nông tỉnh           Nông nghiệp\n"
             " 2   Kiểm tra, ngăn chặn tình    Công an tỉnh        Sở Y tế           Thường xuyên\n"
             "     trạng giống giả\n"
             "       4. Các sở, ngành, UBND các huyện báo cáo tình hình thực hiện về Sở Nông nghiệp và Môi\n"
             "trường trước ngày 20/6/2027 (báo cáo 6 tháng) và trước ngày 20/11/2027 (báo cáo năm) để\n"
             "tổng hợp báo cáo UBND tỉnh.\n")
    found = leads_and_dates(PLAN + table)
    assert found[:2] == [(["Trung tâm Khuyến nông tỉnh"], "2027-09-30"), (["Công an tỉnh"], None)]
    # the two days of the report, each with the report's words
    assert found[2:] == [(["Các sở, ngành"], "2027-06-20"), (["UBND các huyện"], "2027-06-20"),
                         (["Các sở, ngành"], "2027-11-20"), (["UBND các huyện"], "2027-11-20")]


# A quoted name opening a line after a full line is the sentence going on, not a new paragraph.
def test_a_quoted_name_after_a_full_line_goes_on_the_sentence():
    lines = [f"Dòng thứ {k} của phần mở đầu được viết cho đủ độ rộng của một trang giấy in khổ A4 ngang" for k in range(20)]
    text = ("\n".join(lines) + "\n2. Sở Khoa học và Công nghệ khẩn trương hoàn thiện hồ sơ đăng ký bảo hộ chỉ dẫn\n"
            '"Ngọc Linh" cho sản phẩm sâm, nộp Cục Sở hữu trí tuệ trước ngày 30/6/2027.\n')
    paragraphs = clean_document(read_text_input(PLAN + text)).paragraphs
    assert paragraphs[-1].startswith("2. Sở Khoa học và Công nghệ") and paragraphs[-1].endswith("30/6/2027.")


# A reminder's table of overdue tasks, then the new time limit for the bodies "có tên tại bảng
# trên" and another for one row ("riêng nhiệm vụ tại mục 3"): each row's task is due then, for
# its own body; the old limits in the table are past.
REMINDER = (
    "UBND TỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 2210/VP-NC    Hà Tĩnh, ngày 06 tháng 5 năm 2027\n"
    "Kính gửi:\n- Các Sở: Tư pháp, Nội vụ, Thông tin và Truyền thông;\n- UBND huyện Kỳ Anh.\n\n"
    "Đến ngày 30/4/2027 còn 04 nhiệm vụ đã quá hạn nhưng chưa hoàn thành (chi tiết tại bảng dưới đây):\n\n"
    "| TT | Nhiệm vụ | Cơ quan thực hiện | Thời hạn theo Kế hoạch | Tình hình thực hiện |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Công bố danh mục thủ tục hành chính được cắt giảm | Sở Tư pháp | 31/3/2027 | Chưa trình |\n"
    "| 2 | Số hóa hồ sơ thủ tục hành chính đạt 80% | UBND huyện Kỳ Anh | Quý I/2027 | Đạt 52% |\n"
    "| 3 | Kết nối Cổng dịch vụ công tỉnh | Sở Thông tin và Truyền thông | 15/4/2027 | Đang thực hiện |\n"
    "| 4 | Hoàn thiện đề án vị trí việc làm | Sở Nội vụ | 30/4/2027 | Chưa hoàn thành |\n\n"
    "Văn phòng UBND tỉnh đề nghị:\n\n"
    "1. Thủ trưởng các cơ quan, Chủ tịch UBND huyện có tên tại bảng trên khẩn trương hoàn thành các nhiệm vụ "
    "được giao, báo cáo kết quả về UBND tỉnh trước ngày 20/5/2027; riêng nhiệm vụ tại mục 3 phải hoàn "
    "thành chậm nhất ngày 10/5/2027.\n\n"
    "2. Giao Sở Nội vụ tham mưu kiểm điểm trách nhiệm, trình Chủ tịch UBND tỉnh trong tháng 6/2027.\n")


def test_a_reminders_table_takes_the_new_time_limits_of_the_sentence_after_it():
    assert leads_and_dates(REMINDER) == [
        (["Sở Tư pháp"], "2027-05-20"), (["UBND huyện Kỳ Anh"], "2027-05-20"),
        (["Sở Thông tin và Truyền thông"], "2027-05-10"), (["Sở Nội vụ"], "2027-05-20"),
        (["Sở Nội vụ"], "2027-06-30")]


# A number followed by a word in lower case is a count, not the number closing a body's name.
def test_a_count_after_a_company_name_is_no_part_of_it():
    text = NOTICE + "1. Công ty Cổ phần Môi trường đô thị Quảng Nam đầu tư bổ sung 05 xe ép rác trước ngày 31/12/2027.\n"
    assert leads_and_dates(text) == [(["Công ty Cổ phần Môi trường đô thị Quảng Nam"], "2027-12-31")]


# The second dated instance of a report ("6 tháng trước ngày 15/6 và cả năm trước ngày 10/12")
# belongs to the body of the first, not to the subject of the sentence before.
def test_a_second_instance_of_a_report_keeps_its_body():
    text = PLAN + ("Điều 2. Các sở, ngành triển khai các nhiệm vụ, hoàn thành trước ngày 15/4/2027. Giao Sở "
                   "Tài chính theo dõi, tổng hợp, báo cáo Chủ tịch UBND tỉnh kết quả 6 tháng trước ngày 15/6/2027 "
                   "và cả năm trước ngày 10/12/2027.\n")
    assert leads_and_dates(text)[-2:] == [(["Sở Tài chính"], "2027-06-15"), (["Sở Tài chính"], "2027-12-10")]


# A table in parts ("A. Nhiệm vụ quá hạn", "B. Nhiệm vụ sắp đến hạn"): "có nhiệm vụ tại mục A
# của bảng trên … trước ngày …" dates the rows of part A only; part B keeps its own times.
def test_a_part_of_a_reminders_table_takes_the_new_time_limit():
    text = ("UBND TỈNH KHÁNH HÒA\nVĂN PHÒNG\nSố: 905/VP-TH    Khánh Hòa, ngày 09 tháng 3 năm 2027\n\n"
            "Văn phòng UBND tỉnh tổng hợp các nhiệm vụ như sau:\n\n"
            "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| **A** | **Nhiệm vụ quá hạn** | | |\n"
            "| 1 | Trình phê duyệt quy hoạch phân khu | Sở Xây dựng | 31/01/2027 |\n"
            "| 2 | Xử lý kiến nghị của nhà đầu tư | Ban Quản lý Khu kinh tế Vân Phong | Tháng 02/2027 |\n"
            "| **B** | **Nhiệm vụ sắp đến hạn** | | |\n"
            "| 3 | Phương án bố trí vốn đối ứng | Sở Tài chính | 20/3/2027 |\n\n"
            "Văn phòng UBND tỉnh đề nghị:\n\n"
            "1. Thủ trưởng các cơ quan có nhiệm vụ tại mục A của bảng trên hoàn thành trước ngày 31/3/2027.\n")
    assert leads_and_dates(text) == [(["Sở Xây dựng"], "2027-03-31"),
                                     (["Ban Quản lý Khu kinh tế Vân Phong"], "2027-03-31"),
                                     (["Sở Tài chính"], "2027-03-20")]


# Units named by their number ("Quận 1", "Phường 12"), "UBND" written once before a list of them;
# a ward named with its district ("UBND Phường 12, Quận Gò Vấp") is one lead.
HCM = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 45/TB-VP    Thành phố Hồ Chí Minh, ngày 02 tháng 3 năm 2027\nTHÔNG BÁO\nKết luận của Chủ tịch UBND thành phố\n"
NUMBERED_UNITS = [
    ("1. Ủy ban nhân dân Quận 1, Quận 3 rà soát các chung cư cũ, lập danh sách trước ngày 15/3/2027.",
     [(["UBND Quận 1"], "2027-03-15"), (["UBND quận 3"], "2027-03-15")]),
    ("1. UBND Phường 12, Quận Gò Vấp chủ trì giải tỏa chợ tạm, hoàn thành trước ngày 15/3/2027.",
     [(["UBND Phường 12, Quận Gò Vấp"], "2027-03-15")]),
]


@pytest.mark.parametrize("body, expected", NUMBERED_UNITS)
def test_units_named_by_their_number(body, expected):
    assert leads_and_dates(HCM + body) == expected


# Minutes giving their day in a numbered field: "1. Thời gian: 14 giờ 00, ngày 18 tháng 7 năm 2027".
def test_the_meeting_day_in_a_numbered_time_field():
    text = ("UBND TỈNH QUẢNG TRỊ\nQuảng Trị, ngày 18 tháng 7 năm 2027\nBIÊN BẢN HỌP\nVề giải ngân vốn đầu tư công\n"
            "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n1. Thời gian: 14 giờ 00, ngày 18 tháng 7 năm 2027.\n"
            "2. Địa điểm: Phòng họp số 2, Trụ sở UBND tỉnh.\nII. KẾT LUẬN\n"
            "1. Sở Tài chính rà soát, điều chuyển vốn trước ngày 31/7/2027.\n")
    assert str(parse_document(read_text_input(text)).meeting_date) == "2027-07-18"


# A heading giving several districts a task "theo thời hạn tại bảng sau:", then a table of one row
# per district with its time (a header holding its own day in brackets): each district's row, with
# the sentence's task.
def test_a_table_of_each_bodys_time_under_a_heading_naming_them():
    text = (NOTICE + "1. UBND các huyện: Chợ Mới, Phú Tân:\n\n"
            "- Bàn giao toàn bộ mặt bằng còn lại cho chủ đầu tư theo thời hạn tại bảng sau:\n\n"
            "| STT | Địa phương | Đã bàn giao (đến 20/7/2027) | Thời hạn bàn giao phần còn lại |\n|---|---|---|---|\n"
            "| 1 | UBND huyện Chợ Mới | 9,8/12,1 km | Trước ngày 15/8/2027 |\n"
            "| 2 | UBND huyện Phú Tân | 10,2/11,0 km | Tháng 9/2027 |\n")
    found = parse_document(read_text_input(text)).tasks
    assert [([a.name for a in t.lead], str(t.deadline.date)) for t in found] == [
        (["UBND huyện Chợ Mới"], "2027-08-15"), (["UBND huyện Phú Tân"], "2027-09-30")]
    assert all(t.text.startswith("Bàn giao toàn bộ mặt bằng còn lại") for t in found)


# A notice moving time limits by a table with the old time ("Thời hạn tại TB 67") beside the new
# one ("Thời hạn điều chỉnh"): the new one is each row's time limit.
def test_the_adjusted_time_column_wins_over_the_notice_being_adjusted():
    text = (NOTICE + "3. Điều chỉnh thời hạn các nhiệm vụ khác theo bảng sau:\n\n"
            "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn tại TB 67 | Thời hạn điều chỉnh |\n|---|---|---|---|---|\n"
            "| 1 | Xây dựng kế hoạch kích cầu du lịch | Sở Văn hóa, Thể thao và Du lịch | 31/8/2027 | Trước ngày 15/10/2027 |\n")
    assert leads_and_dates(text) == [(["Sở Văn hóa, Thể thao và Du lịch"], "2027-10-15")]


# A table of "Nội dung | Thời hạn" under a heading naming its body: a row whose time is no date
# ("Thường xuyên", "Sau khi nghiệm thu") is that body's task all the same, undated.
def test_a_row_whose_time_is_no_date_is_a_task_of_the_headings_body():
    text = (NOTICE + "2. UBND phường Phú Xuân:\n\n| Nội dung | Thời hạn |\n|---|---|\n"
            "| Hoàn thành di dời 42 hộ dân trên thành quách | Quý I/2028 |\n"
            "| Xử lý các công trình xây dựng trái phép ven sông | Thường xuyên |\n")
    assert leads_and_dates(text) == [(["UBND phường Phú Xuân"], "2028-03-31"), (["UBND phường Phú Xuân"], None)]


# A lone bar opening a line (the left side of a frame a converter drew round one paragraph) is
# a stray: the numbered item after it is an item of its own.
def test_a_lone_bar_opening_an_item_is_a_stray():
    text = (NOTICE + "1. Sở Giáo dục và Đào tạo rà soát phòng học, trình UBND tỉnh trước ngày 30/8/2027.\n"
            "|    2. Sở Xây dựng hướng dẫn các địa phương áp dụng thiết kế mẫu nhà lớp học.          |\n"
            "3. Sở Tài chính bố trí kinh phí, xong trước ngày 15/9/2027.\n")
    assert leads_and_dates(text) == [(["Sở Giáo dục và Đào tạo"], "2027-08-30"), (["Sở Xây dựng"], None),
                                     (["Sở Tài chính"], "2027-09-15")]
