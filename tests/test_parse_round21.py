"""Round 21 (issue 11's twentieth round in the README): forms found misread on the invented
sets ZZZA … ZZZI, one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from parse_helpers import leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.deadlines import find_deadlines

NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 57/TB-UBND\nHà Nam, ngày 10 tháng 9 năm 2027\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về quản lý tài nguyên nước\n"
    "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n")


# "trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm": both days are yearly; the first to come is
# the deadline, unless the units would have under two weeks for it.
def test_two_yearly_days_give_the_first_one_to_come():
    got = find_deadlines("Báo cáo Bộ tình hình thực hiện trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm.",
                         date(2027, 9, 10))
    assert [(d.date, d.kind) for d in got] == [(date(2027, 12, 15), "recurring")]
    soon = find_deadlines("Các cơ quan báo cáo UBND tỉnh trước ngày 05/6 và 05/12 hàng năm.", date(2027, 12, 2))
    assert [d.date for d in soon] == [date(2028, 6, 5)]
    body = "1. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 10/6 và 10/12 hằng năm.\n"
    assert leads_by_date(NOTICE + body) == {"2027-12-10": {"Sở Tài chính"}}


# "UBND Đồng Đăng, UBND Hoàng Văn Thụ …": a committee named by its place without "xã" is the
# directory's commune of that name (Lạng Sơn); in another province's notice, as written.
def test_a_committee_named_by_its_place_alone():
    langson = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 140/TB-UBND\nLạng Sơn, ngày 29 tháng 5 năm 2026\n"
               "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh\nPhó Chủ tịch UBND tỉnh kết luận như sau:\n"
               "1. UBND Đồng Đăng, UBND Hoàng Văn Thụ rà soát các điểm kinh doanh lấn chiếm hành lang "
               "giao thông, xong trước 30/6/2026.\n")
    assert leads_by_date(langson) == {"2026-06-30": {"UBND xã Đồng Đăng", "UBND xã Hoàng Văn Thụ"}}
    body = "1. UBND Kim Bảng hoàn thành giải phóng mặt bằng trước ngày 15/10/2027.\n"
    assert leads_by_date(NOTICE + body) == {"2027-10-15": {"UBND Kim Bảng"}}


# A plan's title line, then "Thực hiện Nghị quyết …" on the next line: the opening is no part of the
# title; and the event's "- Thời gian: từ ngày 28/4/2023 …", after the plan's own day, is no meeting,
# so the time limits before it stand.
def test_a_plans_opening_and_its_event_day_are_neither_title_nor_meeting():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nSố: 96/KH-UBND\nBà Rịa - Vũng Tàu, ngày 24 tháng 3 năm 2023\n"
            "KẾ HOẠCH\nTổ chức Lễ hội Nghinh Ông năm 2023\n"
            "Thực hiện Thông báo số 211/TB-UBND ngày 10/3/2023 kết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày\n"
            "06/3/2023, UBND tỉnh ban hành Kế hoạch như sau:\n"
            "I. THỜI GIAN\n- Thời gian: từ ngày 28/4/2023 đến ngày 01/5/2023.\n"
            "II. PHÂN CÔNG\n1. Sở Văn hóa, Thể thao và Du lịch xây dựng kịch bản, trình duyệt trước ngày 10/4/2023.\n")
    n = parse_notice(plan)
    assert n.title == "Tổ chức Lễ hội Nghinh Ông năm 2023"
    assert n.meeting_date is None
    assert leads_by_date(plan) == {"2023-04-10": {"Sở Văn hóa, Thể thao và Du lịch"}}


# "- Thời gian thực hiện: trình … trước ngày 10/4/2023." under a task whose body came on the field
# line above: the task's time limit, even with the step's own words.
def test_a_time_field_with_the_steps_words_closes_its_task():
    body = ("II. PHÂN CÔNG\n1. Xây dựng kịch bản chương trình nghệ thuật\n"
            "- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n"
            "- Thời gian thực hiện: trình Trưởng Ban Tổ chức duyệt trước ngày 10/10/2027.\n"
            "2. Bảo đảm an ninh trật tự\n- Cơ quan thực hiện: Công an tỉnh.\n"
            "- Thời gian thực hiện: xây dựng phương án xong trước ngày 20/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-10-10": {"Sở Văn hóa, Thể thao và Du lịch"},
                                            "2027-10-20": {"Công an tỉnh"}}


# "Sở Tài chính đề nghị UBND các huyện: A, B …": the request ends the department's name; the
# districts listed have the task.
def test_a_departments_request_is_no_part_of_its_name():
    body = ("1. Sở Tài chính đề nghị UBND các huyện: Kim Bảng, Thanh Liêm gửi hồ sơ sắp xếp nhà, đất "
            "về Sở trước ngày 05/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-10-05": {"UBND huyện Kim Bảng", "UBND huyện Thanh Liêm"}}


# Follow-up letters: the time a task keeps or is moved to is its deadline, and the deadline after a
# cited notice's number ("… thực hiện Thông báo số 318/TB-UBND trước ngày …") is one.
@pytest.mark.parametrize("text, day", [
    ("Giữ nguyên thời hạn hoàn thành sửa chữa 12 công trình thủy lợi bị hư hỏng là ngày 15/12/2027.", date(2027, 12, 15)),
    ("Thẩm định quyết toán dự án: giữ nguyên thời hạn là ngày 30/11/2027.", date(2027, 11, 30)),
    ("Quá hạn; gia hạn đến ngày 30/11/2027", date(2027, 11, 30)),
    ("Báo cáo UBND tỉnh kết quả thực hiện Thông báo số 318/TB-UBND trước ngày 20/12/2027.", date(2027, 12, 20)),
])
def test_a_kept_or_moved_time_limit_is_the_deadline(text, day):
    assert [d.date for d in find_deadlines(text, date(2027, 9, 10))] == [day]


# … but not the present day a bracket tells ("gia hạn ngày đóng tài khoản (hiện là ngày …)").
def test_the_present_day_in_brackets_is_no_kept_time_limit():
    assert find_deadlines("Làm việc với nhà tài trợ về việc gia hạn ngày đóng tài khoản (hiện là ngày "
                          "31/12/2027).", date(2027, 9, 10)) == []


# "| Quý IV/2027 | Giữ nguyên thời hạn |": the time kept is the one of the column the table replaces.
def test_a_table_row_keeping_its_time_limit():
    body = ("1. Đồng ý điều chỉnh thời hạn các nhiệm vụ sau:\n"
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn đã giao | Thời hạn điều chỉnh |\n|---|---|---|---|---|\n"
            "| 1 | Lập quy hoạch chi tiết khu trung tâm | Sở Xây dựng | 30/9/2027 | Gia hạn đến ngày 30/11/2027 |\n"
            "| 2 | Sửa chữa kè chắn đất | Sở Nông nghiệp và Môi trường | Quý IV/2027 | Giữ nguyên thời hạn |\n")
    assert leads_by_date(NOTICE + body) == {"2027-11-30": {"Sở Xây dựng"}, "2027-12-31": {"Sở Nông nghiệp và Môi trường"}}


# A .docx heading numbered in a two-cell row ("| 2.1 | Đối với UBND phường Trà Vinh: |") is that
# heading: the bullets under it are its body's.
def test_a_heading_with_a_decimal_number_in_a_two_cell_row():
    body = ("| 2 | Nhiệm vụ cụ thể |\n| 2.1 | Đối với UBND phường Trà Vinh: |\n"
            "- Chỉnh trang khu vực chợ, xong trước ngày 10/10/2027.\n"
            "| 2.2 | Công an tỉnh |\n- Bảo đảm an toàn giao thông khu vực chợ đêm trước ngày 20/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-10-10": {"UBND phường Trà Vinh"}, "2027-10-20": {"Công an tỉnh"}}


# "- Chỉ đạo nhà thầu … theo tiến độ sau:" over a table of works ("| Hạng mục | Khối lượng còn lại |
# Thời hạn hoàn thành |"): each work is a task of the board the heading names, not of the contractor.
def test_a_table_of_works_under_a_boards_order_to_its_contractor():
    body = ("1. Đối với Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh:\n"
            "- Chỉ đạo nhà thầu tăng ca, thi công các hạng mục còn lại theo tiến độ sau:\n"
            "| Hạng mục | Khối lượng còn lại | Thời hạn hoàn thành |\n|---|---|---|\n"
            "| Đoạn kè K2+150 | 1.250 m | Trước 15/10/2027 |\n| Cống Tà Niên | 01 cống | Quý IV/2027 |\n")
    board = {"Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh"}
    assert leads_by_date(NOTICE + body) == {"2027-10-15": board, "2027-12-31": board}


# A letter's subject wrapped one header cell per line ("V/v thông báo ý kiến chỉ đạo của Phó" /
# "Chủ tịch UBND tỉnh tại cuộc họp …") is one title; a letter conveying the direction given at a
# meeting has the meeting's day.
def test_a_wrapped_subject_and_the_meeting_of_a_letter_conveying_a_direction():
    letter = ("UBND TỈNH KON TUM\nVĂN PHÒNG\nSố: 812/VP-HTKT\nV/v thông báo ý kiến chỉ đạo của Phó\n"
              "Chủ tịch UBND tỉnh tại cuộc họp về tiến độ Dự án đường trục Khu kinh tế\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKon Tum, ngày 11 tháng 3 năm 2027\n"
              "Kính gửi: Sở Xây dựng.\n"
              "Ngày 08/3/2027, tại trụ sở UBND tỉnh, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo "
              "tiến độ Dự án. Văn phòng UBND tỉnh thông báo ý kiến chỉ đạo như sau:\n"
              "1. Sở Xây dựng hoàn thành phần nền đường trong Quý II/2027.\n")
    n = parse_notice(letter)
    assert n.title == ("thông báo ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ Dự án "
                       "đường trục Khu kinh tế")
    assert n.meeting_date == date(2027, 3, 8)


# A table laid out in columns whose header glues "STT" to the task's column by one space
# ("STT Nội dung nhiệm vụ      Cơ quan chủ trì …"): the rows are read, cells wrapped in their column.
def test_a_layout_table_with_the_number_header_glued_to_the_tasks():
    table = ("PHỤ LỤC\n"
             " STT Nội dung nhiệm vụ           Cơ quan chủ trì    Cơ quan phối hợp     Thời gian hoàn   Sản phẩm\n"
             "                                                                         thành\n"
             " 1   Điều tra, khảo sát hiện     Sở Xây dựng        UBND cấp huyện       Tháng 10/2027    Báo cáo\n"
             "     trạng chất thải rắn                                                                khảo sát\n"
             " 2   Đầu tư bổ sung xe thu gom   Sở Tài chính       Công ty Cổ phần      Quý IV/2027      Xe\n"
             "     chuyên dụng                                    Môi trường\n")
    got = leads_by_date(NOTICE + "1. Các sở triển khai theo Phụ lục kèm theo.\n" + table)
    assert got["2027-10-31"] == {"Sở Xây dựng"} and got["2027-12-31"] == {"Sở Tài chính"}


# "Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II báo cáo … trước ngày …" after a table inside
# part II: the notice's part, not the table's group row "II" — each body of the part reports by
# then, and the rows keep their own time limits.
def test_a_closing_report_for_the_bodies_of_a_part_holding_a_table():
    body = ("II. NHIỆM VỤ CỤ THỂ\n"
            "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn hoàn thành |\n|---|---|---|---|\n"
            "| I | Khắc phục hậu quả | | |\n| 1 | Rà soát thiệt hại về nhà ở | Sở Xây dựng | Trước ngày 20/9/2027 |\n"
            "| II | Phục hồi sản xuất | | |\n| 2 | Bố trí kinh phí hỗ trợ | Sở Tài chính | Trước ngày 30/9/2027 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II báo cáo kết quả thực hiện về UBND tỉnh "
            "trước ngày 15/10/2027.\n")
    got = leads_by_date(NOTICE + body)
    assert got == {"2027-09-20": {"Sở Xây dựng"}, "2027-09-30": {"Sở Tài chính"},
                   "2027-10-15": {"Sở Xây dựng", "Sở Tài chính"}}


# In a department's letter, "Phòng Quản lý xây dựng thuộc Sở có trách nhiệm …": the unit of the
# department, its whole name, is the subject.
def test_a_unit_of_the_issuing_department_named_with_thuoc_so():
    letter = ("UBND TỈNH LẠNG SƠN\nSỞ XÂY DỰNG\nSố: 412/SXD-QLXD\nLạng Sơn, ngày 04 tháng 6 năm 2026\n"
              "V/v đôn đốc thực hiện nhiệm vụ\nKính gửi: UBND các xã, phường.\n"
              "1. Đề nghị UBND các xã, phường rà soát hồ sơ cấp phép xây dựng.\n"
              "2. Phòng Quản lý xây dựng thuộc Sở có trách nhiệm theo dõi, tổng hợp, tham mưu Giám đốc Sở báo cáo "
              "UBND tỉnh trước ngày 20/6/2026.\n")
    assert leads_by_date(letter)["2026-06-20"] == {"Phòng Quản lý xây dựng"}


# A department's report "Kính gửi: UBND tỉnh Lạng Sơn." proposing "Đề nghị UBND tỉnh xem xét, ban
# hành … trong tháng 7/2026": the level it reports to holds none of its tasks, its proposals are
# no dated task of anyone.
def test_a_departments_proposals_to_the_province_are_no_tasks():
    report = ("UBND TỈNH LẠNG SƠN\nSỞ CÔNG THƯƠNG\nSố: 845/BC-SCT\nLạng Sơn, ngày 10 tháng 6 năm 2026\n"
              "BÁO CÁO\nKết quả thực hiện Thông báo số 120/TB-UBND\nKính gửi: UBND tỉnh Lạng Sơn.\n"
              "1. Phòng Quản lý thương mại hoàn thành rà soát 05 chợ biên giới trước ngày 30/6/2026.\n"
              "2. Đề nghị UBND tỉnh xem xét, ban hành Kế hoạch phát triển hạ tầng thương mại trong tháng 7/2026.\n")
    assert leads_by_date(report) == {"2026-06-30": {"Phòng Quản lý thương mại"}, None: set()}


# "Các cơ quan được giao chủ trì soạn thảo … (Sở Tài chính, Sở Xây dựng) hoàn thiện …": the bodies
# the bracket names after a collective that names none are the subject.
@pytest.mark.parametrize("item, leads", [
    ("1. Các cơ quan được giao chủ trì soạn thảo dự thảo Nghị quyết (Sở Tài chính, Sở Xây dựng) hoàn thiện "
     "hồ sơ, trình UBND tỉnh trước ngày 12/10/2027.", {"Sở Tài chính", "Sở Xây dựng"}),
    ("1. Các chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng tỉnh, UBND huyện Kim Bảng) hoàn thành giải ngân "
     "trước ngày 12/10/2027.", {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND huyện Kim Bảng"}),
])
def test_the_bodies_a_bracket_names_after_a_collective(item, leads):
    assert leads_by_date(NOTICE + item + "\n") == {"2027-10-12": leads}


# "… UBND tỉnh yêu cầu hoàn thành cơ bản trước ngày 31/3/2026. Để …, Sở đề nghị UBND các xã, phường
# thực hiện một số nội dung sau:": the time limit told before the introducing sentence is not the
# list's; undated items stay undated.
def test_a_time_limit_before_the_sentence_introducing_a_list_is_not_the_lists():
    body = ("Đến nay còn 12.430 thửa đất chưa được cấp Giấy chứng nhận; UBND tỉnh yêu cầu hoàn thành cơ bản trước "
            "ngày 31/12/2027. Để kịp thời triển khai, đề nghị UBND các xã, phường thực hiện một số nội dung sau:\n"
            "1. Rà soát, lập danh sách các trường hợp đủ điều kiện, gửi về Sở trước ngày 10/10/2027.\n"
            "2. Hằng tuần báo cáo nhanh số hồ sơ đã tiếp nhận, giải quyết.\n")
    got = leads_by_date(NOTICE + body)
    assert "2027-12-31" not in got and got["2027-10-10"] == {"UBND các xã, phường"}


# "2. Nhiệm vụ của các huyện" then "UBND các huyện: Yên Châu, Sốp Cộp:" over dashes: the units the
# line lists are the dashes' leads, not the title's "các huyện".
def test_a_line_listing_units_under_a_title_leads_the_dashes_below():
    body = ("2. Nhiệm vụ của các huyện\nUBND các huyện: Yên Châu, Sốp Cộp:\n"
            "- Hoàn thành sửa chữa, dựng lại nhà ở cho các hộ bị sập trước ngày 30/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-10-30": {"UBND huyện Yên Châu", "UBND huyện Sốp Cộp"}}


# A city's district-level bodies: "quận" closes a body's name as "huyện" does.
@pytest.mark.parametrize("name", ["Ban Quản lý dự án đầu tư xây dựng quận", "Văn phòng HĐND và UBND quận"])
def test_quan_closes_a_bodys_name(name):
    assert leads_by_date(NOTICE + f"1. {name} hoàn thành hồ sơ trước ngày 10/10/2027.\n") == {"2027-10-10": {name}}


# A heading filling the page's line with the body's role in brackets ("1. Sở Nông nghiệp và Môi trường
# (cơ quan thường trực về phòng, chống thiên tai)") is no line wrapped before the dash under it.
def test_a_full_width_heading_with_the_bodys_role_in_brackets():
    body = ("\n".join(["Năm 2026 dự báo có nhiều cơn bão trên Biển Đông, tập trung từ tháng 9 đến tháng 12 năm nay,"] * 20)
            + "\nĐể chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra, Chủ tịch UBND tỉnh chỉ thị:\n"
            "1. Sở Nông nghiệp và Môi trường (cơ quan thường trực về phòng, chống thiên tai)\n"
            "- Tham mưu kiện toàn Ban Chỉ huy phòng thủ dân sự tỉnh, hoàn thành trước ngày 30/10/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-10-30"] == {"Sở Nông nghiệp và Môi trường"}


# "…; Ban Quản lý dự án đầu tư xây dựng tỉnh" / "Khẩn trương hoàn thiện …": the verb opening the next
# line ends a name its level closed (but "Công ty Điện lực thành phố Cần Thơ" keeps its place).
def test_a_verb_after_a_name_closed_by_its_level():
    body = ("5. Sở Xây dựng; Ban Quản lý dự án đầu tư xây dựng tỉnh Khẩn trương hoàn thiện thủ tục khởi công, "
            "giải ngân trước ngày 30/10/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-10-30"] == {"Sở Xây dựng", "Ban Quản lý dự án đầu tư xây dựng tỉnh"}


# A letter's bold lines each naming one body over its dashes ("**Sở Tài nguyên và Môi trường:**" …
# "**Sở Tài chính:**" …): each line leads the dashes that follow it, not the first one all of them.
def test_bold_lines_naming_a_body_each_lead_the_dashes_below():
    body = ("Chủ tịch UBND tỉnh yêu cầu:\n**Sở Tài nguyên và Môi trường:**\n"
            "- Rà soát hồ sơ tồn đọng (hoàn thành trước ngày 15/10/2027).\n- Tổng hợp kết quả, báo cáo UBND tỉnh.\n"
            "**Sở Tài chính:**\n- Hướng dẫn lập dự toán (hoàn thành trong tháng 11/2027).\n")
    assert leads_by_date(NOTICE + body) == {"2027-10-15": {"Sở Tài nguyên và Môi trường"},
                                            None: {"Sở Tài nguyên và Môi trường"},
                                            "2027-11-30": {"Sở Tài chính"}}
