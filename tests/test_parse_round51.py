"""Round 51 (issue 11's fiftieth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZZO … ZZZZZZZZZZZZZZZZZZZZZZZZZT, one test each on text written for these tests."""
from __future__ import annotations

from functools import partial

from tbkl_xl.parse import parse_notice

from parse_helpers import plan_row, leads_on as _leads_on, NB_SIGNED, dated as _dated, dates as _dates, letter as _letter, names as _names, \
    notice as _notice, tasks as _tasks

# a province's plan with a task table
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 140/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
        "Triển khai các nhiệm vụ năm 2027\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n")
# a commune's letter to its offices and its hamlets' heads
COMMUNE_LETTER = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 231/UBND-KT\nV/v chấn chỉnh hoạt động cầm đồ\n"
                  "Gia Viễn, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Phòng Kinh tế;\n- Công an xã Gia Viễn;\n"
                  "- Trưởng các thôn: Đồng Tâm, Văn Hà;\n- Chủ các cơ sở kinh doanh dịch vụ cầm đồ trên địa bàn xã.\n\n"
                  "Chủ tịch UBND xã yêu cầu:\n")


_plan_row = partial(plan_row, PLAN)


# --- task tables ------------------------------------------------------------------------------------------------------

def test_a_column_of_where_the_press_raised_a_matter_is_no_lead_column():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 412/VP-KGVX\nV/v trả lời phản ánh của báo chí\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Sở Y tế;\n- Sở Xây dựng.\n\n"
            "Văn phòng UBND tỉnh đề nghị các cơ quan trả lời các nội dung báo chí nêu sau:\n\n"
            "| STT | Nội dung báo chí nêu | Cơ quan báo chí, ngày đăng | Cơ quan trả lời | Thời hạn trả lời |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Quá tải tại Khoa Cấp cứu | Báo điện tử Sức khỏe Cộng đồng, ngày 02/4/2027 | Sở Y tế | Trước ngày 08/5/2027 |\n"
            "| 2 | Sạt lở taluy đường liên thôn | Tạp chí Kinh tế Biên mậu, ngày 25/3/2027 | Sở Xây dựng | Trước ngày 05/5/2027 |\n"
            "\n" + NB_SIGNED)
    assert _dated(text) == {("Sở Y tế", "2027-05-08"), ("Sở Xây dựng", "2027-05-05")}


def test_a_column_of_reports_titles_still_holds_the_task():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-TH\nV/v xây dựng báo cáo tổng kết năm 2027\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Sở Tài chính;\n- Sở Nội vụ.\n\n"
            "| STT | Tên báo cáo | Cơ quan chủ trì | Nơi nhận | Thời hạn gửi |\n|---|---|---|---|---|\n"
            "| 1 | Tổng kết công tác ngân sách năm 2027 | Sở Tài chính | Văn phòng UBND tỉnh | 18/12/2027 |\n"
            "| 2 | Tổng kết công tác cải cách hành chính | Sở Nội vụ | Văn phòng UBND tỉnh | 21/12/2027 |\n\n" + NB_SIGNED)
    assert _dated(text) == {("Sở Tài chính", "2027-12-18"), ("Sở Nội vụ", "2027-12-21")}


def test_a_page_kept_over_a_commemorations_month_has_no_limit():
    assert not _plan_row("Mở chuyên trang kỷ niệm trên báo in và báo điện tử", "Sở Văn hóa, Thể thao và Du lịch",
                         "Từ ngày 01/6/2027 đến ngày 30/6/2027")


def test_a_screening_over_a_campaigns_days_has_no_limit():
    assert not _plan_row("Khám sàng lọc, siêu âm miễn phí cho người cao tuổi", "Sở Y tế",
                         "Từ ngày 22/6/2027 đến ngày 30/6/2027")


def test_months_of_a_harvest_season_in_a_time_cell_are_no_limit():
    assert not _plan_row("Thu hái, sơ chế hồi vụ chính theo quy trình hữu cơ", "Sở Nông nghiệp và Môi trường",
                         "Tháng 8 - 10/2027 (vụ thu hoạch)")


def test_security_kept_on_the_day_a_cell_gives_has_no_limit():
    assert not _plan_row("Bảo đảm an ninh, trật tự tại cuộc đấu giá", "Công an tỉnh", "Ngày 20/6/2027")


