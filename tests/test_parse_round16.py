"""Round 16: forms found misread on the real batch R7 and the invented sets Y and Z, one
table-driven test each on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import PRESS_OPENING, leads_and_dates
from tbkl_xl.parse import parse_notice

LETTER = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 812/UBND-KT    Quảng Ngãi, ngày 12 tháng 3 năm 2027\n"
          "V/v đẩy nhanh tiến độ giải ngân\nKính gửi: Các sở, ngành\n")

# "đơn vị thi công" is a role of its own, named as the letter names it (not "Nhà thầu"); "BQL
# DA …" and "Ban QLDA …" are short forms of "Ban Quản lý dự án …", whose name reads "công trình"
# as a noun and ends at a comma; the role in lower case after its name ("…, chủ đầu tư dự án
# đường …") says what it is, it is no second body.
ROLES_AND_BOARDS = [
    ("1. Yêu cầu đơn vị thi công bổ sung nhân lực, hoàn thành trước ngày 30/4/2027.",
     [(["Đơn vị thi công"], "2027-04-30")]),
    ("1. Các đơn vị thi công hoàn trả mặt bằng trước ngày 15/4/2027.",
     [(["Đơn vị thi công"], "2027-04-15")]),
    ("1. Nhà thầu thi công khắc phục các tồn tại trước ngày 15/4/2027.",
     [(["Nhà thầu"], "2027-04-15")]),
    ("1. BQL DA các công trình giao thông phải giải ngân 100% kế hoạch vốn trước ngày 31/12/2027.",
     [(["BQL DA các công trình giao thông"], "2027-12-31")]),
    ("1. Chậm nhất đến cuối tháng 12, BQL DA các công trình giao thông, chủ đầu tư dự án đường Dung Quất - "
     "Sa Huỳnh phải giải ngân 100% kế hoạch vốn được giao của năm 2027.",
     [(["BQL DA các công trình giao thông"], "2027-12-31")]),
    ("1. Ban QLDA đầu tư xây dựng huyện Sơn Tịnh hoàn thành quyết toán trước ngày 30/6/2027.",
     [(["Ban QLDA đầu tư xây dựng huyện Sơn Tịnh"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", ROLES_AND_BOARDS)
def test_roles_and_project_boards_are_named_as_written(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A press item's headline on a line of its own over a paragraph written on one line: a title,
# not the start of the paragraph (whose subject opens after its time phrase).
HEADLINE = ("Quảng Ngãi: Dự án đường ven biển phải giải ngân 100% vốn của năm 2027\n"
            "Chậm nhất đến cuối tháng 12, BQL DA các công trình giao thông, chủ đầu tư dự án đường ven "
            "biển Dung Quất - Sa Huỳnh phải giải ngân 100% kế hoạch vốn được tỉnh giao của năm 2027; khẩn "
            "trương phối hợp với các địa phương xây dựng các khu tái định cư.\n")


def test_a_headline_over_an_unwrapped_paragraph_is_a_title():
    n = parse_notice(PRESS_OPENING + HEADLINE)
    dated = [t for t in n.tasks if t.deadline and t.deadline.date]
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in dated] == [
        (["BQL DA các công trình giao thông"], "2027-12-31")]
    assert dated[0].text.startswith("Chậm nhất đến cuối tháng 12")



# A reminder's table with the time first given and the new one: the new time is the limit.
REMINDER_TABLE = (
    "Văn phòng UBND tỉnh đề nghị các cơ quan hoàn thành các nhiệm vụ quá hạn theo bảng dưới đây:\n\n"
    "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn đã giao | Thời hạn mới |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Tham mưu Đề án sắp xếp các đơn vị sự nghiệp | Sở Nội vụ | 28/02/2027 | Trước ngày 20/4/2027 |\n"
    "| 2 | Đề xuất điều chỉnh quy hoạch chung Khu kinh tế | Sở Xây dựng | Quý I/2027 | Tháng 5/2027 |\n")


@pytest.mark.parametrize("header", ["| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn đã giao | Thời hạn mới |",
                                    "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn mới | Thời hạn ban đầu |"])
def test_a_reminder_table_takes_the_new_time(header):
    table = REMINDER_TABLE.replace("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn đã giao | Thời hạn mới |", header)
    if "ban đầu" in header:         # the columns swapped: the rows' cells too
        table = table.replace("| 28/02/2027 | Trước ngày 20/4/2027 |", "| Trước ngày 20/4/2027 | 28/02/2027 |")
        table = table.replace("| Quý I/2027 | Tháng 5/2027 |", "| Tháng 5/2027 | Quý I/2027 |")
    assert leads_and_dates(LETTER + table) == [(["Sở Nội vụ"], "2027-04-20"), (["Sở Xây dựng"], "2027-05-31")]


# A standing report of a group named by its kinds ("Các cơ quan, đơn vị báo cáo … trước ngày 20
# hằng tháng") is one task of the group; a dated one is still one task per body addressed.
STANDING_REPORT = ("Kính gửi: Sở Công Thương; Sở Xây dựng; UBND các xã, phường.\n"
                   "1. Sở Công Thương kiểm tra các chợ trước ngày 30/4/2027.\n"
                   "2. Sở Xây dựng kiểm tra các công trình trước ngày 30/4/2027.\n")


def test_a_standing_report_of_a_group_is_one_task():
    body = STANDING_REPORT + "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Công Thương trước ngày 20 hằng tháng.\n"
    found = leads_and_dates(LETTER.replace("Kính gửi: Các sở, ngành\n", "") + body)
    assert found[-1] == (["Các cơ quan, đơn vị"], "2027-03-20")
    assert len([f for f in found if f[1] == "2027-03-20"]) == 1


def test_a_dated_report_of_a_group_is_one_task_per_body():
    body = STANDING_REPORT + "Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/5/2027.\n"
    found = leads_and_dates(LETTER.replace("Kính gửi: Các sở, ngành\n", "") + body)
    assert len([f for f in found if f[1] == "2027-05-15"]) >= 2


# "phấn đấu đến hết năm 2027 100% thôn … có mô hình": the whole of something to reach, a target.
def test_a_whole_to_reach_after_striving_is_a_target():
    body = ("1. UBND các xã, phường kiện toàn lực lượng dân phòng; hoàn thành trong Quý II/2027, phấn đấu đến "
            "hết năm 2027 100% thôn, tổ dân phố có mô hình.")
    assert leads_and_dates(LETTER + body) == [(["UBND các xã, phường"], "2027-06-30")]


# "Ủy ban nhân dân các tỉnh, thành phố: Hải Phòng, Bắc Ninh, Hưng Yên": one committee each, a
# centrally-run city's as "UBND thành phố …"; "Các Bộ, địa phương nêu trên" then means the
# ministries and the provinces the items named.
CENTRAL_NOTICE = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 88/TB-VPCP    Hà Nội, ngày 19 tháng 3 năm 2027\nTHÔNG BÁO\n"
                  "Kết luận của Phó Thủ tướng\n"
                  "1. Bộ Giao thông vận tải rà soát quy hoạch cảng cạn, trình Thủ tướng trong tháng 6/2027.\n"
                  "2. Bộ Tài chính hướng dẫn thủ tục hải quan trong Quý III/2027.\n"
                  "3. Ủy ban nhân dân các tỉnh, thành phố: Hải Phòng, Bắc Ninh, Hưng Yên bố trí quỹ đất cho "
                  "các cảng cạn trong Quý III năm 2027.\n")


def test_provinces_and_cities_listed_after_a_colon():
    found = leads_and_dates(CENTRAL_NOTICE)
    assert [f for f in found if f[1] == "2027-09-30" and "Bộ Tài chính" not in f[0]] == [
        (["UBND thành phố Hải Phòng"], "2027-09-30"), (["UBND tỉnh Bắc Ninh"], "2027-09-30"),
        (["UBND tỉnh Hưng Yên"], "2027-09-30")]


def test_ministries_and_localities_named_before():
    body = CENTRAL_NOTICE + "4. Các Bộ, địa phương nêu trên báo cáo kết quả về Bộ Giao thông vận tải trước ngày 10/12/2027.\n"
    found = leads_and_dates(body)
    # (Bộ Giao thông vận tải, which the reports go to, receives them: issue 11's eighteenth round)
    assert sorted(f[0][0] for f in found if f[1] == "2027-12-10") == sorted([
        "Bộ Tài chính", "UBND thành phố Hải Phòng", "UBND tỉnh Bắc Ninh", "UBND tỉnh Hưng Yên"])


def test_the_centrally_run_cities_are_marked_in_the_province_data():
    from tbkl_xl.parse.agencies import _key, centrally_run_cities, provinces
    cities = centrally_run_cities()
    assert {_key(n) for n in ("Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Hồ Chí Minh")} <= cities
    assert cities <= {_key(p) for p in provinces()} and _key("Bắc Ninh") not in cities


# A plan's closing line to "the units given the lead of the tasks in Mục II" is one task per lead
# of that part's table; a unit's name whose last field is a head word ("Trung tâm Tin học và
# Thống kê") or whose nouns of names run to its end ("Cục Quản lý xây dựng công trình") is whole.
MINISTRY_PLAN = (
    "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 385/KH-BNN    Hà Nội, ngày 05 tháng 6 năm 2027\nKẾ HOẠCH\n"
    "Triển khai Chỉ thị về an toàn đập\n\nI. NHIỆM VỤ CỤ THỂ\n\n"
    "| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
    "| 1 | Xây dựng cơ sở dữ liệu về đập | Trung tâm Tin học và Thống kê | Tổng cục Thủy lợi | Năm 2028 |\n"
    "| 2 | Hướng dẫn quy trình vận hành hồ chứa | Cục Quản lý xây dựng công trình | Vụ Khoa học, Công nghệ và Môi trường | Tháng 9/2027 |\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Thủ trưởng các đơn vị được giao chủ trì nhiệm vụ tại Mục I gửi báo cáo kết quả về Tổng cục Thủy lợi "
    "trước ngày 30/11/2027.\n")


def test_the_leads_of_a_cited_part_and_whole_unit_names():
    assert leads_and_dates(MINISTRY_PLAN) == [
        (["Trung tâm Tin học và Thống kê"], "2028-12-31"), (["Cục Quản lý xây dựng công trình"], "2027-09-30"),
        (["Trung tâm Tin học và Thống kê"], "2027-11-30"), (["Cục Quản lý xây dựng công trình"], "2027-11-30")]


def test_the_last_province_of_a_list_named_with_its_type():
    body = CENTRAL_NOTICE.split("1. ")[0] + (
        "1. Ủy ban nhân dân các tỉnh: An Giang, Đồng Tháp và thành phố Cần Thơ di dời các hộ dân ra khỏi vùng "
        "sạt lở trước ngày 15/8/2027.\n")
    assert leads_and_dates(body) == [(["UBND tỉnh An Giang"], "2027-08-15"), (["UBND tỉnh Đồng Tháp"], "2027-08-15"),
                                     (["UBND thành phố Cần Thơ"], "2027-08-15")]


# The next step of the same work after "và" ("… trình UBND tỉnh trước 31/3 và trình Ban Thường vụ
# Tỉnh ủy trong tháng 6/2027") is a dated task that keeps the work's words.
def test_the_next_step_after_and_keeps_the_works_words():
    n = parse_notice(LETTER + "1. Sở Nông nghiệp và Môi trường xây dựng Đề án phòng, chống sạt lở bờ sông; trình UBND "
                     "tỉnh lấy ý kiến trước 31/3 và trình Ban Thường vụ Tỉnh ủy trong tháng 6/2027.")
    dated = [(t.deadline.date.isoformat(), t.text) for t in n.tasks if t.deadline and t.deadline.date]
    assert [d for d, _ in dated] == ["2027-03-31", "2027-06-30"]
    assert all("Đề án phòng, chống sạt lở bờ sông" in text for _, text in dated)


# A body that makes its own contractor act ("Ban Quản lý dự án … yêu cầu nhà thầu huy động …",
# or "- Yêu cầu đơn vị thi công …" under the board's heading) leads the task; the issuer's own
# "Yêu cầu đơn vị thi công …" stays the contractor's (ROLES_AND_BOARDS above).
CONTRACTOR = [
    ("1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh yêu cầu nhà thầu huy động tối đa "
     "máy móc, bảo đảm thông xe kỹ thuật trong Quý II/2027.",
     [(["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"], "2027-06-30")]),
    ("1. Ban Quản lý dự án đầu tư xây dựng huyện Sơn Tịnh (chủ đầu tư):\n"
     "- Yêu cầu đơn vị thi công bổ sung nhân lực, máy móc; hoàn thành hạ tầng trước ngày 30/9/2027.\n",
     [(["Ban Quản lý dự án đầu tư xây dựng huyện Sơn Tịnh"], "2027-09-30")]),
]


@pytest.mark.parametrize("body, expected", CONTRACTOR)
def test_a_body_making_its_contractor_act_leads(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A press item's headline over its "(QTO) - …" lead paragraph is a title, not a task of its own.
PRESS_ITEM = ("BÁO QUẢNG TRỊ ĐIỆN TỬ\nTrang chủ | Chính trị | Kinh tế | Xã hội\nKinh tế > Đầu tư - Xây dựng\n"
              "Thứ Sáu, 16/01/2027 - 15:40\n"
              "Chủ tịch UBND tỉnh yêu cầu xã Lệ Thủy bàn giao mặt bằng đường ven biển trước ngày 28/2\n"
              "(QTO) - Văn phòng UBND tỉnh vừa có Thông báo số 18/TB-VP ngày 15/01/2027 truyền đạt kết luận của Chủ\n"
              "tịch UBND tỉnh. Theo đó, Chủ tịch UBND tỉnh giao UBND xã Lệ Thủy hoàn thành bàn giao toàn bộ mặt bằng\n"
              "trước ngày 28/02/2027.\n")


def test_a_press_headline_over_its_lead_paragraph_is_a_title():
    n = parse_notice(PRESS_ITEM)
    dated = [t for t in n.tasks if t.deadline and t.deadline.date]
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in dated] == [(["UBND xã Lệ Thủy"], "2027-02-28")]
    assert "bàn giao toàn bộ mặt bằng" in dated[0].text


# A period opening a clause and a duty to finish right after it ("…; trong tháng 12/2027 phải
# hoàn thành phần móng") is a time limit; a period opening a description is none.
OPENING_DUTY = [
    ("1. Sở Xây dựng kiểm tra chất lượng; trong tháng 12/2027 phải hoàn thành phần móng.", [(["Sở Xây dựng"], "2027-12-31")]),
    ("1. Sở Xây dựng kiểm tra chất lượng; trong tháng 12/2027 hoàn thành phần móng.", [(["Sở Xây dựng"], "2027-12-31")]),
    ("1. Sở Xây dựng kiểm tra chất lượng. Trong quý II/2027 tình hình có nhiều chuyển biến.", [(["Sở Xây dựng"], None)]),
]


@pytest.mark.parametrize("body, expected", OPENING_DUTY)
def test_a_duty_right_after_an_opening_period(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A table row without number whose single cell ends the words one cell above left hanging
# ("Phòng Quản lý công nghệ và" / "| | Đổi mới sáng tạo | | |"), whatever column holds it.
def test_a_hanging_cell_is_continued_by_the_row_below():
    table = ("| STT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n|---|---|---|---|---|\n"
             "| 1 | Tập huấn kỹ năng số cho cán bộ cấp xã | Phòng Quản lý công nghệ và | Trường Chính trị tỉnh | Tháng 6/2027 |\n"
             "| | Đổi mới sáng tạo | | | |\n"
             "| 2 | Khảo sát hạ tầng công nghệ thông tin | Phòng Chuyển đổi số | UBND các xã | Tháng 5/2027 |\n")
    assert leads_and_dates(LETTER + table) == [(["Phòng Quản lý công nghệ và Đổi mới sáng tạo"], "2027-06-30"),
                                               (["Phòng Chuyển đổi số"], "2027-05-31")]


# An OCR fix that is Vietnamese in lower case ("lập hồ sơ xây dựng khu tái định cư") applies only
# where its first letter is a capital ("Sơ Xây dựng" for "Sở Xây dựng").
def test_an_ocr_fix_that_is_vietnamese_in_lower_case_needs_a_capital():
    from tbkl_xl.parse.clean import fix_ocr
    assert fix_ocr("lập hồ sơ xây dựng khu tái định cư; giao Sơ Xây dựng chủ trì") == \
        "lập hồ sơ xây dựng khu tái định cư; giao Sở Xây dựng chủ trì"


# A web page's stamp with the time first ("Cập nhật lúc 17:22, Thứ Năm, 19/07/2027 (GMT+7)") and its
# "Tin cùng chuyên mục:" line are paragraphs of their own: the related headlines listed after the
# article never turn the article's paragraphs into a preamble.
WEB_PAGE = ("BÁO SÓC TRĂNG ĐIỆN TỬ\nTrang chủ / Kinh tế / Giao thông\nCập nhật lúc 17:22, Thứ Năm, 19/07/2027 (GMT+7)\n"
            "Sóc Trăng - Bạc Liêu thống nhất đẩy nhanh tuyến đường liên tỉnh\n"
            "(STO) - Chiều 18/7, lãnh đạo UBND hai tỉnh đã có buổi làm việc về tiến độ dự án.\n"
            "Kết luận buổi làm việc, Phó Chủ tịch UBND tỉnh Sóc Trăng thống nhất: Sở Giao thông vận tải tỉnh Sóc Trăng "
            "hoàn chỉnh hồ sơ điều chỉnh thiết kế, trình UBND hai tỉnh trước ngày 15/8/2027.\n"
            "                                                 Hoàng Lan\n"
            "Tin cùng chuyên mục:\n"
            "- Thông xe cầu Mỹ Thanh 2 trên Quốc lộ Nam Sông Hậu (16/07/2027)\n"
            "- Ngã Năm: Hoàn thành 12 cầu nông thôn trước ngày 30/9/2027 (12/07/2027)\n")


def test_a_web_pages_related_headlines_leave_the_article_whole():
    assert leads_and_dates(WEB_PAGE) == [(["Sở Giao thông vận tải tỉnh Sóc Trăng"], "2027-08-15")]


# Lists after a colon: "UBND các huyện ven biển: A, B" (a qualifier before the colon), "Trung tâm Y
# tế các huyện: A, B" and "Các huyện ủy: A, B" (the body of each unit listed).
LISTED_UNITS = [
    ("1. UBND các huyện ven biển: Núi Thành, Thăng Bình và UBND thành phố Hội An sơ tán dân trước 17 giờ ngày 27/3/2027.",
     [(["UBND huyện Núi Thành"], "2027-03-27"), (["UBND huyện Thăng Bình"], "2027-03-27"), (["UBND thành phố Hội An"], "2027-03-27")]),
    ("1. Trung tâm Y tế các huyện: Trần Văn Thời, U Minh xử lý triệt để các ổ dịch trước ngày 12/4/2027.",
     [(["Trung tâm Y tế huyện Trần Văn Thời"], "2027-04-12"), (["Trung tâm Y tế huyện U Minh"], "2027-04-12")]),
    ("1. Các huyện ủy: Văn Yên, Trấn Yên xây dựng kế hoạch cụ thể trước ngày 15/4/2027.",
     [(["Huyện ủy Văn Yên"], "2027-04-15"), (["Huyện ủy Trấn Yên"], "2027-04-15")]),
]


@pytest.mark.parametrize("body, expected", LISTED_UNITS)
def test_bodies_of_units_listed_after_a_colon(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# A bank's branch in a province is one body, named with its place ("Ngân hàng Nhà nước - Chi nhánh
# tỉnh Kon Tum", "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Điện Biên").
@pytest.mark.parametrize("name", ["Ngân hàng Nhà nước - Chi nhánh tỉnh Kon Tum",
                                  "Ngân hàng Chính sách xã hội Chi nhánh tỉnh Điện Biên"])
def test_a_banks_branch_in_a_province_is_one_body(name):
    assert leads_and_dates(LETTER + f"1. Đề nghị {name} cung cấp số liệu giải ngân trước ngày 19/4/2027.") == [
        ([name], "2027-04-19")]


# "phấn đấu đến <time> …" sets a target by its time; "phấn đấu <verb> … trước ngày …" keeps its limit.
STRIVING = [
    ("1. UBND các huyện tập trung giải ngân vốn đầu tư công, phấn đấu đến ngày 31/01/2028 giải ngân đạt 100% kế hoạch vốn.",
     [(["UBND các huyện"], None)]),
    ("1. Sở Xây dựng phấn đấu giải ngân hết kế hoạch vốn năm 2027 trước ngày 31/01/2028.", [(["Sở Xây dựng"], "2028-01-31")]),
]


@pytest.mark.parametrize("body, expected", STRIVING)
def test_striving_until_a_time_is_a_target(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# "… bảo đảm thời hạn nêu tại trích yếu văn bản này": the time limit of the letter's subject line,
# marked for review as inferred.
def test_the_time_limit_given_in_the_subject_line():
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 1408/UBND-NL1    Hà Tĩnh, ngày 11 tháng 3 năm 2027\n"
            "V/v hoàn thành hồ sơ bồi thường các dự án ven biển trước ngày 29/3/2027\n"
            "Kính gửi: UBND huyện Kỳ Anh\n"
            "1. UBND huyện Kỳ Anh tập trung lập phương án bồi thường các dự án còn lại, bảo đảm thời hạn nêu tại "
            "trích yếu văn bản này.\n")
    n = parse_notice(text)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [(["UBND huyện Kỳ Anh"], "2027-03-29")]
    assert any("trích yếu" in r for r in n.tasks[0].needs_review)


# Under a body's heading, a table by place ("| TT | Địa phương | … | Thời hạn bàn giao mặt bằng |") gives
# the body a task for each place with the row's time; "Yêu cầu nhà thầu Liên danh Công ty …" under a
# board's heading is the board's; "Các Sở: A, B theo chức năng tăng cường …" is their task.
def test_a_table_by_place_and_a_contractor_named_by_its_firms():
    body = ("1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh (chủ đầu tư):\n"
            "- Yêu cầu nhà thầu Liên danh Công ty CP Xây dựng Hoàng Long - Công ty TNHH Minh Phát tăng cường "
            "nhân lực; hoàn thành nền đường trước ngày 30/9/2027.\n"
            "2. UBND huyện Lục Nam hoàn thành giải phóng mặt bằng theo tiến độ sau:\n\n"
            "| TT | Địa phương | Khối lượng còn vướng | Thời hạn bàn giao mặt bằng |\n|---|---|---|---|\n"
            "| 1 | Xã Nghĩa Phương | 12 hộ | Trước 31/8/2027 |\n| 2 | Xã Huyền Sơn | 04 hộ | 15/9 |\n\n"
            "3. Các Sở: Giao thông vận tải, Tài chính theo chức năng tăng cường kiểm tra chất lượng công trình.\n")
    assert leads_and_dates(LETTER + body) == [
        (["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"], "2027-09-30"),
        (["UBND huyện Lục Nam"], "2027-08-31"), (["UBND huyện Lục Nam"], "2027-09-15"),
        (["Sở Giao thông vận tải", "Sở Tài chính"], None)]


def test_a_completion_after_a_comma_keeps_the_works_words():
    n = parse_notice(LETTER + "1. Sở Giao thông vận tải sửa chữa, khắc phục sạt lở trên các tuyến đường tỉnh; thông xe "
                     "tạm thời trước ngày 28/4/2027, hoàn thành sửa chữa trước 31/12.")
    dated = [(t.deadline.date.isoformat(), t.text) for t in n.tasks if t.deadline and t.deadline.date]
    assert [d for d, _ in dated] == ["2027-04-28", "2027-12-31"]
    assert "khắc phục sạt lở" in dated[1][1] and dated[1][1].endswith("28/4/2027, hoàn thành sửa chữa trước 31/12.")


# "Giao Ban X chủ trì …; yêu cầu chủ đầu tư hạ tầng KCN (Công ty …) giải quyết … trong tháng …": the
# body given the task makes its investor act; a unit named in an aside after a subject
# ("Công an tỉnh (Phòng Cảnh sát … về môi trường) phối hợp kiểm tra …") leaves the subject whole.
def test_a_body_making_its_investor_act_and_an_aside_after_a_subject():
    body = ("1. Giao Ban Quản lý các khu công nghiệp tỉnh chủ trì kiểm tra năng lực tiếp nhận của nhà máy xử lý "
            "nước thải; yêu cầu chủ đầu tư hạ tầng KCN (Công ty CP Phát triển hạ tầng Mai Trung) giải quyết dứt "
            "điểm hồ sơ đấu nối trong tháng 5/2027.\n"
            "2. UBND huyện Bàu Bàng, Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi trường) phối hợp "
            "kiểm tra, giám sát việc xả thải tại khu vực.\n")
    found = leads_and_dates(LETTER + body)
    assert (["Ban Quản lý các khu công nghiệp tỉnh"], "2027-05-31") in found
    # (the police's division in brackets read by its whole name since round 48, a lead beside it as any division in
    # brackets after its body is: "Công an tỉnh (Phòng Cảnh sát kinh tế)")
    assert (["UBND huyện Bàu Bàng", "Công an tỉnh", "Phòng Cảnh sát phòng, chống tội phạm về môi trường"], None) in found
    assert not any("Chủ đầu tư" in leads for leads, _ in found)


# "tổng kết", "sơ kết" are a subject's verbs: an elided name ends before them ("Các Sở: Y tế, Lao
# động - Thương binh và Xã hội tổng kết việc …").
def test_summing_up_is_a_subjects_verb():
    body = "1. Các Sở: Y tế, Lao động - Thương binh và Xã hội tổng kết việc thực hiện chính sách trước ngày 25/11/2027."
    found = leads_and_dates(PRESS_OPENING + body)
    assert [leads for leads, _ in found] == [["Sở Y tế"], ["Sở Lao động - Thương binh và Xã hội"]]


# A time cell whose two steps a reader glued ("- Trình phương án: 15/5/2027- Diễn tập: trước ngày
# 01/6/2027") gives the row's task for each step.
def test_glued_steps_of_a_time_cell():
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| 1 | Xây dựng phương án bảo đảm an ninh, trật tự | Công an tỉnh | Sở Xây dựng | "
             "- Trình phương án: 15/5/2027- Diễn tập: trước ngày 01/6/2027 |\n")
    assert leads_and_dates(LETTER + table) == [(["Công an tỉnh"], "2027-05-15"), (["Công an tỉnh"], "2027-06-01")]


# "Thực hiện Công văn số … của UBND tỉnh …, trong đó UBND tỉnh giao Sở Y tế báo cáo … trước ngày …":
# what the cited document orders, no task of this letter.
def test_an_order_of_a_cited_document_is_no_task():
    body = ("Thực hiện Công văn số 2154/UBND-VX ngày 02/3/2027 của UBND tỉnh về việc phòng, chống dịch, trong đó "
            "UBND tỉnh giao Sở Y tế báo cáo kết quả trước ngày 30/4/2027. Giám đốc Sở Y tế yêu cầu:\n"
            "1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức chiến dịch diệt lăng quăng trước ngày 20/4/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Trung tâm Kiểm soát bệnh tật tỉnh"], "2027-04-20")]


# "…; đề nghị ông Bảy bàn giao mặt bằng trước ngày …": a citizen's time, no body's; a body's own work
# with the people ("vận động người dân … trước …") keeps its limit.
CITIZEN = [
    ("1. Chủ tịch UBND tỉnh giao UBND xã Gò Dầu kiểm tra, trả lời ông Bảy bằng văn bản; đề nghị ông Bảy bàn giao "
     "mặt bằng trước ngày 31/5/2027.", [(["UBND xã Gò Dầu"], None)]),
    ("1. UBND xã Gò Dầu vận động người dân bàn giao mặt bằng trước ngày 31/5/2027.", [(["UBND xã Gò Dầu"], "2027-05-31")]),
]


@pytest.mark.parametrize("body, expected", CITIZEN)
def test_a_citizens_time_is_no_bodys(body, expected):
    assert leads_and_dates(LETTER + body) == expected


# "trước ngày 25 tháng này", "trước ngày 10 tháng tới": a day of the letter's month or of the next,
# marked as inferred.
DAY_OF_THIS_MONTH = [
    ("1. UBND huyện Chợ Mới lập hồ sơ đề nghị hỗ trợ, gửi Sở Tài chính trước ngày 25 tháng này.", "2027-03-25"),
    ("1. UBND huyện Chợ Mới lập hồ sơ đề nghị hỗ trợ, gửi Sở Tài chính trước ngày 10 tháng tới.", "2027-04-10"),
]


@pytest.mark.parametrize("body, expected", DAY_OF_THIS_MONTH)
def test_a_day_of_this_month_or_the_next(body, expected):
    assert leads_and_dates(LETTER + body) == [(["UBND huyện Chợ Mới"], expected)]


# A task table as pdftotext writes it without layout: the header on one line, then each row one
# cell a line, cells wrapped over lines (in lower case or in capitals), group rows in capitals, a
# time cut after "Trước ngày".
PDF_TABLE = ("II. NHIỆM VỤ CỤ THỂ\n"
             "STT Nội dung Cơ quan chủ trì Cơ quan phối hợp Thời gian\n"
             "I. NHIỆM VỤ CHUNG\n1\nBan hành Bộ tiêu chí an toàn phòng, chống dịch\n"
             "COVID-19 đối với cơ sở lưu trú, điểm du lịch\nSở Du lịch\nSở Y tế\nTrước ngày\n05/4/2027\n"
             "II. NHIỆM VỤ RIÊNG\n2\nTiêm vắc xin cho người lao động tại các cơ sở lưu trú,\nkhu, điểm du lịch\n"
             "Sở Y tế\nUBND thành phố Quy Nhơn, thị xã\nAn Nhơn, các huyện: Phù Cát, Tuy\nPhước\nTrước 30/4/2027\n"
             "III. TỔ CHỨC THỰC HIỆN\n1. Sở Du lịch theo dõi, hướng dẫn thực hiện Kế hoạch.\n")


def test_a_pdf_table_one_cell_a_line_with_its_header_on_one_line():
    assert leads_and_dates(LETTER + PDF_TABLE) == [
        (["Sở Du lịch"], "2027-04-05"), (["Sở Y tế"], "2027-04-30"), (["Sở Du lịch"], None)]


# Rows of a "|" table whose cells a converter broke over lines are joined back, each into one row.
def test_pipe_rows_broken_over_lines():
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
             "| 1 | Phân bổ chi tiết kế hoạch vốn sự nghiệp năm 2027 cho\n"
             "các dự án thành phần | Sở Kế hoạch và Đầu\ntư | Sở Nội vụ | Trước 31/7/2027 |\n"
             "| 2 | Rà soát hộ nghèo năm 2027 | Sở Nội vụ | UBND các huyện | Từ ngày 01/9 đến\nngày 15/12/2027 |\n")
    assert leads_and_dates(LETTER + table) == [(["Sở Kế hoạch và Đầu tư"], "2027-07-31"), (["Sở Nội vụ"], "2027-12-15")]


# A task table laid out in columns (pdftotext -layout): a header line whose cells stand apart, rows
# whose cells start under them and wrap within their column, group rows, a page number.
LAYOUT_TABLE = (
    "II. NHIỆM VỤ CỤ THỂ\n"
    " STT   Nội dung                    Đơn vị chủ trì        Đơn vị phối hợp       Thời gian          Ghi chú\n"
    " I     NHIỆM VỤ CHUNG\n"
    " 1     Kiện toàn Ban Chỉ huy       UBND các huyện,       Chi cục Kiểm lâm      Trước\n"
    "       phòng cháy, chữa cháy       thành phố                                   30/4/2027\n"
    "       rừng các cấp\n"
    " 2     Diễn tập chữa cháy rừng     Sở Nông nghiệp và     Công an tỉnh          Quý II/2027        Dự kiến tại xã\n"
    "       cấp tỉnh                    Môi trường                                                     Phúc Thọ\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "      1. Sở Tài chính bố trí kinh phí trong tháng 5/2027.\n")


def test_a_table_laid_out_in_columns():
    assert leads_and_dates(LETTER + LAYOUT_TABLE) == [
        (["UBND các huyện, thành phố"], "2027-04-30"), (["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
        (["Sở Tài chính"], "2027-05-31")]


def test_a_layout_row_opening_with_its_number_is_no_page_foot_note():
    text = (LETTER + "Thực hiện Luật Đất đai năm 20241, UBND tỉnh ban hành Kế hoạch:\n" + LAYOUT_TABLE.split("III.")[0]
            + "                                                                                          1\n"
            "_________________________\n1 Luật số 31/2024/QH15, có hiệu lực thi hành từ ngày 01/01/2025.\n"
            "III. TỔ CHỨC THỰC HIỆN\n      1. Sở Tài chính bố trí kinh phí trong tháng 5/2027.\n")
    assert leads_and_dates(text) == [
        (["UBND các huyện, thành phố"], "2027-04-30"), (["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
        (["Sở Tài chính"], "2027-05-31")]


def test_a_layout_header_wrapped_onto_a_second_line():
    table = ("   TT   Nhiệm vụ                        Cơ quan chủ    Cơ quan phối    Thời gian\n"
             "                                        trì            hợp\n"
             "   1    Xây dựng cơ sở dữ liệu vùng     Sở Nông        Sở Khoa học     Quý I/2027\n"
             "        trồng cà phê                    nghiệp và      và Công nghệ\n"
             "                                        Môi trường\n"
             "   2    Xúc tiến thương mại sầu riêng   Sở Công        Sở Nông         Tháng\n"
             "        tại thị trường Trung Quốc       Thương         nghiệp và       5/2027\n"
             "   3. Hạ tầng logistics\n")
    assert leads_and_dates(LETTER + table) == [(["Sở Nông nghiệp và Môi trường"], "2027-03-31"),
                                               (["Sở Công Thương"], "2027-05-31")]


# "Các sở, ban, ngành: Xây dựng, ban hành kế hoạch …": verbs after the colon, no list of departments.
def test_verbs_after_a_collectives_colon_are_no_list():
    body = "1. Các sở, ban, ngành: Xây dựng, ban hành kế hoạch cải cách hành chính năm 2027 trước ngày 10/4/2027."
    assert leads_and_dates(LETTER + body) == [(["Các sở, ban, ngành"], "2027-04-10")]


# "Giao X thụ lý, giải quyết đơn …; thông báo … trong thời hạn 30 ngày kể từ ngày thụ lý. Báo cáo kết
# quả giải quyết về UBND tỉnh (qua Thanh tra tỉnh) trước ngày …": the report's time closes the task.
def test_a_report_sentence_closes_the_task_before_it():
    body = ("1. Giao Chủ tịch UBND huyện Hòa An thụ lý, giải quyết đơn của bà Nông Thị Hoa; thông báo kết quả cho "
            "công dân trong thời hạn 30 ngày kể từ ngày thụ lý. Báo cáo kết quả giải quyết về UBND tỉnh (qua Thanh "
            "tra tỉnh) trước ngày 15/4/2027.\n")
    n = parse_notice(LETTER + body)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline.date else None) for t in n.tasks] == [
        (["UBND huyện Hòa An"], "2027-04-15")]
    assert "giải quyết đơn của bà Nông" in n.tasks[0].text


def test_the_urban_districts_of_a_city_are_a_collective():
    t = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
         "| 1 | Công khai quy hoạch | Sở Tài nguyên và Môi trường; UBND các quận, huyện | Sở Xây dựng | Quý II/2027 |\n")
    assert leads_and_dates(LETTER + t) == [(["Sở Tài nguyên và Môi trường"], "2027-06-30"),
                                           (["UBND các quận, huyện"], "2027-06-30")]
