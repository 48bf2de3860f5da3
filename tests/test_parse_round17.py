"""Round 17 (issue 11's sixteenth round in the README): forms found misread on the invented sets
ZC … ZP, one table-driven test each on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

FLOOD_LETTER = (
    "UBND TỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 905/VP-NL    Hà Tĩnh, ngày 03 tháng 11 năm 2027\n"
    "Kính gửi:\n- Sở Xây dựng;\n- Sở Y tế;\n- UBND các xã: Kỳ Anh, Cẩm Xuyên.\n\n"
    "Chủ tịch UBND tỉnh có ý kiến như sau:\n"
    "1. UBND các xã: Kỳ Anh, Cẩm Xuyên khẩn trương di dời các hộ dân ra khỏi vùng sạt lở.\n"
    "2. Sở Xây dựng kiểm tra an toàn các công trình công cộng, xong trước ngày 10/11/2027.\n"
    "3. Sở Y tế bảo đảm thuốc men cho các xã bị chia cắt.\n")

# A "nêu trên" after the last collective of a list closes the whole list: "các sở, ngành" before
# it means the departments named before, not every department.
SHARED_TAIL = [
    ("Yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND các xã nêu trên báo cáo kết quả về Văn phòng "
     "UBND tỉnh trước 10 giờ ngày 08/11/2027.",
     {"Sở Xây dựng", "Sở Y tế", "UBND xã Kỳ Anh", "UBND xã Cẩm Xuyên"}),
    ("Yêu cầu các sở, ngành và UBND các xã nêu trên báo cáo kết quả trước ngày 08/11/2027.",
     {"Sở Xây dựng", "Sở Y tế", "UBND xã Kỳ Anh", "UBND xã Cẩm Xuyên"}),
    ("Yêu cầu UBND các xã nêu trên báo cáo kết quả trước ngày 08/11/2027.",
     {"UBND xã Kỳ Anh", "UBND xã Cẩm Xuyên"}),
]


@pytest.mark.parametrize("closing, expected", SHARED_TAIL)
def test_a_named_before_tail_closes_the_whole_list(closing, expected):
    found = leads_and_dates(FLOOD_LETTER + closing)
    closing_leads = {lead for leads, d in found if d == "2027-11-08" for lead in leads}
    assert closing_leads == expected


PLAN = "UBND TỈNH NINH BÌNH\nSố: 12/KH-UBND    Ninh Bình, ngày 18 tháng 9 năm 2027\nKẾ HOẠCH\nXử lý trụ sở dôi dư\n"

# A noun that makes a period a description ("kết quả", "số liệu") gives way when a report verb
# follows it: the result is what is reported, the period is when.
REPORTED_RESULT = [
    ("3. Thanh tra tỉnh kiểm tra việc sử dụng trụ sở; kết quả báo cáo UBND tỉnh trong Quý I năm 2028.",
     "2028-03-31"),
    ("3. Thanh tra tỉnh kiểm tra việc sử dụng trụ sở; số liệu gửi Sở Tài chính trong tháng 12/2027.",
     "2027-12-31"),
    ("3. Thanh tra tỉnh kiểm tra việc sử dụng trụ sở theo kết quả đạt được trong Quý I năm 2028.", None),
]


@pytest.mark.parametrize("body, date", REPORTED_RESULT)
def test_a_result_reported_within_a_period_is_due_then(body, date):
    assert leads_and_dates(PLAN + body) == [(["Thanh tra tỉnh"], date)]


# A day joined to the one a cue stands before ("trước ngày 15 tháng 6 và ngày 15 tháng 12 năm
# 2028") is a second time limit of the same task, which keeps the task's words; the days of a
# recurring report ("định kỳ 6 tháng (trước ngày 20/6 và ngày 20/12)", "… hằng năm") add none.
JOINED_DAYS = [
    ("1. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 6 và ngày 15 tháng 12 năm 2028.",
     [(["Sở Tài chính"], "2028-06-15"), (["Sở Tài chính"], "2028-12-15")]),
    ("1. Sở Tài chính báo cáo trước ngày 15/3/2028, ngày 15/6/2028 và ngày 15/9/2028.",
     [(["Sở Tài chính"], "2028-03-15"), (["Sở Tài chính"], "2028-06-15"), (["Sở Tài chính"], "2028-09-15")]),
    ("1. Sở Tài chính định kỳ 6 tháng (trước ngày 20/6 và ngày 20/12) tổng hợp, báo cáo UBND tỉnh.",
     [(["Sở Tài chính"], "2028-06-20")]),
    ("1. Sở Tài chính báo cáo UBND tỉnh trước ngày 05/6 và 05/12 hằng năm.",
     [(["Sở Tài chính"], "2028-06-05")]),
]


@pytest.mark.parametrize("body, expected", JOINED_DAYS)
def test_a_day_joined_to_a_time_limit_is_another_limit(body, expected):
    plan = PLAN.replace("2027", "2028").replace("tháng 9", "tháng 1")
    assert leads_and_dates(plan + body) == expected


def test_a_joined_day_keeps_the_task_words():
    from tbkl_xl.parse import parse_notice
    n = parse_notice(PLAN + "1. Sở Tài chính tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 6 và ngày 15 tháng "
                            "12 năm 2028.")
    assert n.tasks[-1].text.startswith("Sở Tài chính tổng hợp, báo cáo UBND tỉnh")


COMMUNE_NOTICE = ("UBND XÃ PHÚ BÌNH\nSố: 88/TB-UBND    Phú Bình, ngày 05 tháng 3 năm 2027\nTHÔNG BÁO\n"
                  "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban\n")

# A commune's own bodies and roles lead: its joint office with its level ("Văn phòng HĐND và UBND
# xã"), the heads of villages and quarters and their Party cells' secretaries, a civil servant
# named by the field — each kept as written.
COMMUNE_ROLES = [
    ("1. Giao Văn phòng HĐND và UBND xã tham mưu tổ chức hội nghị sơ kết trước ngày 20/3/2027.",
     [(["Văn phòng HĐND và UBND xã"], "2027-03-20")]),
    ("1. Văn phòng HĐND và UBND phường hoàn thiện báo cáo thiệt hại trước ngày 20/3/2027.",
     [(["Văn phòng HĐND và UBND phường"], "2027-03-20")]),
    ("1. Trưởng các ấp có trách nhiệm rà soát hộ có nguy cơ cao, hoàn thành trong tháng 4/2027.",
     [(["Trưởng các ấp"], "2027-04-30")]),
    ("1. Tổ trưởng các tổ dân phố rà soát hộ nghèo, gửi Phòng Văn hóa - Xã hội trước ngày 20/3/2027.",
     [(["Tổ trưởng các tổ dân phố"], "2027-03-20")]),
    ("1. Công chức Địa chính - Xây dựng giải quyết dứt điểm 34 hồ sơ đất đai trước ngày 30/6/2027.",
     [(["Công chức Địa chính - Xây dựng"], "2027-06-30")]),
    ("1. Giao Trưởng thôn, Bí thư chi bộ các thôn tổng hợp kiến nghị của cử tri trước ngày 15/3/2027.",
     [(["Trưởng thôn"], "2027-03-15"), (["Bí thư chi bộ các thôn"], "2027-03-15")]),
    ("1. Ủy ban MTTQ Việt Nam xã vận động Nhân dân hiến đất, hoàn thành trước ngày 30/4/2027.",
     [(["Ủy ban MTTQ Việt Nam xã"], "2027-04-30")]),
    ("1. Hội Liên hiệp phụ nữ xã tuyên truyền phân loại rác, hoàn thành trước ngày 30/4/2027.",
     [(["Hội Liên hiệp phụ nữ xã"], "2027-04-30")]),
    # (not the "xã" of "xã hội": the centre's name ends at "tỉnh")
    ("1. Trung tâm Công tác xã hội tỉnh tiếp nhận các cháu, hoàn thành trước ngày 30/4/2027.",
     [(["Trung tâm Công tác xã hội tỉnh"], "2027-04-30")]),
    # (a unit's bodies with the unit written once: its People's Committee)
    ("1. Đối với Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Tân Lập:\n- Rà soát các tiêu chí nông thôn mới, xong trước "
     "ngày 30/4/2027.",
     [(["UBND xã Tân Lập"], "2027-04-30")]),
]


@pytest.mark.parametrize("body, expected", COMMUNE_ROLES)
def test_a_communes_bodies_and_roles_lead(body, expected):
    assert leads_and_dates(COMMUNE_NOTICE + body) == expected


CHANGE_NOTICE = ("UBND TỈNH NGHỆ AN\nSố: 310/TB-UBND    Nghệ An, ngày 22 tháng 6 năm 2027\nTHÔNG BÁO\n"
                 "Điều chỉnh thời hạn một số nhiệm vụ\n")

# A time limit moved: the new day or period after "đến/sang" of a change verb is the time limit
# (the old one after "từ" is not); the body held to "thời hạn gia hạn / điều chỉnh" in the next
# sentence has it; not a change done before ("đã được điều chỉnh …") nor one of no time
# ("điều chỉnh quy hoạch … đến năm 2035").
MOVED_LIMITS = [
    ("1. Điều chỉnh thời hạn hoàn thành hồ sơ dự án đường ven biển (nhiệm vụ tại khoản 2 Thông báo số "
     "205/TB-UBND) từ ngày 30/6/2027 sang ngày 31/7/2027. Sở Xây dựng chịu trách nhiệm hoàn thiện hồ sơ, "
     "trình UBND tỉnh đúng thời hạn điều chỉnh.",
     [(["Sở Xây dựng"], "2027-07-31"), (["Sở Xây dựng"], None)]),
    ("1. Gia hạn thời hạn báo cáo quyết toán vốn của Sở Tài chính đến hết Quý III/2027. Trong thời gian "
     "gia hạn, Sở Tài chính tổng hợp danh mục dự án chậm quyết toán.",
     [(["Sở Tài chính"], "2027-09-30"), (["Sở Tài chính"], None)]),
    ("1. Nhiệm vụ lập bộ tiêu chí (Sở Văn hóa, Thể thao và Du lịch chủ trì): thời hạn đã giao tháng 6/2027, "
     "điều chỉnh đến ngày 30/9/2027.",
     [(["Sở Văn hóa, Thể thao và Du lịch"], "2027-09-30")]),
    ("1. Sở Xây dựng rà soát hồ sơ; dự án đã được điều chỉnh thời gian hoàn thành đến ngày 30/9/2027.",
     [(["Sở Xây dựng"], None)]),
    ("1. Sở Xây dựng tham mưu điều chỉnh quy hoạch chung đô thị Vinh đến năm 2035.",
     [(["Sở Xây dựng"], None)]),
]


@pytest.mark.parametrize("body, expected", MOVED_LIMITS)
def test_a_moved_time_limit_is_the_new_one(body, expected):
    assert leads_and_dates(CHANGE_NOTICE + body) == expected


# Who acts, in the forms a change notice writes it: "(UBND các huyện: A, B thực hiện)" after the
# task, "… theo thẩm quyền chỉ đạo …" between the body and its verb; a second time limit after a
# comma written without its space ("… trong tháng 7/2027,bảo đảm khởi công trong tháng 8/2027").
WHO_ACTS = [
    ("1. Nhiệm vụ hỗ trợ xây dựng nhà vệ sinh (UBND các huyện: Nam Giang, Tây Giang thực hiện): điều chỉnh "
     "thời gian hoàn thành sang ngày 30/11/2027.",
     [(["UBND huyện Nam Giang"], "2027-11-30"), (["UBND huyện Tây Giang"], "2027-11-30")]),
    ("1. UBND xã Quỳnh Lưu theo thẩm quyền chỉ đạo các lực lượng bàn giao mặt bằng trước ngày 30/9/2027.",
     [(["UBND xã Quỳnh Lưu"], "2027-09-30")]),
    ("1. Giao Sở Xây dựng lựa chọn nhà thầu trong tháng 7/2027,bảo đảm khởi công trong tháng 8/2027.",
     [(["Sở Xây dựng"], "2027-07-31"), (["Sở Xây dựng"], "2027-08-31")]),
]


@pytest.mark.parametrize("body, expected", WHO_ACTS)
def test_who_acts_in_a_change_notice(body, expected):
    assert leads_and_dates(CHANGE_NOTICE + body) == expected


DROUGHT_LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nSố: 1485/UBND-KTTH    Ninh Thuận, ngày 14 tháng 4 năm 2027\n"
    "V/v phòng, chống hạn hán\nKính gửi:\n- Sở Tài chính;\n- Các doanh nghiệp trên địa bàn tỉnh;\n"
    "- UBND các huyện: Ninh Phước, Thuận Nam, Bác Ái.\n\n")

# In a letter, a bare "UBND các huyện" means the districts its "Kính gửi" list names; "các doanh
# nghiệp trên địa bàn tỉnh" is the letter's addressee of that name (its "trên" is a place, not
# "the firms above").
LETTER_GROUPS = [
    ("UBND các huyện gửi báo cáo kết quả về Sở Tài chính trước ngày 05/8/2027.",
     [(["UBND huyện Ninh Phước"], "2027-08-05"), (["UBND huyện Thuận Nam"], "2027-08-05"),
      (["UBND huyện Bác Ái"], "2027-08-05")]),
    ("Đề nghị các doanh nghiệp trên địa bàn tỉnh kiện toàn đội phòng cháy cơ sở trong tháng 8/2027.",
     [(["Các doanh nghiệp trên địa bàn tỉnh"], "2027-08-31")]),
]


@pytest.mark.parametrize("body, expected", LETTER_GROUPS)
def test_a_letters_groups_are_its_addressees(body, expected):
    assert leads_and_dates(DROUGHT_LETTER + body) == expected


# A numbered line that only names a body, its tasks on the lines under it (pdftotext: no colon,
# the next line opens with a capital): a heading, not the start of one long name.
BODY_HEADINGS = (
    "UBND TỈNH BẮC NINH\nVĂN PHÒNG\nSố: 77/VP-XDCB    Bắc Ninh, ngày 10 tháng 11 năm 2027\n"
    "Kính gửi: Các cơ quan, đơn vị\n"
    "Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n"
    "4. Sở Xây dựng phối hợp với UBND xã Lương Tài bàn giao đất ở cho các hộ trước ngày 31/12/2027.\n"
    "5. Ban Quản lý dự án xây dựng dân dụng và công nghiệp tỉnh\n"
    "Chỉ đạo nhà thầu thi công ngay trên phần mặt bằng đã được bàn giao; tổng hợp kết quả giải\n"
    "phóng mặt bằng, báo cáo UBND tỉnh trước ngày 05/12/2027.\n")


def test_a_numbered_line_naming_only_a_body_is_a_heading():
    found = leads_and_dates(BODY_HEADINGS)
    assert (["Ban Quản lý dự án xây dựng dân dụng và công nghiệp tỉnh"], "2027-12-05") in found


PARTY_NOTICE = ("TỈNH ỦY HƯNG YÊN\nSố: 12-TB/TU    Hưng Yên, ngày 26 tháng 01 năm 2027\nTHÔNG BÁO\n"
                "Kết luận của Thường trực Tỉnh ủy về công tác bầu cử\n")

# Party bodies: the committees of a level ("Các đảng ủy xã, phường"), each commune's committee of
# a list of one type ("Đảng ủy các xã: A, B" → "Đảng ủy xã A", …), a front's standing board.
PARTY_BODIES = [
    ("5. Các đảng ủy xã, phường lãnh đạo niêm yết danh sách cử tri trước ngày 13/02/2027.",
     [(["Các đảng ủy xã, phường"], "2027-02-13")]),
    ("5. Riêng Đảng ủy các xã: Tiên Lữ, Đông Hưng rà soát các vụ việc khiếu nại, hoàn thành trước ngày 28/02/2027.",
     [(["Đảng ủy xã Tiên Lữ"], "2027-02-28"), (["Đảng ủy xã Đông Hưng"], "2027-02-28")]),
    ("6. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị cử tri trước ngày 28/02/2027.",
     [(["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"], "2027-02-28")]),
]


@pytest.mark.parametrize("body, expected", PARTY_BODIES)
def test_party_bodies_lead(body, expected):
    assert leads_and_dates(PARTY_NOTICE + body) == expected


MINISTRY_LETTER = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 8123/BNN-TL    Hà Nội, ngày 20 tháng 11 năm 2027\n"
                   "V/v phòng, chống hạn mặn\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố vùng Đồng bằng sông Cửu Long\n"
                   "Bộ Nông nghiệp và Phát triển nông thôn đề nghị:\n")


def test_provinces_listed_after_a_topic_and_a_description():
    # "Đối với các tỉnh: A, B, C là những địa phương …: khẩn trương …": each province's committee
    body = ("3. Đối với các tỉnh: Bến Tre, Trà Vinh, Sóc Trăng là những địa phương bị ảnh hưởng nặng: khẩn "
            "trương lập danh mục công trình cấp bách, gửi về Bộ trước ngày 15/12/2027.")
    assert leads_and_dates(MINISTRY_LETTER + body) == [
        (["UBND tỉnh Bến Tre"], "2027-12-15"), (["UBND tỉnh Trà Vinh"], "2027-12-15"),
        (["UBND tỉnh Sóc Trăng"], "2027-12-15")]


# An introduction's bodies lead the list under it, not the lead of a paragraph before it; a
# passive hand-over ("được chuyển giao cho UBND cấp xã") and a cited decision ("chưa ban hành
# quyết định giao nhiệm vụ … cho UBND cấp xã") give no task.
INTRODUCTION_AFTER_A_TASK = [
    ("Giao Vụ Kế hoạch - Tài chính bố trí kinh phí cho các trường.\n\n", ["Vụ Kế hoạch - Tài chính"]),
    ("Từ ngày 01/7/2027, việc quản lý các trường được chuyển giao cho UBND cấp xã; nhiều địa phương chưa "
     "ban hành quyết định giao nhiệm vụ quản lý trường học cho UBND cấp xã.\n\n", []),
]


@pytest.mark.parametrize("before, before_leads", INTRODUCTION_AFTER_A_TASK)
def test_an_introduction_names_the_leads_of_its_list(before, before_leads):
    intro = ("Bộ Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo "
             "thực hiện một số nội dung sau:\n\n1. Rà soát, sắp xếp mạng lưới trường; xong trước ngày 20/12/2027.")
    found = leads_and_dates(MINISTRY_LETTER.rsplit("Bộ Nông", 1)[0] + "\n" + before + intro)
    assert found[-1] == (["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], "2027-12-20")
    assert [leads for leads, _d in found[:-1]] == ([before_leads] if before_leads else [])


# Units listed by name after a colon with their noun written once in lower case: each is a body.
LISTED_UNITS = [
    ("1. Các trường: Tiểu học Nghĩa Bình, THCS Nghĩa Đàn hướng dẫn kỹ năng phòng, chống đuối nước cho học "
     "sinh trước ngày 29/5/2027.",
     [(["Trường Tiểu học Nghĩa Bình"], "2027-05-29"), (["Trường THCS Nghĩa Đàn"], "2027-05-29")]),
    ("1. Ban Quản lý các chợ: Vườn Hoa, Tây Thành khắc phục dứt điểm các tồn tại trước ngày 29/5/2027.",
     [(["Ban Quản lý chợ Vườn Hoa"], "2027-05-29"), (["Ban Quản lý chợ Tây Thành"], "2027-05-29")]),
]


@pytest.mark.parametrize("body, expected", LISTED_UNITS)
def test_units_listed_after_their_noun(body, expected):
    assert leads_and_dates(COMMUNE_NOTICE + body) == expected


def test_one_addressee_singled_out_leads_its_own_task():
    # "Riêng UBND đặc khu X gửi …, chậm nhất …": that body, not every addressee of the letter
    letter = ("UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\nSố: 15/SNV-CCVC    Quảng Trị, ngày 10 tháng 9 năm 2027\n"
              "Kính gửi: UBND các xã, phường, đặc khu\n")
    body = "5. Riêng UBND đặc khu Cồn Cỏ gửi Mẫu 01 và Mẫu 02 cùng một lần, chậm nhất ngày 30/9/2027."
    assert leads_and_dates(letter + body) == [(["UBND đặc khu Cồn Cỏ"], "2027-09-30")]


def test_the_rest_of_a_kind_is_a_group_of_its_own():
    # "UBND các xã, phường còn lại" beside "UBND các phường: A, B" in the "Kính gửi" list: the rest,
    # subject of its own item, and one more addressee of the letter's closing sentence
    letter = ("UBND TỈNH KHÁNH HÒA\nSố: 540/UBND-VX    Khánh Hòa, ngày 08 tháng 6 năm 2027\nKính gửi:\n- Sở Y tế;\n"
              "- Sở Giáo dục và Đào tạo;\n"
              "- UBND các phường: Nha Trang, Phan Rang;\n- UBND các xã, phường còn lại.\n\nChủ tịch UBND tỉnh yêu cầu:\n"
              "1. UBND các phường: Nha Trang, Phan Rang ra quân tổng vệ sinh môi trường trong ngày 14/6/2027.\n\n"
              "2. UBND các xã, phường còn lại chủ động tuyên truyền Nhân dân đậy kín dụng cụ chứa nước.\n\n"
              "3. Sở Y tế phối hợp với Sở Giáo dục và Đào tạo hướng dẫn các trường học diệt lăng quăng.\n\n"
              "Các cơ quan, đơn vị nêu trên gửi báo cáo sơ kết về Sở Y tế trước ngày 15/9/2027.\n")
    found = leads_and_dates(letter)
    assert (["UBND các xã, phường còn lại"], None) in found     # (the rest, so named: issue 11's nineteenth round)
    closing = {lead for leads, d in found if d == "2027-09-15" for lead in leads}
    # (Sở Y tế, which the reports go to, receives them: issue 11's eighteenth round)
    assert closing == {"Sở Giáo dục và Đào tạo", "UBND phường Nha Trang", "UBND phường Phan Rang",
                       "UBND các xã, phường còn lại"}


def test_a_work_programme_by_months_dates_its_rows():
    # "| Tháng | Nội dung | Cơ quan chủ trì |": a time column by its whole header cell; a month or
    # quarter without its year is the programme's year, "Tháng 4 và tháng 5" the last one named
    programme = (
        "UBND TỈNH NGHỆ AN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 412/CTr-SNNMT    Nghệ An, ngày 10 tháng 02 năm 2027\n"
        "CHƯƠNG TRÌNH CÔNG TÁC\nQuý I và Quý II năm 2027\n\n"
        "| Tháng | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n"
        "| Tháng 3 | Trình UBND tỉnh Kế hoạch phòng, chống hạn hán | Chi cục Thủy lợi | Phòng Kế hoạch - Tài chính |\n"
        "| Tháng 4 và tháng 5 | Kiểm tra công tác cấp phép khai thác khoáng sản | Thanh tra Sở | Phòng Khoáng sản |\n"
        "| Quý II | Hoàn thành điều tra hiện trạng rừng | Chi cục Kiểm lâm | Hạt Kiểm lâm các khu vực |\n")
    assert leads_and_dates(programme) == [(["Chi cục Thủy lợi"], "2027-03-31"), (["Thanh tra Sở"], "2027-05-31"),
                                         (["Chi cục Kiểm lâm"], "2027-06-30")]


# Parts of a month: its first half ends on the 15th; "tuần thứ 2 của tháng 9" on the 14th — not the
# week of the letter ("trong tuần" alone is that).
PARTS_OF_MONTHS = [
    ("1. Sở Nội vụ trình UBND tỉnh phương án phân bổ chỉ tiêu trong nửa đầu tháng 8/2027.", "2027-08-15"),
    ("1. Sở Nội vụ báo cáo UBND tỉnh kết quả khai giảng trong tuần thứ 2 của tháng 9/2027.", "2027-09-14"),
]


@pytest.mark.parametrize("body, date", PARTS_OF_MONTHS)
def test_parts_of_a_month(body, date):
    letter = "UBND TỈNH THANH HÓA\nSố: 77/UBND-VX    Thanh Hóa, ngày 15 tháng 7 năm 2027\nV/v chuẩn bị năm học\n"
    assert leads_and_dates(letter + body) == [(["Sở Nội vụ"], date)]


def test_a_scanned_minutes_reads_its_dates():
    # letters for digits in a date in words ("ngày 2l tháng l0 năm 2025"), a month ("tháng 1l/2025"), a
    # quarter ("Quý lII/2025"); "ngay" for "ngày" before a date; a final split off ("Sở Tài chí nh");
    # "BIÊN BẢN HỌP" as the type line; the "- Thời gian: …" field of minutes as the meeting's day
    from tbkl_xl.parse import parse_notice
    scan = ("UỶ BAN NHÂN DÂN            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ HẢI HẬU                   Độc lập - Tự do - Hạnh phúc\n"
            "Số: l46/BB-UBND              Hải Hậu, ngày 2l tháng l0 năm 2027\n\nBIÊN BẢN HỌP\n"
            "Giao ban công tác sản xuất vụ đông\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n"
            "- Thời gian: 08 giờ 00 phút, ngay 2l/10/2027.\n- Địa điểm: Hội trường UBND xã.\n\nII. KẾT LUẬN\n"
            "1. Sở Tài chí nh hướng dẫn thanh toán kinh phí hỗ trợ trong tháng 1l/2027.\n"
            "2. Phòng Kinh tế tổng kết vụ đông trong Quý lV/2027.\n")
    n = parse_notice(scan)
    assert (n.issued.isoformat(), n.meeting_date.isoformat()) == ("2027-10-21", "2027-10-21")
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks if t.deadline] == [
        (["Sở Tài chính"], "2027-11-30"), (["Phòng Kinh tế"], "2027-12-31")]


def test_the_provinces_one_city_named_without_its_name():
    # "UBND TP" in a Lạng Sơn notice before 7/2025: the one city, UBND thành phố Lạng Sơn
    notice = ("UBND TỈNH LẠNG SƠN\nSố: 210/TB-UBND    Lạng Sơn, ngày 10 tháng 7 năm 2024\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh\n\n**2. UBND huyện Cao Lộc, UBND TP:** chỉ đạo di dời công trình "
              "điện, nước còn vướng trong phạm vi nút giao, hoàn thành trong tháng 8/2024.\n")
    assert leads_and_dates(notice) == [(["UBND huyện Cao Lộc"], "2024-08-31"), (["UBND thành phố Lạng Sơn"], "2024-08-31")]


def test_an_elided_list_split_by_semicolons():
    # "Các Sở: Văn hóa, Thể thao và Du lịch; Thông tin và Truyền thông phối hợp …": both departments
    # (a title after a semicolon opens the next body: "…; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")
    notice = ("UBND TỈNH LẠNG SƠN\nSố: 310/TB-UBND    Lạng Sơn, ngày 10 tháng 12 năm 2024\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh\n\n2.3. Các Sở: Văn hóa, Thể thao và Du lịch; Thông tin và Truyền thông "
              "phối hợp xây dựng chương trình quảng bá du lịch Mẫu Sơn, triển khai trong 6 tháng đầu năm 2025.\n\n"
              "2.4. Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Tài chính; Chỉ huy trưởng Bộ Chỉ huy Quân sự "
              "tỉnh phối hợp tổ chức diễn tập chữa cháy rừng trước ngày 31/01/2025.\n")
    assert leads_and_dates(notice) == [
        (["Sở Văn hóa, Thể thao và Du lịch"], "2025-06-30"), (["Sở Thông tin và Truyền thông"], "2025-06-30"),
        (["Sở Nông nghiệp và Phát triển nông thôn"], "2025-01-31"), (["Sở Tài chính"], "2025-01-31"),
        (["Bộ Chỉ huy Quân sự tỉnh"], "2025-01-31")]


# A target after "phấn đấu" is no time limit ("phấn đấu đến năm 2030 có 50 hộ …"); a noun with its
# own years written before the cue does not make the period a description ("Quy chế … nhiệm kỳ
# 2025 - 2030 trong tháng 01/2026").
TARGETS_AND_TERMS = [
    ("- Xây dựng sản phẩm du lịch cộng đồng, phấn đấu đến năm 2030 có 50 hộ kinh doanh homestay đạt chuẩn.", None),
    ("- Ban hành Quy chế làm việc của Ban Chấp hành nhiệm kỳ 2025 - 2030 trong tháng 01/2026.", "2026-01-31"),
]


@pytest.mark.parametrize("body, date", TARGETS_AND_TERMS)
def test_targets_and_a_nouns_own_term(body, date):
    notice = ("UBND TỈNH LẠNG SƠN\nSố: 410/TB-UBND    Lạng Sơn, ngày 01 tháng 12 năm 2025\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh\n\n1. Giao UBND xã Mẫu Sơn:\n")
    assert leads_and_dates(notice + body) == [(["UBND xã Mẫu Sơn"], date)]


# A project board's long name: the fields it builds for are nouns of names, a role's bracket closes it.
BOARD_NAMES = [
    ("1. Giao Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh hoàn "
     "thành kè chống sạt lở trước ngày 30/6/2027.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh"),
    ("1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông (chủ đầu tư) rà soát hồ sơ thiết kế, gửi "
     "Sở Xây dựng trước ngày 30/6/2027.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông"),
]


@pytest.mark.parametrize("body, lead", BOARD_NAMES)
def test_a_project_boards_long_name(body, lead):
    assert leads_and_dates(CHANGE_NOTICE + body) == [([lead], "2027-06-30")]


def test_a_verb_ends_a_bodys_name():
    # "… Thủy sản| cung ứng …", "Công ty Điện lực Bắc Ninh| cử cán bộ …": the verb is no part of the name
    found = leads_and_dates(CHANGE_NOTICE + "1. Giao Chi cục Chăn nuôi, Thú y và Thủy sản cung ứng đủ vắc xin cho "
                                            "các xã trước ngày 25/10/2027.\n2. Công ty Điện lực Nghệ An cử cán bộ "
                                            "tham gia Ban Chỉ đạo trước ngày 25/10/2027.")
    assert found == [(["Chi cục Chăn nuôi, Thú y và Thủy sản"], "2027-10-25"), (["Công ty Điện lực Nghệ An"], "2027-10-25")]


# An item's number glued to its text ("1.1.UBND …", "2.1.Sở …") is still an item; a group counted
# and named ("UBND 04 xã biên giới: A, B, C, D") is one lead per unit.
NESTED_ITEMS = (
    "UBND TỈNH LẠNG SƠN\nSố: 12/TB-UBND    Lạng Sơn, ngày 12 tháng 01 năm 2027\nTHÔNG BÁO\nKết luận của Chủ tịch\n\n"
    "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Về biên giới\n"
    "1.1.UBND 04 xã biên giới: Tân Thanh, Thanh Lòa, Đồng Đăng, Bảo Lâm rà soát các lối mở, xong trước ngày 20/02/2027.\n"
    "1.2.Bộ Chỉ huy Bộ đội Biên phòng tỉnh:\n- Xây dựng phương án tuần tra, trình UBND tỉnh trước ngày 25/01/2027.\n")


def test_glued_item_numbers_and_counted_groups():
    found = leads_and_dates(NESTED_ITEMS)
    assert found == [(["UBND xã Tân Thanh"], "2027-02-20"), (["UBND xã Thanh Lòa"], "2027-02-20"),
                     (["UBND xã Đồng Đăng"], "2027-02-20"), (["UBND xã Bảo Lâm"], "2027-02-20"),
                     (["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"], "2027-01-25")]


# A table of works under their investors with a time column gives one task per row to its
# investor; without a time column it tells where works stand, no task.
WORKS_TABLE = ("UBND TỈNH LAI CHÂU\nVĂN PHÒNG\nSố: 77/TB-VP    Lai Châu, ngày 20 tháng 8 năm 2027\nTHÔNG BÁO\n"
               "Kết luận của Chủ tịch UBND tỉnh\n\n7. Giao các chủ đầu tư hoàn thành các công trình sau:\n\n"
               "| STT | Công trình | Chủ đầu tư | {time} |\n|---|---|---|---|\n"
               "| 1 | Kè chống sạt lở khu trung tâm xã Mù Cả | UBND xã Mù Cả | {one} |\n"
               "| 2 | Sửa chữa điểm trường Mầm non bản Tà Tổng | UBND xã Tà Tổng | {two} |\n")


def test_a_table_of_works_under_their_investors():
    dated = WORKS_TABLE.format(time="Thời hạn hoàn thành", one="31/12/2027", two="Trước 05/9")
    assert leads_and_dates(dated) == [(["UBND xã Mù Cả"], "2027-12-31"), (["UBND xã Tà Tổng"], "2027-09-05")]
    status = WORKS_TABLE.format(time="Tình hình thực hiện", one="Đạt 40% khối lượng", two="Chưa khởi công")
    assert all(leads != ["UBND xã Mù Cả"] for leads, _d in leads_and_dates(status))


def test_a_boxed_section_heading_opens_its_section():
    # "| II. NHIỆM VỤ CỤ THỂ |" (a converter's box around one heading) after "I. MỤC ĐÍCH, YÊU CẦU":
    # the tasks below are no longer read as the plan's purpose
    plan = ("UBND TỈNH SƠN LA\nSố: 142/KH-UBND    Sơn La, ngày 02 tháng 6 năm 2027\n\nKẾ HOẠCH\n"
            "Tiêu thụ nông sản chủ lực năm 2027\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "- Tiêu thụ kịp thời, không để ùn ứ nông sản.\n"
            " | II. NHIỆM VỤ CỤ THỂ |\n"
            "1. Sở Công Thương\n- Kết nối các sàn thương mại điện tử, đưa 50 sản phẩm OCOP lên sàn trong tháng 7/2027.\n")
    assert leads_and_dates(plan) == [(["Sở Công Thương"], "2027-07-31")]


def test_districts_of_a_city_listed_without_spaces():
    # "UBND các quận:Sơn Trà,Ngũ Hành Sơn:" (a converter lost the spaces): one lead per district
    notice = ("UBND THÀNH PHỐ ĐÀ NẴNG\nSố: 88/TB-UBND    Đà Nẵng, ngày 10 tháng 5 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
              "3. UBND các quận:Sơn Trà,Ngũ Hành Sơn: rà soát các điểm sạt lở bờ biển, báo cáo trước ngày 30/5/2027.\n")
    assert leads_and_dates(notice) == [(["UBND quận Sơn Trà"], "2027-05-30"), (["UBND quận Ngũ Hành Sơn"], "2027-05-30")]


# A season or a holiday with its day in brackets gives that day, in a sentence and in a time cell;
# without a day written it gives none.
SEASONS = [
    ("1. Sở Nông nghiệp và Môi trường kiểm tra an toàn hồ đập trước mùa mưa lũ (trước ngày 31/5/2027).", "2027-05-31"),
    ("1. Sở Nông nghiệp và Môi trường tặng quà gia đình chính sách trước Tết Nguyên đán (ngày 06/02/2027).",
     "2027-02-06"),
    ("1. Sở Nông nghiệp và Môi trường tặng quà gia đình chính sách trước Tết Nguyên đán.", None),
]


@pytest.mark.parametrize("body, date", SEASONS)
def test_a_season_with_its_day(body, date):
    notice = "UBND TỈNH LAI CHÂU\nSố: 12/TB-UBND    Lai Châu, ngày 10 tháng 01 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    assert leads_and_dates(notice + body) == [(["Sở Nông nghiệp và Môi trường"], date)]


def test_a_season_with_its_day_in_a_time_cell():
    table = ("UBND TỈNH LAI CHÂU\nSố: 12/QĐ-UBND    Lai Châu, ngày 10 tháng 3 năm 2027\nQUYẾT ĐỊNH\nGiao nhiệm vụ\n\n"
             "| TT | Nhiệm vụ | Chủ trì | Thời hạn |\n|---|---|---|---|\n"
             "| 1 | Kiểm tra an toàn hồ, đập | Sở Công Thương | Trước mùa mưa lũ (trước ngày 31/5/2027) |\n")
    assert leads_and_dates(table) == [(["Sở Công Thương"], "2027-05-31")]


def test_an_hour_and_a_weekday_before_the_day():
    notice = "UBND THÀNH PHỐ THỦ DẦU MỘT\nSố: 12/TB-UBND    Thủ Dầu Một, ngày 10 tháng 6 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    body = "1. Phòng Quản lý đô thị gửi báo cáo về Văn phòng trước 17 giờ thứ Sáu ngày 18/6/2027."
    assert leads_and_dates(notice + body) == [(["Phòng Quản lý đô thị"], "2027-06-18")]


# Members of a list of units: a name with a dash ("Chân Mây - Lăng Cô"), one of another type after
# "và" with or without "UBND" ("và UBND phường Thuận An", "và đặc khu Phú Quốc").
UNIT_MEMBERS = [
    ("3. UBND các xã: Phú Vinh, Chân Mây - Lăng Cô và UBND phường Thuận An khẩn trương di dời các hộ dân "
     "trước ngày 30/9/2027.",
     ["UBND xã Phú Vinh", "UBND xã Chân Mây - Lăng Cô", "UBND phường Thuận An"]),
    ("3. UBND các xã: Vĩnh Thuận, An Biên và đặc khu Phú Quốc đắp đập tạm ngăn mặn trước ngày 30/9/2027.",
     ["UBND xã Vĩnh Thuận", "UBND xã An Biên", "UBND đặc khu Phú Quốc"]),
]


@pytest.mark.parametrize("body, leads", UNIT_MEMBERS)
def test_members_of_a_list_of_units(body, leads):
    notice = "UBND TỈNH AN GIANG\nSố: 12/TB-UBND    An Giang, ngày 10 tháng 8 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    assert leads_and_dates(notice + body) == [([x], "2027-09-30") for x in leads]


def test_investors_named_in_brackets_lead():
    # "Đề nghị các nhà đầu tư dự án ven biển (Công ty A, Công ty B) …": each firm named
    notice = "UBND TỈNH QUẢNG NAM\nSố: 12/TB-UBND    Quảng Nam, ngày 10 tháng 9 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    body = ("4. Đề nghị các nhà đầu tư dự án ven biển (Công ty TNHH Resort Hoàng Triều, Công ty Cổ phần Biển Xanh) "
            "chủ động gia cố tạm bờ biển; gửi phương án về Sở Xây dựng trước ngày 30/9/2027.")
    assert leads_and_dates(notice + body) == [(["Công ty TNHH Resort Hoàng Triều"], "2027-09-30"),
                                              (["Công ty Cổ phần Biển Xanh"], "2027-09-30")]


def test_village_heads_listed_by_village():
    # "Trưởng các thôn: Tân Xương 1, Văn Thủy 1 …": each village's head
    body = "4. Trưởng các thôn: Tân Xương 1, Văn Thủy 1 vận động Nhân dân ra quân vệ sinh môi trường trước ngày 31/3/2027."
    assert leads_and_dates(COMMUNE_NOTICE + body) == [(["Trưởng thôn Tân Xương 1"], "2027-03-31"),
                                                      (["Trưởng thôn Văn Thủy 1"], "2027-03-31")]


def test_a_lead_cell_merged_with_the_row_above():
    # a .docx table's merged lead cell comes out empty on the rows below its first; a name ending in
    # its units ("Trung tâm Y tế các huyện, thị xã, thành phố") keeps them all
    table = ("SỞ Y TẾ QUẢNG NINH\nSố: 12/KH-SYT    Quảng Ninh, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\nPhòng chống dịch\n\n"
             "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| 5 | Chiến dịch diệt lăng quăng đợt 1 | Trung tâm Y tế các huyện, thị xã, thành phố | UBND các xã | Tháng 5/2027 |\n"
             "| 6 | Chiến dịch diệt lăng quăng đợt 2 |  |  | Tháng 8/2027 |\n")
    lead = "Trung tâm Y tế các huyện, thị xã, thành phố"
    assert leads_and_dates(table) == [([lead], "2027-05-31"), ([lead], "2027-08-31")]


def test_units_numbered_after_a_merger():
    # "UBND các phường: Hà Giang 1, Hà Giang 2", "UBND các đặc khu: Kiên Hải, Thổ Châu"
    notice = "UBND TỈNH TUYÊN QUANG\nSố: 12/TB-UBND    Tuyên Quang, ngày 10 tháng 8 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    body = ("1. UBND các phường: Hà Giang 1, Hà Giang 2 bàn giao hồ sơ lưu trữ trước ngày 30/9/2027.\n"
            "2. UBND các đặc khu: Kiên Hải, Thổ Châu lắp đặt thiết bị ký số trước ngày 30/9/2027.\n")
    assert [leads for leads, _d in leads_and_dates(notice + body)] == [
        ["UBND phường Hà Giang 1"], ["UBND phường Hà Giang 2"], ["UBND đặc khu Kiên Hải"], ["UBND đặc khu Thổ Châu"]]


def test_a_unit_without_ubnd_opening_a_clause_after_a_semicolon():
    # "…; xã Phú Bình hoàn thành … trong tháng 11/2027": that commune's People's Committee
    notice = "UBND TỈNH THÁI NGUYÊN\nSố: 12/TB-UBND    Thái Nguyên, ngày 10 tháng 10 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    body = ("3. UBND các xã: Chợ Mới, Na Rì bàn giao mặt bằng chậm nhất ngày 15/11/2027; xã Phú Bình hoàn thành "
            "công tác kiểm đếm trong tháng 11/2027.")
    assert leads_and_dates(notice + body) == [(["UBND xã Chợ Mới"], "2027-11-15"), (["UBND xã Na Rì"], "2027-11-15"),
                                              (["UBND xã Phú Bình"], "2027-11-30")]


def test_a_work_put_into_use_by_a_period():
    # "đưa vào vận hành 6 tháng đầu năm 2028": by the end of that half-year
    body = "1. Sở Xây dựng đầu tư tuyến ống cấp nước sạch cho xã An Thạnh, đưa vào vận hành 6 tháng đầu năm 2028."
    assert leads_and_dates(CHANGE_NOTICE + body) == [(["Sở Xây dựng"], "2028-06-30")]


def test_a_superiors_requirement_quoted_in_brackets_is_no_time_limit():
    letter = ("UBND TỈNH LÀO CAI\nSố: 12/UBND-KT    Lào Cai, ngày 02 tháng 10 năm 2027\nV/v xử lý tài sản\n"
              "Kính gửi: Sở Tài chính\n\n")
    body = ("Thực hiện Công điện số 148/CĐ-TTg của Thủ tướng Chính phủ (Chính phủ yêu cầu cơ bản hoàn thành trước "
            "ngày 31/12/2027), Sở Tài chính rà soát, báo cáo UBND tỉnh trước ngày 20/10/2027.")
    assert leads_and_dates(letter + body) == [(["Sở Tài chính"], "2027-10-20")]


def test_an_indented_footnote_under_an_indented_rule_is_a_note():
    # pdftotext -layout indents the rule and the note: the note is no task
    letter = ("UBND TỈNH LONG AN\nSố: 88/UBND-KT    Long An, ngày 10 tháng 11 năm 2027\nV/v kiện toàn bộ máy\n"
              "Kính gửi: Sở Nội vụ\n\n"
              "      1. Sở Nội vụ hướng dẫn các xã kiện toàn bộ máy1; hoàn thành trước ngày 30/11/2027.\n"
              "   _____________\n"
              "   1 Theo Thông báo, UBND các xã phải hoàn thành kiện toàn bộ máy trước ngày 31/12/2027.\n")
    assert leads_and_dates(letter) == [(["Sở Nội vụ"], "2027-11-30")]


def test_a_collective_ending_with_a_city_named():
    notice = "UBND TỈNH THỪA THIÊN HUẾ\nSố: 12/TB-UBND    Huế, ngày 10 tháng 10 năm 2027\nTHÔNG BÁO\nKết luận\n\n"
    body = "2. UBND các huyện, thị xã và thành phố Huế rà soát các điểm ngập úng, báo cáo trước ngày 30/10/2027."
    assert leads_and_dates(notice + body) == [(["UBND các huyện, thị xã và thành phố Huế"], "2027-10-30")]