def test_the_tables_bodies_keep_their_rows_times_named_back_and_each_takes_the_sentences_day():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSỞ TÀI CHÍNH\nSố: 331/STC-QLNS\nV/v khắc phục tồn tại quyết toán\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Sở Xây dựng;\n- Sở Y tế;\n- UBND xã Gia Viễn.\n\n"
            "| STT | Đơn vị | Nội dung còn tồn tại | Thời hạn khắc phục |\n|---|---|---|---|\n"
            "| 1 | Sở Xây dựng | Chưa nộp báo cáo quyết toán ngân sách năm 2026 | Trước ngày 10/5/2027 |\n"
            "| 2 | Sở Y tế | Chưa thu hồi kinh phí chi sai chế độ | Trong tháng 5/2027 |\n"
            "| 3 | UBND xã Gia Viễn | Chưa giải trình chênh lệch số liệu kiểm kê tài sản | Trong quá trình xét duyệt quyết toán |\n\n"
            "Sở Tài chính đề nghị:\n\n**1.** Các đơn vị có tên tại bảng trên khẩn trương khắc phục các tồn tại theo thời hạn "
            "nêu trên; gửi văn bản giải trình về Sở Tài chính trước ngày 25/4/2027.\n\n" + NB_SIGNED)
    assert _leads_on(text, "2027-04-25") == {"Sở Xây dựng", "Sở Y tế", "UBND xã Gia Viễn"}
    assert ("Sở Xây dựng", "2027-05-10") in _dated(text)


# --- closings and bodies named back -----------------------------------------------------------------------------------

def test_a_unions_branches_named_back_in_short_are_the_communes_branches_listed():
    text = ("HỘI LHPN TỈNH NINH BÌNH\nBAN THƯỜNG VỤ\nSố: 164/HPN-GĐXH\nV/v triển khai mô hình phụ nữ nói không với tín "
            "dụng đen\nNinh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Hội Liên hiệp Phụ nữ các xã: Gia Viễn, Nho Quan;\n"
            "- Ban Gia đình - Xã hội.\n\nBan Thường vụ Hội LHPN tỉnh đề nghị:\n"
            "1. Hội Liên hiệp Phụ nữ các xã: Gia Viễn, Nho Quan thành lập câu lạc bộ tại mỗi xã trong Quý III/2027.\n"
            "2. Ban Gia đình - Xã hội xây dựng hướng dẫn mô hình, gửi cơ sở trước ngày 25/6/2027.\n"
            "Đề nghị Hội LHPN các xã nêu trên, Ban Gia đình - Xã hội báo cáo kết quả về Thường trực Hội LHPN tỉnh "
            "trước ngày 25/11/2027./.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-11-25") == {"Hội Liên hiệp Phụ nữ xã Gia Viễn", "Hội Liên hiệp Phụ nữ xã Nho Quan",
                                             "Ban Gia đình - Xã hội"}


def test_the_owners_of_the_shops_named_back_are_the_shops_named_before():
    text = _notice("1. Hộ kinh doanh Cầm đồ Minh Hằng trả lại căn cước công dân cho chủ sở hữu trước ngày 19/6/2027.\n"
                  "2. Công ty TNHH Dịch vụ cầm đồ Phúc Thịnh lắp đặt camera giám sát, xong trước ngày 30/6/2027.\n"
                  "3. Các chủ cơ sở nêu trên ký cam kết không cho vay lãi nặng, gửi Công an xã Gia Viễn trước ngày "
                  "25/6/2027.")
    assert _leads_on(text, "2027-06-25") == {"Hộ kinh doanh Cầm đồ Minh Hằng", "Công ty TNHH Dịch vụ cầm đồ Phúc Thịnh"}


def test_a_board_named_back_by_the_word_its_tables_lead_column_heads_means_the_rows_bodies():
    text = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nBAN QUẢN LÝ RỪNG ĐẶC DỤNG GIA VIỄN\nSố: 24/BC-BQLR\n"
            "Gia Viễn, ngày 14 tháng 4 năm 2027\nBÁO CÁO\nKết quả sản xuất cây giống quý I năm 2027\n"
            "Kính gửi: Sở Nông nghiệp và Môi trường.\n"
            "Thực hiện Kế hoạch số 35/KH-SNNMT của Sở Nông nghiệp và Môi trường, Ban Quản lý rừng đặc dụng Gia Viễn báo cáo "
            "như sau:\nI. NHIỆM VỤ QUÝ II NĂM 2027\n"
            "| STT | Nhiệm vụ | Bộ phận chủ trì | Bộ phận phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Xuất vườn 40.000 cây lim xanh | Tổ Vườn ươm | Phòng Hành chính - Tổng hợp | Trước ngày 30/4/2027 |\n"
            "| 2 | Lập hồ sơ công nhận vườn giống | Phòng Kỹ thuật - Bảo tồn | Tổ Vườn ươm | Tháng 5/2027 |\n\n"
            "Các bộ phận nêu trên báo cáo kết quả thực hiện về Phòng Hành chính - Tổng hợp trước ngày 25/6/2027.\n"
            + NB_SIGNED)
    assert _leads_on(text, "2027-06-25") == {"Tổ Vườn ươm", "Phòng Kỹ thuật - Bảo tồn"}


