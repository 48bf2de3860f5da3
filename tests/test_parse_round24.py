"""Round 24 (issue 11's twenty-third round in the README): forms found misread on the invented
sets ZZZZT … ZZZZX and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_by_date

OFFICE_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 402/VP-KT\n"
                 "V/v ý kiến của Chủ tịch UBND tỉnh về sửa chữa kè sông Ngàn Phố\n"
                 "Hà Tĩnh, ngày 09 tháng 6 năm 2027\nKính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n"
                 "- UBND xã Sơn Kim.\n"
                 "Xét Báo cáo số 77/BC-SXD ngày 05/6/2027 của Sở Xây dựng, Chủ tịch UBND tỉnh có ý kiến như sau:\n")


# The Office that writes the letter passing the order on ("Văn phòng UBND tỉnh thông báo để các
# cơ quan, đơn vị biết, thực hiện; báo cáo … trước ngày …"): those it tells act, each addressee of
# the letter on its own; the formula alone gives no task, nor to the Office.
def test_the_issuers_closing_passes_the_order_to_those_it_tells():
    body = ("1. Sở Xây dựng kiểm tra hiện trạng kè, đề xuất phương án sửa chữa trước ngày 20/6/2027.\n"
            "2. Sở Tài chính cân đối nguồn kinh phí sửa chữa.\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện; báo cáo kết quả về "
            "UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 30/6/2027./.\nNơi nhận:\n")
    assert leads_by_date(OFFICE_LETTER + body) == {
        "2027-06-20": {"Sở Xây dựng"}, None: {"Sở Tài chính"},
        "2027-06-30": {"Sở Xây dựng", "Sở Tài chính", "UBND xã Sơn Kim"}}
    formula = ("1. Sở Xây dựng kiểm tra hiện trạng kè, đề xuất phương án sửa chữa trước ngày 20/6/2027.\n"
               "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, triển khai thực hiện./.\nNơi nhận:\n")
    assert leads_by_date(OFFICE_LETTER + formula) == {"2027-06-20": {"Sở Xây dựng"}}


URGING = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n"
          "Số: 455/VP-TH | Hà Tĩnh, ngày 02 tháng 7 năm 2027\nV/v đôn đốc nhiệm vụ quá hạn |\nKính gửi:\n"
          "- Sở Xây dựng;\n- Sở Nội vụ.\n"
          "Đến ngày 30/6/2027, các cơ quan còn 02 nhiệm vụ quá hạn, cụ thể:\n"
          "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn | Tình trạng |\n"
          "| 1 | Rà soát quy hoạch cụm công nghiệp Kỳ Anh | Sở Xây dựng | 15/6/2027 | Quá hạn 17 ngày |\n"
          "| 2 | Hướng dẫn tuyển dụng viên chức y tế | Sở Nội vụ | 20/6/2027 | Quá hạn 12 ngày |\n")


# Text after a table of rows in outer pipes with a bar left at its end ("|" / "Chủ tịch UBND tỉnh
# yêu cầu … trước ngày 15/7/2027; |") is the letter's text, not a row of the table.
def test_a_sentence_after_a_table_with_a_stray_bar_is_text():
    body = ("|\nChủ tịch UBND tỉnh yêu cầu các cơ quan nêu trên khẩn trương hoàn thành các nhiệm vụ quá hạn, "
            "báo cáo UBND tỉnh trước ngày 15/7/2027; |\ntrường hợp không hoàn thành phải báo cáo rõ nguyên nhân.\n"
            "Nơi nhận:\n")
    assert leads_by_date(URGING + body) == {None: {"Sở Xây dựng", "Sở Nội vụ"},
                                            "2027-07-15": {"Sở Xây dựng", "Sở Nội vụ"}}


# "Đối với nhiệm vụ tại mục 2, Sở Nội vụ … trước ngày …" after a table of overdue tasks: row 2's
# task is due then, and its text says what the sentence now asks.
def test_a_new_limit_for_a_row_keeps_the_sentence_that_gives_it():
    from tbkl_xl.parse import parse_notice
    body = ("Đối với nhiệm vụ tại mục 2, Sở Nội vụ phối hợp với Sở Y tế hoàn thiện hướng dẫn, trình UBND tỉnh "
            "trước ngày 25/7/2027.\nNơi nhận:\n")
    tasks = [t for t in parse_notice(URGING + body).tasks if t.deadline and t.deadline.date]
    assert [(t.lead[0].name, t.deadline.date.isoformat()) for t in tasks] == [("Sở Nội vụ", "2027-07-25")]
    assert tasks[0].text.startswith("Hướng dẫn tuyển dụng viên chức y tế")
    assert "hoàn thiện hướng dẫn, trình UBND tỉnh trước ngày 25/7/2027" in tasks[0].text


DEPT_TO_COMMUNES = ("UBND TỈNH HÀ TĨNH\nSỞ TÀI CHÍNH\nSố: 1210/STC-QLNS\nHà Tĩnh, ngày 10 tháng 12 năm 2027\n"
                    "V/v quyết toán ngân sách xã\nKính gửi: UBND các xã, phường.\n"
                    "Sở Tài chính đề nghị UBND các xã, phường:\n"
                    "1. Hoàn thành giao dự toán năm 2028 trước ngày 31/12/2027.\n")


# "Đối với các xã: A, B chưa gửi báo cáo …, đề nghị gửi … trước ngày …": the communes the topic
# names, each on its own, not every addressee of the letter.
def test_bodies_described_as_late_then_asked_lead_the_task():
    body = ("2. Đối với các xã: Kỳ Sơn, Kỳ Lạc chưa gửi báo cáo tình hình thực hiện dự toán năm 2027, "
            "đề nghị gửi về Sở Tài chính trước ngày 20/12/2027.\nNơi nhận:\n")
    assert leads_by_date(DEPT_TO_COMMUNES + body) == {"2027-12-31": {"UBND các xã, phường"},
                                                      "2027-12-20": {"UBND xã Kỳ Sơn", "UBND xã Kỳ Lạc"}}


COMMUNE_NOTICE = ("ỦY BAN NHÂN DÂN\nXÃ KỲ SƠN\nSố: 41/TB-UBND\nKỳ Sơn, ngày 05 tháng 8 năm 2027\nTHÔNG BÁO\n"
                  "Kết luận của Chủ tịch UBND xã tại cuộc họp về xây dựng nông thôn mới\n"
                  "Chủ tịch UBND xã kết luận như sau:\n")


# The heads of a commune's hamlets and quarters lead tasks: one named ("Trưởng thôn Phố Cũ", each
# of two in a row), all of some kinds ("Trưởng các thôn, khối"), in a heading ("**3. Trưởng các khối**").
def test_heads_of_hamlets_and_quarters_are_bodies():
    body = ("1. Trưởng các thôn, khối vận động các hộ ký cam kết không lấn chiếm hành lang đường, hoàn thành "
            "trước ngày 30/8/2027.\n"
            "2. Giao Trưởng thôn Phố Cũ, Trưởng bản Khuổi Ky vận động nhân dân hiến đất mở đường trong tháng 9/2027.\n"
            "**3. Trưởng các khối**\n- Hoàn thành cập nhật dữ liệu dân cư trước ngày 15/9/2027.\nNơi nhận:\n")
    assert leads_by_date(COMMUNE_NOTICE + body) == {
        "2027-08-30": {"Trưởng các thôn, khối"}, "2027-09-30": {"Trưởng thôn Phố Cũ", "Trưởng bản Khuổi Ky"},
        "2027-09-15": {"Trưởng các khối"}}


# The issuer's closing may "truyền đạt" the leader's opinion instead of "thông báo" it: the same.
def test_the_issuers_closing_conveying_an_opinion_passes_the_order_on():
    body = ("1. Sở Xây dựng kiểm tra hiện trạng kè trước ngày 20/6/2027.\n"
            "Văn phòng UBND tỉnh truyền đạt ý kiến của Chủ tịch UBND tỉnh để các cơ quan, đơn vị biết, thực hiện; "
            "báo cáo kết quả trước ngày 30/6/2027./.\nNơi nhận:\n")
    assert leads_by_date(OFFICE_LETTER + body)["2027-06-30"] == {"Sở Xây dựng", "Sở Tài chính", "UBND xã Sơn Kim"}


# A holder's body described at length before its duty ("Chủ tịch UBND các xã có tỷ lệ hồ sơ trực
# tuyến dưới 50% chịu trách nhiệm nâng …") is the subject; "… chịu trách nhiệm trước Chủ tịch UBND
# tỉnh" (answering for a result) is no task.
def test_a_subject_described_at_length_before_its_duty():
    body = ("1. Chủ tịch UBND các xã, phường có tỷ lệ hồ sơ trực tuyến dưới 50% chịu trách nhiệm nâng tỷ lệ "
            "hồ sơ trực tuyến đạt trên 80% trước ngày 31/12/2027.\n"
            "2. Thủ trưởng các đơn vị có tỷ lệ giải ngân dưới bình quân chung của tỉnh chịu trách nhiệm trước "
            "Chủ tịch UBND tỉnh.\nNơi nhận:\n")
    assert leads_by_date(NOTICE_HA_TINH + body) == {"2027-12-31": {"UBND các xã, phường"}}


NOTICE_HA_TINH = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 90/TB-UBND\nHà Tĩnh, ngày 02 tháng 9 năm 2027\nTHÔNG BÁO\n"
                  "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số\n"
                  "Chủ tịch UBND tỉnh kết luận như sau:\n")


# "Ngoài các nhiệm vụ trên, Giám đốc Sở X chỉ đạo …": an opening before the subject, as "Đối với …".
def test_an_opening_beside_the_tasks_above_then_the_subject():
    body = ("1. Sở Tài chính bố trí kinh phí trước ngày 30/9/2027.\n"
            "Ngoài các nhiệm vụ trên, Giám đốc Sở Giáo dục và Đào tạo chỉ đạo bảo đảm sách vở cho học sinh "
            "vùng lũ.\nNơi nhận:\n")
    assert leads_by_date(NOTICE_HA_TINH + body) == {"2027-09-30": {"Sở Tài chính"}, None: {"Sở Giáo dục và Đào tạo"}}


TELEGRAM = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 61/CĐ-TTg\nHà Nội, ngày 20 tháng 8 năm 2027\nCÔNG ĐIỆN\n"
            "Về việc ứng phó với bão số 4\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n"
            "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thanh Hóa;\n"
            "- Các Bộ: Quốc phòng, Công an;\n- Tập đoàn Điện lực Việt Nam.\n"
            "Để chủ động ứng phó với bão, Thủ tướng Chính phủ yêu cầu:\n")


# A telegram's addressees follow "<SENDER IN CAPITALS> điện:" (either case); "Chủ tịch Ủy ban nhân
# dân các tỉnh, thành phố nêu trên" (spelled out) are those provinces and the city, each on its own.
def test_a_telegrams_addressees_and_the_provinces_named_above():
    body = ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu trên:\n"
            "a) Kêu gọi tàu thuyền vào nơi tránh trú, hoàn thành trước 12 giờ ngày 21/8/2027;\n"
            "2. Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam bảo đảm "
            "thông tin liên lạc, xong trước ngày 22/8/2027.\nNơi nhận:\n")
    assert leads_by_date(TELEGRAM + body) == {
        "2027-08-21": {"UBND tỉnh Quảng Ninh", "UBND thành phố Hải Phòng", "UBND tỉnh Thanh Hóa"},
        "2027-08-22": {"Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam"}}


MINISTRY_LETTER = ("BỘ TÀI CHÍNH\nSố: 5120/BTC-ĐT\nHà Nội, ngày 04 tháng 6 năm 2027\n"
                   "V/v báo cáo giải ngân vốn đầu tư công\nKính gửi:\n- Các Bộ, cơ quan trung ương;\n"
                   "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
                   "Để tổng hợp báo cáo Chính phủ, Bộ Tài chính đề nghị các Bộ, cơ quan trung ương và địa phương:\n")


# "các Bộ, cơ quan trung ương và địa phương" in a letter to the ministries and the provinces: the
# addressees of both kinds; "Kho bạc Nhà nước" is a body by itself; "các cơ quan, đơn vị cử đầu mối …"
# closing the letter: every addressee.
def test_a_ministrys_letter_to_ministries_and_provinces():
    body = ("1. Báo cáo tình hình giải ngân, gửi Bộ Tài chính chậm nhất ngày 10/7/2027.\n"
            "2. Giao Kho bạc Nhà nước kiểm soát, thanh toán vốn ngay khi nhận đủ hồ sơ.\n\n"
            "Đồng thời, đề nghị các cơ quan, đơn vị cử đầu mối phụ trách, gửi về Bộ Tài chính trước ngày 15/6/2027./.\n"
            "Nơi nhận:\n")
    both = {"Các Bộ, cơ quan trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}
    assert leads_by_date(MINISTRY_LETTER + body) == {"2027-07-10": both, None: {"Kho bạc Nhà nước"},
                                                     "2027-06-15": both}


# A period right after the number of the document the task makes ("trình Chính phủ sửa đổi Nghị
# định số 27/2027/NĐ-CP trong tháng 9/2027") is the task's limit, not that document's date.
def test_a_period_after_the_document_the_task_makes():
    from tbkl_xl.parse.deadlines import default_finder
    import datetime
    f = default_finder()
    found = f.find("Bộ Tài chính trình Chính phủ sửa đổi Nghị định số 27/2027/NĐ-CP trong tháng 9/2027.",
                   datetime.date(2027, 6, 1))
    assert [d.date.isoformat() for d in found] == ["2027-09-30"]
    assert f.find("Triển khai Kế hoạch số 12/KH-UBND trong tháng 3/2027.", datetime.date(2027, 6, 1)) == []


HEALTH_LETTER = ("UBND TỈNH HÀ TĨNH\nSỞ Y TẾ\nSố: 880/SYT-NVY\nHà Tĩnh, ngày 10 tháng 8 năm 2027\n"
                 "V/v phòng, chống dịch sốt xuất huyết\nKính gửi:\n- Các Bệnh viện trực thuộc Sở;\n"
                 "- Các Trung tâm Y tế khu vực.\n"
                 "Để chủ động phòng, chống dịch, Sở Y tế đề nghị:\n")


# A letter's institutions in the plural written with their capital ("Các Bệnh viện") are a body;
# "Trung tâm Y tế khu vực" ends at "khu vực" when no region's name follows ("… khu vực cử bác sĩ
# …"); "Phòng X thuộc Sở hướng dẫn …" is the subject; "Các thành viên Ban Chỉ đạo" act each on
# their own, not the board.
def test_institutions_regional_units_units_of_a_department_and_members_of_a_board():
    body = ("1. Các Bệnh viện, Trung tâm Y tế khu vực cử bác sĩ hỗ trợ các Trạm Y tế, hoàn thành trước ngày 31/8/2027.\n"
            "2. Phòng Nghiệp vụ Y thuộc Sở hướng dẫn các đơn vị về phác đồ điều trị.\n"
            "3. Các thành viên Ban Chỉ đạo tăng cường kiểm tra tại địa bàn được phân công.\nNơi nhận:\n")
    assert leads_by_date(HEALTH_LETTER + body) == {
        "2027-08-31": {"Các Bệnh viện", "Trung tâm Y tế khu vực"},
        None: {"Phòng Nghiệp vụ Y", "Các thành viên Ban Chỉ đạo"}}
    from tbkl_xl.parse.agencies import find_mentions
    assert [m.agency.name for m in find_mentions("Ban Quản lý dự án đầu tư khu vực huyện Yên Sơn hoàn thành")] \
        == ["Ban Quản lý dự án đầu tư khu vực huyện Yên Sơn"]


# The Office under its committee written on one markdown line with bold marks ("**ỦY BAN NHÂN
# DÂN****THÀNH PHỐ HUẾ****VĂN PHÒNG**") is the issuer: its closing passes the order on.
def test_the_office_in_a_markdown_header_is_the_issuer():
    text = ("| **ỦY BAN NHÂN DÂN****THÀNH PHỐ HUẾ****VĂN PHÒNG**Số: 845/VP-VH | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
            "****Độc lập - Tự do - Hạnh phúc****Huế, ngày 20 tháng 3 năm 2027* |\n|---|---|\n\n"
            "V/v chuẩn bị Festival Huế 2028\n\n**Kính gửi:**\n\n- Sở Du lịch;\n- Sở Văn hóa và Thể thao.\n\n"
            "Phó Chủ tịch UBND thành phố có ý kiến như sau:\n\n"
            "1. Sở Du lịch xây dựng 05 tour du lịch đêm, hoàn thành trong tháng 5/2027.\n\n"
            "Văn phòng UBND thành phố truyền đạt ý kiến của Phó Chủ tịch UBND thành phố để các cơ quan, đơn vị "
            "biết, thực hiện; báo cáo kết quả trước ngày 30/5/2027./.\n\n**Nơi nhận:**\n")
    assert leads_by_date(text)["2027-05-30"] == {"Sở Du lịch", "Sở Văn hóa và Thể thao"}


# A letter to "UBND các phường: A, B" and "UBND xã C": "UBND các xã, phường" in its text are all three.
def test_the_communes_of_a_letter_listed_and_alone():
    text = ("UBND TỈNH KHÁNH HÒA\nSỞ DU LỊCH\nSố: 655/SDL-QLLH\nKhánh Hòa, ngày 14 tháng 4 năm 2027\n"
            "V/v an toàn bãi tắm\nKính gửi:\n- UBND các phường: Nha Trang, Cam Ranh;\n- UBND xã Vạn Ninh.\n"
            "Sở Du lịch đề nghị UBND các xã, phường:\n"
            "1. Rà soát các bãi tắm, gửi Sở Du lịch trước ngày 25/4/2027.\nNơi nhận:\n")
    assert leads_by_date(text) == {"2027-04-25": {"UBND phường Nha Trang", "UBND phường Cam Ranh", "UBND xã Vạn Ninh"}}


# A board's member named with the role after a dash ("Đồng chí Giám đốc Sở Nội vụ - Ủy viên: rà
# soát …"): the department leads; the role is no part of its name.
def test_a_board_members_duty_after_the_role():
    text = ("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH\nSố: 12/TB-BCĐ\nHà Tĩnh, ngày 10 tháng 7 năm 2027\nTHÔNG BÁO\n"
            "Kết luận của Trưởng Ban Chỉ đạo\nTrưởng Ban Chỉ đạo yêu cầu các thành viên:\n"
            "1. Đồng chí Giám đốc Sở Khoa học và Công nghệ - Phó Trưởng ban Thường trực: chỉ đạo đưa nền tảng "
            "vào vận hành trước ngày 31/8/2027.\n"
            "2. Đồng chí Giám đốc Sở Nội vụ - Ủy viên: rà soát quy trình nội bộ, hoàn thành trước ngày 15/9/2027.\n"
            "Nơi nhận:\n")
    assert leads_by_date(text) == {"2027-08-31": {"Sở Khoa học và Công nghệ"}, "2027-09-15": {"Sở Nội vụ"}}


# "Các sở, ngành, địa phương báo cáo … trước ngày 20 hằng tháng" after the last heading of a notice
# ("3. UBND các xã, phường:" over dashes): bodies of both kinds, not the heading's body.
def test_a_closing_for_departments_and_localities_after_the_last_heading():
    body = ("1. Sở Tài chính bố trí kinh phí trước ngày 30/9/2027.\n"
            "2. UBND các xã, phường:\n- Chủ động ứng phó mưa bão.\n"
            "Các sở, ngành, địa phương báo cáo tình hình thực hiện về Văn phòng UBND tỉnh trước ngày 20/10/2027.\n"
            "Nơi nhận:\n")
    assert leads_by_date(NOTICE_HA_TINH + body)["2027-10-20"] == {"Các sở, ban, ngành", "UBND các xã, phường"}


def government_office_letter(addressees: str, body: str) -> str:
    """A Government Office letter to ``addressees`` ("- X;\n- Y.\n") with ``body``."""
    return ("VĂN PHÒNG CHÍNH PHỦ\nSố: 6120/VPCP-KTTH\nHà Nội, ngày 02 tháng 7 năm 2027\nV/v ý kiến của Phó Thủ tướng\n"
            "Kính gửi:\n" + addressees + body + "Nơi nhận:\n")


# "…; Bộ Tài chính cho ý kiến về …" after a dated clause of another body: a task of its own.
def test_giving_an_opinion_is_a_subjects_verb():
    text = government_office_letter(
        "- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.\n",
        "Phó Thủ tướng có ý kiến như sau: Bộ Kế hoạch và Đầu tư chủ trì thẩm định, báo cáo Thủ tướng Chính phủ "
        "trong tháng 9 năm 2027; Bộ Tài chính cho ý kiến về phương án huy động vốn.\n")
    assert leads_by_date(text) == {"2027-09-30": {"Bộ Kế hoạch và Đầu tư"}, None: {"Bộ Tài chính"}}


# "Ủy ban nhân dân các tỉnh nêu trên" (provinces only) in a letter to three provinces: those three.
def test_the_provinces_named_above():
    text = government_office_letter(
        "- Bộ Tài chính;\n- Ủy ban nhân dân các tỉnh: Lai Châu, Bắc Kạn, Hà Giang.\n",
        "Phó Thủ tướng có ý kiến như sau:\n1. Bộ Tài chính bố trí vốn trong tháng 8/2027.\n"
        "2. Ủy ban nhân dân các tỉnh nêu trên hoàn thiện báo cáo, gửi Bộ Tài chính trước ngày 15/7/2027.\n")
    assert leads_by_date(text)["2027-07-15"] == {"UBND tỉnh Lai Châu", "UBND tỉnh Bắc Kạn", "UBND tỉnh Hà Giang"}