def test_bodies_named_back_by_what_was_done_to_them_are_those_named_before():
    text = ("THANH TRA TỈNH NINH BÌNH\nSố: 287/TTr-NV2\nV/v chuẩn bị cho cuộc thanh tra\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Sở Y tế;\n- Bệnh viện Đa khoa tỉnh.\n\n"
            "Để Đoàn thanh tra thực hiện nhiệm vụ đúng kế hoạch, Thanh tra tỉnh đề nghị:\n"
            "1. Sở Y tế báo cáo bằng văn bản theo đề cương, gửi Thanh tra tỉnh chậm nhất ngày 12/5/2027.\n"
            "2. Bệnh viện Đa khoa tỉnh cung cấp hồ sơ các gói thầu về Sở Y tế trước ngày 14/5/2027.\n"
            "3. Giao Phòng Nghiệp vụ 2 xây dựng kế hoạch thanh tra, trình Chánh Thanh tra tỉnh trước ngày 08/5/2027.\n"
            "Các cơ quan, đơn vị được thanh tra nêu trên cử cán bộ đầu mối, gửi danh sách về Thanh tra tỉnh trước "
            "ngày 11/5/2027./.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-05-11") == {"Sở Y tế", "Bệnh viện Đa khoa tỉnh"}


def test_the_communes_an_article_lists_are_those_of_its_table():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1386/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc phân bổ kinh phí hỗ trợ khắc phục hậu quả bão\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n"
            "QUYẾT ĐỊNH:\n**Điều 1.** Phân bổ 8.640 triệu đồng hỗ trợ các xã bị thiệt hại, cụ thể:\n\n"
            "| STT | Đơn vị | Nhà bị hư hỏng (nhà) | Kinh phí (triệu đồng) |\n|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | 312 | 4.260 |\n| 2 | UBND xã Nho Quan | 274 | 4.380 |\n\n"
            "**Điều 2.** Tổ chức thực hiện\n\n1. Sở Tài chính thông báo bổ sung có mục tiêu cho ngân sách các xã.\n\n"
            "2. UBND các xã có tên tại Điều 1:\n\n- Báo cáo kết quả sử dụng kinh phí về Sở Tài chính trước ngày 30/10/2027.\n\n"
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.\n\n" + NB_SIGNED)
    assert _leads_on(text, "2027-10-30") == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


def test_the_police_of_communes_and_wards_named_back_beside_a_room_are_each_named_before():
    text = _notice("1. Công an các xã, phường: Gia Viễn, Nho Quan và Hoa Lư tổ chức tuần tra tại các cơ sở cầm đồ.\n"
                   "2. Phòng Cảnh sát hình sự hướng dẫn nghiệp vụ kiểm tra.\n"
                   "3. Phòng Cảnh sát hình sự và Công an các xã, phường nêu trên báo cáo kết quả về Công an tỉnh trước "
                   "ngày 10/6/2027.")
    assert _leads_on(text, "2027-06-10") == {"Phòng Cảnh sát hình sự", "Công an xã Gia Viễn", "Công an xã Nho Quan",
                                             "Công an phường Hoa Lư"}


def test_a_request_to_the_owners_of_a_group_goes_to_that_group_not_every_addressee():
    text = COMMUNE_LETTER + ("1. Phòng Kinh tế kiểm tra giấy chứng nhận đăng ký kinh doanh, hoàn thành trước ngày "
                             "20/6/2027.\n2. Đề nghị chủ các cơ sở kinh doanh dịch vụ cầm đồ thực hiện đúng lãi suất; ký "
                             "cam kết, gửi UBND xã trước ngày 15/6/2027.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-06-15") == {"Chủ các cơ sở kinh doanh dịch vụ cầm đồ"}


# --- names ----------------------------------------------------------------------------------------------------------

def test_a_figure_after_a_shops_name_is_no_number_of_its_name():
    assert _names("Hộ kinh doanh Cầm đồ Minh Hằng thu lãi 3.000 đồng/1 triệu đồng/ngày; Hộ kinh doanh Cầm đồ Tuấn Anh "
                  "niêm yết lãi suất 1,5%/tháng.") == ["Hộ kinh doanh Cầm đồ Minh Hằng", "Hộ kinh doanh Cầm đồ Tuấn Anh"]


def test_a_head_with_no_name_of_its_own_before_its_verb_ends_the_name():
    assert _names("Văn phòng Cơ quan Hội bố trí kinh phí từ dự toán năm 2027 của Hội.") == ["Văn phòng Cơ quan Hội"]


def test_a_rooms_name_ends_before_checking_settling_or_servicing():
    assert _names("Giao Phòng Quản lý ngân sách thẩm tra hồ sơ quyết toán.") == ["Phòng Quản lý ngân sách"]
    assert _names("Xưởng Dịch vụ mai táng trang bị đủ găng tay, khẩu trang.") == ["Xưởng Dịch vụ mai táng"]
    assert _names("Phòng Kỹ thuật - Mạng lưới bảo dưỡng 47 trạm đo mưa tự động.") == ["Phòng Kỹ thuật - Mạng lưới"]


def test_a_co_operating_rooms_name_ends_before_checking_again():
    assert _names("Công an xã Gia Viễn phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị tái kiểm tra 03 cơ sở.")[-1] == \
        "Phòng Kinh tế, Hạ tầng và Đô thị"


def test_irrigation_clusters_are_bodies():
    assert _names("2. Cụm thủy lợi Gia Viễn, Cụm thủy lợi Nho Quan kiểm tra cống tiêu.") == \
        ["Cụm thủy lợi Gia Viễn", "Cụm thủy lợi Nho Quan"]


def test_schools_listed_with_their_levels_keep_them():
    assert _names("Các trường: Tiểu học Gia Viễn, PTDTBT Tiểu học Mông Ân rà soát danh sách học sinh.") == \
        ["Trường Tiểu học Gia Viễn", "Trường PTDTBT Tiểu học Mông Ân"]
    assert _names("Các trường: PTDTBT Tiểu học và THCS Bắc Xa, Tiểu học Gia Viễn rà soát danh sách.") == \
        ["Trường PTDTBT Tiểu học và THCS Bắc Xa", "Trường Tiểu học Gia Viễn"]


def test_youth_cells_of_hamlets_listed_are_each_a_body():
    assert _names("Chi đoàn thanh niên các thôn: Đồng Tâm, Văn Hà và Chi đoàn thôn Làng Vường tổ chức trông giữ trẻ.") == \
        ["Chi đoàn thanh niên thôn Đồng Tâm", "Chi đoàn thanh niên thôn Văn Hà", "Chi đoàn thôn Làng Vường"]


def test_a_body_of_each_commune_and_ward_listed_takes_each_units_own_kind():
    text = _notice("1. Ban Thường vụ Đoàn các xã, phường: Gia Viễn, Nho Quan và Hoa Lư tổ chức lớp dạy bơi trước ngày "
                   "12/6/2027.")
    assert _leads_on(text, "2027-06-12") == {"Ban Thường vụ Đoàn xã Gia Viễn", "Ban Thường vụ Đoàn xã Nho Quan",
                                             "Ban Thường vụ Đoàn phường Hoa Lư"}


def test_a_communes_offices_owned_by_its_committee_lead_their_task():
    text = _letter("1. Phòng Kinh tế của UBND xã Gia Viễn hoàn thiện hồ sơ, chi trả kinh phí trước ngày 05/9/2027.")
    assert _leads_on(text, "2027-09-05") == {"Phòng Kinh tế"}


def test_hamlets_heads_listed_without_a_colon_are_each_a_body():
    assert _names("Trưởng các thôn Đồng Tâm, Văn Hà: lập danh sách hộ đăng ký.")[:2] == \
        ["Trưởng thôn Đồng Tâm", "Trưởng thôn Văn Hà"]


# --- subjects ---------------------------------------------------------------------------------------------------------

def test_a_bold_room_watching_a_trade_or_correcting_the_news_leads_its_item():
    text = ("CÔNG AN TỈNH NINH BÌNH\nSố: 86/KH-CAT\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Cao điểm phòng, chống tín dụng đen\nIII. TỔ CHỨC THỰC HIỆN\n"
            "**1. Phòng Cảnh sát hình sự** chủ trì điều tra các đường dây cho vay lãi nặng, báo cáo trước ngày 30/5/2027.\n"
            "**2. Phòng An ninh kinh tế** nắm tình hình hoạt động của các công ty tài chính; báo cáo Giám đốc Công an tỉnh "
            "trong tháng 6/2027.\n**3. Phòng Tham mưu** đính chính, cải chính thông tin sai lệch trên trang tin điện tử "
            "trước ngày 20/6/2027.\n" + NB_SIGNED)
    found = _dated(text)
    assert ("Phòng An ninh kinh tế", "2027-06-30") in found and ("Phòng Tham mưu", "2027-06-20") in found


def test_a_month_opening_a_dash_before_practising_a_plan_is_its_limit():
    assert _dates("- Trong tháng 5/2027, thực tập phương án chữa cháy liên gia với sự tham gia của các hộ.") == \
        ["2027-05-31"]


# --- deadlines --------------------------------------------------------------------------------------------------------

def test_the_working_days_of_a_week_are_no_limit():
    assert _dates("Bố trí 02 quầy tiếp nhận, phục vụ từ 7h30 đến 17h00 các ngày làm việc trong tuần.") == []


def test_security_kept_on_one_day_is_no_limit_but_a_completion_that_day_is():
    assert _dates("Công an xã bố trí lực lượng bảo đảm an ninh, trật tự tại địa điểm tổ chức đấu giá trong ngày "
                  "16/5/2027.") == []
    assert _dates("Chỉ đạo cấm phương tiện qua cầu, bố trí người trực 24/24 giờ tại hai đầu cầu, hoàn thành ngay trong "
                  "ngày 11/5/2027.") == ["2027-05-11"]


def test_a_span_counted_from_a_month_is_how_long_no_limit():
    assert _dates("Cấp phát gạo hỗ trợ (15 kg/khẩu/tháng) trong thời gian 03 tháng kể từ tháng 8/2027.") == []


def test_the_year_a_lists_households_are_of_is_no_limit_before_its_sending():
    text = _letter("1. UBND xã Gia Viễn lập danh sách hộ gia đình có đất chuyển nhượng trong năm 2027, gửi Sở Tài chính "
                   "trước ngày 05/6/2027.")
    assert {d for _a, d in _dated(text)} == {"2027-06-05"}


def test_the_year_a_reports_results_are_of_is_no_limit_before_its_day():
    text = _letter("1. Sở Y tế báo cáo kết quả thực hiện nhiệm vụ trong năm 2027 về UBND tỉnh trước ngày 05/12/2027.")
    assert _dated(text) == {("Sở Y tế", "2027-12-05")}


# --- the header -------------------------------------------------------------------------------------------------------

def test_a_firms_name_on_two_header_lines_is_the_issuer():
    text = ("CÔNG TY CỔ PHẦN NÔNG SẢN\nXANH GIA VIỄN\nSố: 27/2027/CV-NSX\nV/v đề xuất liên kết sản xuất\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi: UBND xã Gia Viễn.\nCông ty kính đề nghị UBND xã Gia Viễn xác nhận diện tích trước ngày 20/6/2027.\n"
            + NB_SIGNED)
    assert parse_notice(text).issuer == "CÔNG TY CỔ PHẦN NÔNG SẢN XANH GIA VIỄN"


# --- wave 4 and the rest of waves 1–3 ---------------------------------------------------------------------------------

def test_keepers_of_the_relics_of_hamlets_listed_are_each_a_body():
    assert _names("Người trông coi di tích các thôn: Nà Cà, Khuôn Phải và thôn Pác Lùng thực hiện.") == \
        ["Người trông coi di tích thôn Nà Cà", "Người trông coi di tích thôn Khuôn Phải",
         "Người trông coi di tích thôn Pác Lùng"]


def test_a_board_named_in_sentence_case_after_a_group_is_a_body_of_its_own():
    assert _names("UBND các phường và Ban quản lý di tích Nhị - Tam Thanh báo cáo kết quả.") == \
        ["UBND các phường", "Ban quản lý di tích Nhị - Tam Thanh"]


def test_a_youth_federations_committees_of_units_listed_are_each_a_body():
    assert _names("Ủy ban Hội LHTN Việt Nam các xã: Gia Viễn, Nho Quan và Ủy ban Hội LHTN Việt Nam phường Hoa Lư tổ "
                  "chức.") == ["Ủy ban Hội LHTN Việt Nam xã Gia Viễn", "Ủy ban Hội LHTN Việt Nam xã Nho Quan",
                               "Ủy ban Hội LHTN Việt Nam phường Hoa Lư"]


def test_the_schools_youth_unions_named_back_are_those_named_before():
    text = _notice("1. Đoàn trường THPT Gia Viễn tổ chức ra quân tình nguyện hè trước ngày 20/6/2027.\n"
                   "2. Đoàn trường THPT Nho Quan tổ chức lớp kỹ năng sống trước ngày 25/6/2027.\n"
                   "3. Các Đoàn trường nêu trên báo cáo kết quả về Tỉnh đoàn chậm nhất ngày 05/9/2027.")
    assert _leads_on(text, "2027-09-05") == {"Đoàn trường THPT Gia Viễn", "Đoàn trường THPT Nho Quan"}


def test_a_clause_after_a_semicolon_in_a_letter_goes_on_with_the_items_body():
    text = _letter("1. Sở Y tế theo dõi, báo cáo UBND tỉnh trước ngày 05/5/2027; tổ chức 02 lớp tập huấn trong năm 2027.\n"
                   "2. Sở Tài chính bố trí kinh phí trước ngày 10/6/2027.")
    assert _leads_on(text, "2027-12-31") == {"Sở Y tế"}


def test_a_rooms_name_before_following_up_stays_whole():
    assert _names("Giao Phòng Quản lý xây dựng theo dõi, đôn đốc nhà thầu.") == ["Phòng Quản lý xây dựng"]
    assert _names("Giao Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật tổng hợp số liệu.") == \
        ["Phòng Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật"]


def test_hamlets_heads_listed_under_the_title_in_the_singular_are_each_a_body():
    assert _names("Trưởng thôn: Đồng Tâm, Văn Hà và Trưởng thôn Nà Lầu: rà soát.") == \
        ["Trưởng thôn Đồng Tâm", "Trưởng thôn Văn Hà", "Trưởng thôn Nà Lầu"]


def test_a_vaccination_rounds_days_in_a_time_cell_are_no_limit():
    assert not _plan_row("Tổ chức tiêm phòng dại đợt 1 cho chó, mèo tại các thôn", "UBND xã Gia Viễn",
                         "Đợt 1: từ ngày 15/4/2027 đến ngày 15/5/2027")


def test_months_of_an_exam_schedule_in_a_time_cell_are_no_limit():
    assert not _plan_row("Tổ chức thi tuyển viên chức giáo dục", "Sở Giáo dục và Đào tạo", "Tháng 7 - 8/2027 (theo lịch thi)")


def test_a_summers_classes_and_a_cold_spells_checks_in_time_cells_are_no_limit():
    assert not _plan_row("Tổ chức các lớp dạy bơi, kỹ năng an toàn cho học sinh", "Sở Giáo dục và Đào tạo",
                         "Từ ngày 15/6 đến ngày 15/8/2027")
    assert not _plan_row("Kiểm tra, đôn đốc việc che chắn chuồng trại tại các xã vùng cao trong đợt rét",
                         "Sở Nông nghiệp và Môi trường", "Từ đêm 12/1 đến ngày 15/1/2028")


def test_the_hour_a_coercion_is_held_at_is_no_limit():
    assert not _plan_row("Tổ chức cưỡng chế, tháo dỡ kho bãi", "UBND xã Gia Viễn", "08 giờ ngày 04/8/2027")


def test_how_long_a_biting_animal_is_watched_is_no_limit():
    assert _dates("Hướng dẫn người dân theo dõi con vật cắn người trong 10 ngày.") == []


def test_counted_places_of_the_work_are_no_second_subject():
    text = _letter("3. Sở Tư pháp kiểm tra việc thi hành các quyết định xử phạt tại 05 sở, ngành và 08 xã, phường, hoàn "
                   "thành trong Quý III/2027.")
    assert _dated(text) == {("Sở Tư pháp", "2027-09-30")}


def test_a_brand_with_a_capital_inside_is_no_glued_word():
    found = _tasks(_letter("1. Sở Y tế xét nghiệm GeneXpert cho người nghi mắc lao trước ngày 10/5/2027; Phòng Kế "
                           "hoạchTài chính báo cáo."))
    assert "GeneXpert" in found[0][2] and any("Kế hoạch Tài chính" in t for _l, _d, t in found)
