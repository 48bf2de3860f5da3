"""Round 50 (issue 11's forty-ninth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZI … ZZZZZZZZZZZZZZZZZZZZZZZZF, one test each on text written for these tests."""
from __future__ import annotations

from functools import partial

from tbkl_xl.parse import parse_notice

from parse_helpers import plan_row, NB_SIGNED, dated as _dated, dates as _dates, names as _names, notice as _notice, \
    tasks as _tasks

# a commune's letter to its offices, a cooperative and its hamlets' heads
COMMUNE_LETTER = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 214/UBND-KT\nV/v phòng, chống ngộ độc đàn ong\n"
                  "Gia Viễn, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Phòng Kinh tế;\n- Hợp tác xã Ong mật Gia Viễn;\n"
                  "- Trưởng các thôn: Đồng Tâm, Văn Hà.\n\nUBND xã yêu cầu:\n")
# a province's plan with a task table
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 131/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
        "Triển khai các nhiệm vụ năm 2027\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n")


_plan_row = partial(plan_row, PLAN)


# --- a closing for the bodies named above in a letter --------------------------------------------------------------------

def test_a_closing_for_the_bodies_named_above_reaches_a_body_an_item_gave_work_besides_the_addressees():
    text = COMMUNE_LETTER + ("1. Phòng Kinh tế kiểm tra các vườn vải phun thuốc, xong trước ngày 30/4/2027.\n"
                             "2. Hợp tác xã Ong mật Gia Viễn bố trí khu đặt đàn ong, xong trước ngày 18/4/2027.\n"
                             "3. Trưởng các thôn: Đồng Tâm, Văn Hà lập danh sách hộ nuôi ong, gửi Phòng Kinh tế trước ngày "
                             "20/4/2027.\n4. Công an xã tăng cường kiểm tra việc kinh doanh thuốc bảo vệ thực vật.\n"
                             "Các đơn vị nêu trên báo cáo kết quả thực hiện về UBND xã trước ngày 29/5/2027.\n" + NB_SIGNED)
    closing = {a for a, d in _dated(text) if d == "2027-05-29"}
    assert closing == {"Phòng Kinh tế", "Hợp tác xã Ong mật Gia Viễn", "Trưởng thôn Đồng Tâm", "Trưởng thôn Văn Hà",
                       "Công an xã"}


def test_a_closing_reaching_the_bodies_besides_the_addressees_leaves_out_a_body_only_asked():
    text = COMMUNE_LETTER + ("1. Phòng Kinh tế kiểm tra các vườn vải phun thuốc, xong trước ngày 30/4/2027.\n"
                             "2. Hợp tác xã Ong mật Gia Viễn bố trí khu đặt đàn ong, xong trước ngày 18/4/2027.\n"
                             "3. Trưởng các thôn: Đồng Tâm, Văn Hà lập danh sách hộ nuôi ong, gửi Phòng Kinh tế trước ngày "
                             "20/4/2027.\n4. Đề nghị Công an xã phối hợp tuần tra, ngăn chặn trộm cắp đàn ong.\n"
                             "Các đơn vị nêu trên báo cáo kết quả thực hiện về UBND xã trước ngày 29/5/2027.\n" + NB_SIGNED)
    assert "Công an xã" not in {a for a, d in _dated(text) if d == "2027-05-29"}


def test_a_closing_naming_the_issuer_reaches_its_own_room_an_item_gave_work():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 386/UBND-VHXH\nV/v dừng hoạt động các điểm trường lẻ\n"
            "Gia Viễn, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Trường Tiểu học Gia Viễn;\n- Trường Mầm non Gia Viễn;\n"
            "- Trưởng các thôn: Đồng Tâm, Văn Hà.\n\nUBND xã yêu cầu:\n"
            "1. Trường Tiểu học Gia Viễn lập danh sách học sinh chuyển về điểm trường chính, gửi UBND xã (qua Phòng Văn hóa "
            "- Xã hội) trước ngày 20/5/2027.\n2. Trường Mầm non Gia Viễn tổ chức họp cha mẹ trẻ, xong trong tháng 5/2027.\n"
            "3. Trưởng các thôn: Đồng Tâm, Văn Hà lập danh sách hộ có nhu cầu đưa đón học sinh, gửi UBND xã trước ngày "
            "25/5/2027.\n4. Giao Phòng Văn hóa - Xã hội xây dựng phương án đưa đón học sinh, trình UBND xã trước ngày "
            "05/6/2027.\n5. Phòng Kinh tế chuẩn bị hồ sơ bàn giao cơ sở vật chất điểm trường cho thôn, hoàn thành trước "
            "ngày 08/6/2027.\nCác đơn vị, cá nhân nêu trên báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội) "
            "trước ngày 30/9/2027./.\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-09-30"} == {"Trường Tiểu học Gia Viễn", "Trường Mầm non Gia Viễn",
                                                                 "Trưởng thôn Đồng Tâm", "Trưởng thôn Văn Hà",
                                                                 "Phòng Kinh tế"}


def test_departments_and_communes_named_in_a_part_are_those_of_that_part():
    text = _notice("II. NHIỆM VỤ\n1. Sở Khoa học và Công nghệ hướng dẫn đăng ký chỉ dẫn địa lý, xong trước ngày 30/6/2027.\n"
                   "2. Sở Công Thương rà soát các cơ sở chế biến, hoàn thành trong tháng 5/2027.\n"
                   "3. UBND các xã: Gia Viễn, Nho Quan bố trí điểm bán sản phẩm, hoàn thành trước ngày 30/4/2027.\n"
                   "III. TỔ CHỨC THỰC HIỆN\nCác sở, ngành, UBND các xã, phường nêu tại Mục II báo cáo kết quả thực hiện về "
                   "UBND tỉnh trước ngày 05/12/2027.")
    assert {a for a, d in _dated(text) if d == "2027-12-05"} == {"Sở Khoa học và Công nghệ", "Sở Công Thương",
                                                                 "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# --- names ---------------------------------------------------------------------------------------------------------------

def test_a_cooperative_group_and_a_cooperative_named_by_their_trade():
    assert _names("Tổ hợp tác nuôi ong Khuổi Rịn vận động các hộ góp vốn.") == ["Tổ hợp tác nuôi ong Khuổi Rịn"]
    assert _names("Hợp tác xã nuôi ong Đồng Tân ký thỏa thuận.") == ["Hợp tác xã nuôi ong Đồng Tân"]
    assert _names("Hợp tác xã thực hiện tiêu thụ sản phẩm cho Công ty Mai Linh.") == ["Công ty Mai Linh"]


def test_clubs_named_side_by_side_are_two_bodies():
    assert _names("Câu lạc bộ Bóng đá xã Bình Gia, Câu lạc bộ Cầu lông phường Lương Văn Tri đăng ký thi đấu.") == \
        ["Câu lạc bộ Bóng đá xã Bình Gia", "Câu lạc bộ Cầu lông phường Lương Văn Tri"]


def test_a_markets_lines_of_goods_listed_after_their_head():
    assert _names("Các tổ ngành hàng: Vải sợi, Hàng khô và Tổ ngành hàng Điện tử kiểm tra hàng hóa.") == \
        ["Tổ ngành hàng Vải sợi", "Tổ ngành hàng Hàng khô", "Tổ ngành hàng Điện tử"]


def test_a_mass_organisations_branches_of_listed_hamlets():
    assert _names("Chi hội Khuyến học các thôn: Nà Lay, Pắc Cáp và thôn Khuổi Lặc vận động học sinh.") == \
        ["Chi hội Khuyến học thôn Nà Lay", "Chi hội Khuyến học thôn Pắc Cáp", "Chi hội Khuyến học thôn Khuổi Lặc"]


def test_rooms_and_departments_whose_names_hold_a_comma_a_verb_or_a_place_word():
    assert _names("Vụ Kế hoạch, Tài chính phối hợp với Vụ Thư viện rà soát kinh phí.") == \
        ["Vụ Kế hoạch, Tài chính", "Vụ Thư viện"]
    assert _names("Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên: kiểm tra rừng.") == \
        ["Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"]
    assert _names("Phòng Thu thập thông tin thống kê hướng dẫn điều tra viên.") == ["Phòng Thu thập thông tin thống kê"]
    assert _names("Phòng Lãnh sự và Người Việt Nam ở nước ngoài rà soát hồ sơ.") == \
        ["Phòng Lãnh sự và Người Việt Nam ở nước ngoài"]


def test_a_name_ends_before_its_verb_whatever_follows():
    assert _names("Tổ Thường trực Ban Chỉ đạo tổng hợp kết quả toàn tỉnh, báo cáo UBND tỉnh.")[0] == \
        "Tổ Thường trực Ban Chỉ đạo"
    assert _names("Phòng Tham mưu, Phòng Cảnh sát hình sự xây dựng báo cáo chuyên đề về tội phạm dịp Tết.") == \
        ["Phòng Tham mưu", "Phòng Cảnh sát hình sự"]
    assert _names("Tổ Văn phòng chuyển hồ sơ học sinh, xong trước ngày 15/8/2027.") == ["Tổ Văn phòng"]


def test_teams_of_a_firm_or_a_school():
    assert _names("Giao Đội khai thác số 1 kiểm tra mốc giới, xong trước ngày 28/5/2027.") == ["Đội khai thác số 1"]
    assert _names("Đội xe đưa đón học sinh kiểm tra xe trước năm học mới.") == ["Đội xe đưa đón học sinh"]
    assert _names("Tổ khối 1 - 2 tiếp tục dạy lớp ghép tại điểm trường.") == ["Tổ khối 1 - 2"]


def test_notaries_told_together():
    assert _names("Các công chứng viên rà soát hồ sơ công chứng hợp đồng.") == ["Công chứng viên"]


# --- subjects ------------------------------------------------------------------------------------------------------------

def test_a_month_between_the_subject_and_its_verb():
    assert _dated(_notice("4. Trưởng các thôn: Nà Lùng, Khòn Quắc, Bản Chu trong tháng 7/2027 tổ chức cho các hộ ký cam "
                          "kết.\n5. Sở Y tế trong quý III/2027 hoàn thành kiểm tra các cơ sở.")) == \
        {("Trưởng thôn Nà Lùng", "2027-07-31"), ("Trưởng thôn Khòn Quắc", "2027-07-31"),
         ("Trưởng thôn Bản Chu", "2027-07-31"), ("Sở Y tế", "2027-09-30")}


def test_communes_handing_targets_down_to_their_own_units_act_themselves():
    assert _dated(_notice("5. UBND các xã: Gia Viễn, Nho Quan giao chỉ tiêu tiết kiệm điện cho các đơn vị trực thuộc "
                          "trước ngày 15/5/2027.")) == {("UBND xã Gia Viễn", "2027-05-15"), ("UBND xã Nho Quan", "2027-05-15")}


def test_a_line_opening_with_an_update_and_a_count_is_a_task_not_a_web_pages_stamp():
    found = _tasks(_notice("1. Chi cục Thủy lợi:\n- Cập nhật 142 vị trí nguy cơ cao vào cơ sở dữ liệu của tỉnh, hoàn thành "
                           "trong Quý III/2027.\n- Hướng dẫn các xã xây dựng phương án sơ tán."))
    assert [(leads, d) for leads, d, _t in found] == [(["Chi cục Thủy lợi"], "2027-09-30"), (["Chi cục Thủy lợi"], None)]


# --- times in a task table's time cell -----------------------------------------------------------------------------------

def test_a_span_in_a_time_cell_for_work_kept_up_over_it_is_no_limit():
    assert _plan_row("Tiếp nhận vũ khí, vật liệu nổ do Nhân dân giao nộp; lập biên bản", "Công an tỉnh",
                     "Từ ngày 15/01/2027 đến ngày 15/3/2027") == set()
    assert _plan_row("Niêm yết công khai danh sách hồ sơ đủ điều kiện tại trụ sở UBND xã", "Sở Xây dựng",
                     "Từ ngày 01/6/2027 đến ngày 15/6/2027") == set()
    assert _plan_row("Vận động cán bộ, chiến sĩ hiến máu tình nguyện", "Công an tỉnh",
                     "Từ ngày 02/5/2027 đến ngày 31/5/2027") == set()
    assert _plan_row("Thu thập thông tin tại địa bàn", "Sở Tài chính", "Từ ngày 01/7/2027 đến ngày 31/8/2027") == set()


def test_the_days_of_a_book_fair_or_a_campaign_month_are_no_limit():
    assert _plan_row("Tổ chức Hội sách tỉnh năm 2027", "Sở Y tế", "Từ ngày 19/4 đến ngày 23/4/2027") == set()
    assert _plan_row("Tổ chức các hoạt động hưởng ứng Tháng cao điểm an toàn giao thông cho học sinh", "Sở Y tế",
                     "Từ ngày 01/9/2027 đến ngày 30/9/2027") == set()


def test_months_of_an_activity_kept_up_and_crop_seasons_are_no_limit():
    assert _plan_row("Tuyên truyền về Tổng điều tra trên các phương tiện thông tin đại chúng", "Sở Y tế",
                     "Tháng 6 - 7/2027") == set()
    assert _plan_row("Trồng cây dược liệu dưới tán rừng", "UBND xã Gia Viễn",
                     "Tháng 2 - 4/2027 và tháng 8 - 9/2027 (theo thời vụ)") == set()


def test_a_span_in_a_time_cell_for_work_done_by_then_is_still_its_limit():
    assert _plan_row("Cấp phát sách giáo khoa cho học sinh", "Sở Y tế", "Từ ngày 15/8 đến ngày 25/8/2027") == \
        {("Sở Y tế", "2027-08-25")}


# --- times in running text -----------------------------------------------------------------------------------------------

def test_the_year_people_reach_an_age_is_no_limit():
    assert _dates("Lập danh sách người cao tuổi tròn 70, 75, 80 tuổi và từ 100 tuổi trở lên trong năm 2027, gửi Phòng "
                  "Văn hóa - Xã hội trước ngày 20/9/2027.") == ["2027-09-20"]


def test_how_long_each_unit_takes_is_no_limit():
    assert _dates("Đoàn kiểm tra các cơ sở lưu trú (mỗi cơ sở không quá 01 ngày), báo cáo trước ngày 30/6/2027.") == \
        ["2027-06-30"]


def test_the_times_the_law_gives_each_procedure_in_a_bracket_are_no_limit():
    assert _dates("Tiếp nhận, trả kết quả hồ sơ đúng thời hạn (đăng ký khai sinh giải quyết trong ngày; xác nhận tình "
                  "trạng hôn nhân trong 03 ngày làm việc).") == []
    assert _dates("Sở Tư pháp hoàn thành trong 10 ngày làm việc.") == ["2027-04-29"]


def test_days_counted_from_each_places_own_event_have_no_date():
    n = parse_notice(_notice("Đại hội Thể dục thể thao xã Gia Viễn dự kiến khai mạc ngày 23/5/2027.\n"
                             "2. Sở Văn hóa, Thể thao và Du lịch bàn giao dụng cụ thi đấu chậm nhất 03 ngày trước ngày khai "
                             "mạc Đại hội của từng địa phương."))
    task = next(t for t in n.tasks if "bàn giao" in t.text)
    assert task.deadline is None or task.deadline.date is None


def test_a_limit_after_a_plans_own_time_is_the_tasks():
    assert _dates("Cung cấp danh sách trường học dự kiến lắp đặt năm 2027 trước 17 giờ ngày 30/4/2027.") == ["2027-04-30"]
    assert _dates("Hội nghị sơ kết dự kiến tổ chức trước ngày 30/5/2027.") == []


def test_two_periods_of_a_report_in_one_bracket_are_two_limits():
    assert _dated(_notice("1. Sở Y tế báo cáo kết quả định kỳ (6 tháng trước ngày 15/6/2027; năm trước ngày 10/12/2027) "
                          "về UBND tỉnh.")) == {("Sở Y tế", "2027-06-15"), ("Sở Y tế", "2027-12-10")}


def test_a_time_opening_a_dash_holds_every_clause_of_it():
    found = _tasks(_notice("1. Sở Y tế:\n- Chậm nhất ngày 25/4/2027, hướng dẫn các hộ kê khai thiết bị điện; tháo dỡ dây "
                           "điện câu móc trái phép tại các ki-ốt.\n- Kiểm tra các cơ sở trước ngày 30/6/2027."))
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Y tế"], "2027-04-25"), (["Sở Y tế"], "2027-06-30")]


# --- the header and the signature ----------------------------------------------------------------------------------------

def test_a_mark_of_urgency_above_the_header_is_no_issuer():
    text = ("   HỎA TỐC\n        ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "       TỈNH NINH BÌNH                              Độc lập - Tự do - Hạnh phúc\n\n"
            "      Số: 2874/UBND-KT                      Ninh Bình, ngày 14 tháng 4 năm 2027\n"
            " V/v khẩn trương phòng trừ rầy nâu\n\nKính gửi: Sở Nông nghiệp và Môi trường.\n\n"
            "Đề nghị Sở Nông nghiệp và Môi trường chỉ đạo phun trừ rầy nâu, xong trước ngày 30/4/2027.\n")
    assert parse_notice(text).issuer == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"


def test_recipients_and_signer_of_a_layout_extraction_whose_columns_ran_together():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 2874/UBND-KT\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "V/v phòng trừ rầy nâu\nKính gửi: Sở Nông nghiệp và Môi trường.\n\n"
            "Đề nghị Sở Nông nghiệp và Môi trường chỉ đạo phun trừ rầy nâu, xong trước ngày 30/4/2027.\n\n"
            "  Nơi nhận:                                                 KT. CHỦ TỊCH\n"
            "  - Như trên;                                               PHÓ CHỦ TỊCH\n"
            "  - Bộ NN&MT (b/c);\n  - CT, các PCT UBND tỉnh;\n"
            "  - Lưu: VT, KT.                                            Đinh Văn Hùng\n")
    n = parse_notice(text)
    assert n.signer == "Đinh Văn Hùng"
    assert n.recipients == ["Như trên", "Bộ NN&MT (b/c)", "CT, các PCT UBND tỉnh"]


def test_a_campaign_over_months_the_time_of_an_event_a_service_kept_up_and_fireworks_are_no_limit():
    assert _plan_row("Tuyên truyền lộ trình dừng công nghệ 2G, hỗ trợ người dân chuyển đổi máy 4G", "Sở Y tế",
                     "Từ tháng 4/2027 đến tháng 10/2027") == set()
    assert _plan_row("Hỗ trợ thí sinh đăng ký dự thi trực tuyến", "Sở Y tế",
                     "Trong thời gian đăng ký dự thi (từ ngày 20/4 đến ngày 30/4/2027)") == set()
    assert _plan_row("Bảo đảm cung cấp điện liên tục cho khu vực in sao đề thi", "Sở Y tế",
                     "Từ ngày 01/6/2027 đến ngày 24/6/2027") == set()
    assert _plan_row("Bắn pháo hoa tầm thấp tại khu vực hồ Phai Loạn", "Sở Y tế", "21 giờ 00 ngày 02/9/2027") == set()


def test_the_board_a_role_in_brackets_belongs_to_is_no_lead():
    found = _tasks(_notice("**1. Sở Nội vụ** (cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh):\n"
                           "- Hướng dẫn hồ sơ khen thưởng, xong trước ngày 31/5/2027.\n- Tổng hợp danh sách đề nghị khen thưởng."))
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Nội vụ"], "2027-05-31"), (["Sở Nội vụ"], None)]


def test_a_paper_a_room_makes_is_no_part_of_its_name():
    assert _names("Phòng Kế hoạch - Tài chính xây dựng kế hoạch kiểm tra chất lượng nước.") == ["Phòng Kế hoạch - Tài chính"]


def test_teams_of_listed_hamlets_whatever_their_work():
    assert _names("Tổ quản lý công trình cấp nước các thôn: Khòn Pát, Nà Thâm và Tổ quản lý công trình cấp nước thôn Pò "
                  "Mò:") == ["Tổ quản lý công trình cấp nước thôn Khòn Pát", "Tổ quản lý công trình cấp nước thôn Nà Thâm",
                             "Tổ quản lý công trình cấp nước thôn Pò Mò"]
    assert _names("Tổ dùng nước các thôn: Pá Khuông, Làng Mới, Nà Cà.") == \
        ["Tổ dùng nước thôn Pá Khuông", "Tổ dùng nước thôn Làng Mới", "Tổ dùng nước thôn Nà Cà"]
    assert _names("Tổ rà soát thôn Nà Pàn lập danh sách hộ nghèo.") == ["Tổ rà soát thôn Nà Pàn"]


def test_firms_listed_after_their_capitalised_head():
    assert _names("Các Công ty: May mặc Đồng Bành Việt, Chế biến gỗ Hữu Lũng Xanh, Linh kiện điện tử Mẫu Sơn:") == \
        ["Công ty May mặc Đồng Bành Việt", "Công ty Chế biến gỗ Hữu Lũng Xanh", "Công ty Linh kiện điện tử Mẫu Sơn"]


def test_exam_sites_and_a_telecom_business_centre():
    assert _names("Điểm thi Trường THPT Bình Gia, Điểm thi Trường THPT Đình Lập bố trí phòng thi dự phòng.") == \
        ["Điểm thi Trường THPT Bình Gia", "Điểm thi Trường THPT Đình Lập"]
    assert _names("Trung tâm Kinh doanh VNPT - Lạng Sơn phối hợp lắp đặt trạm.") == ["Trung tâm Kinh doanh VNPT - Lạng Sơn"]


def test_the_units_of_the_issuer_named_above_are_those_its_items_gave_work():
    text = ("CÔNG AN TỈNH NINH BÌNH\nSố: 1126/CAT-ANCTNB\nV/v bảo vệ đề thi\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- Phòng An ninh chính trị nội bộ;\n- Phòng Cảnh sát giao thông;\n- Công an các xã: Gia Viễn, Nho Quan.\n\n"
            "Giám đốc Công an tỉnh yêu cầu:\n1. Phòng An ninh chính trị nội bộ xây dựng phương án bảo vệ khu vực in sao đề thi, "
            "trình Giám đốc Công an tỉnh trước ngày 28/5/2027.\n2. Phòng Cảnh sát giao thông dẫn đường xe chở đề thi.\n"
            "3. Công an các xã: Gia Viễn, Nho Quan rà soát các cơ sở photocopy, xong trước ngày 06/6/2027.\n"
            "4. Đề nghị Sở Giáo dục và Đào tạo cung cấp danh sách Điểm thi chậm nhất ngày 25/5/2027.\n"
            "Các đơn vị thuộc Công an tỉnh nêu trên báo cáo kết quả thực hiện về Công an tỉnh trước ngày 20/6/2027.\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-06-20"} == {"Phòng An ninh chính trị nội bộ", "Phòng Cảnh sát giao thông",
                                                                 "Công an xã Gia Viễn", "Công an xã Nho Quan"}


def test_the_year_a_tasks_object_happens_in_before_its_completion_is_no_limit():
    assert _dates("Cập nhật biến động hộ tách, nhập trong năm 2027, hoàn thành trong tháng 10/2027.") == ["2027-10-31"]
    assert _dates("Hoàn thành dự án trong năm 2027, báo cáo tiến độ trong tháng 10/2027.") == ["2027-12-31", "2027-10-31"]


def test_the_first_of_a_recurring_report_keeps_the_reports_words():
    text = ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH NINH BÌNH\nSố: 356/BQL-QLDN\nV/v bố trí chỗ ở cho người lao động\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Công ty TNHH May mặc Gia Viễn;\n- Công ty Cổ phần Gỗ Nho Quan.\n\n"
            "Ban Quản lý đề nghị:\n1. Công ty TNHH May mặc Gia Viễn khảo sát nhu cầu chỗ ở của người lao động, xong trước ngày "
            "30/4/2027.\n2. Công ty Cổ phần Gỗ Nho Quan rà soát quỹ đất dịch vụ, hoàn thành trong tháng 5/2027.\n"
            "Các doanh nghiệp nêu trên báo cáo tình hình bố trí chỗ ở cho người lao động (số lao động thuê trọ, số được hỗ trợ "
            "tiền nhà) định kỳ 6 tháng, báo cáo lần đầu về Ban Quản lý trước ngày 15/6/2027./.\n" + NB_SIGNED)
    first = [t for leads, d, t in _tasks(text) if d == "2027-06-15"]
    assert len(first) == 2 and all(t.startswith("Các doanh nghiệp nêu trên báo cáo tình hình bố trí chỗ ở") for t in first)


def test_a_task_asking_for_letters_of_thanks_is_no_closing_thanks():
    found = _tasks(_notice("4. Trường Tiểu học Gia Viễn:\n- Đề xuất khen thưởng giáo viên tiêu biểu.\n- Tổ chức cho học sinh "
                           "tham gia Ngày hội đọc sách, viết thư cảm ơn người tốt, việc tốt."))
    assert [t for _l, _d, t in found][-1].startswith("Tổ chức cho học sinh tham gia Ngày hội đọc sách")


def test_a_footnote_whose_mark_stands_on_its_own_line_before_a_page_break_leaves_the_list_whole():
    found = _tasks(_notice("3. UBND các xã: Gia Viễn, Nho Quan:\n- Ban hành quyết định giao đất ở cho 52 hộ, chậm nhất ngày "
                           "31/8/2027.\n1\n1 Văn bản số 1532/SDTTG-CSDT ngày 20/7/2027 của Sở Dân tộc và Tôn giáo về hỗ trợ đất ở.\n"
                           "\n- Miễn tiền sử dụng đất cho hộ được giao đất ở theo quy định.\n4. Sở Y tế rà soát các trạm y tế."))
    waived = [leads for leads, _d, t in found if t.startswith("Miễn tiền sử dụng đất")]
    assert waived and set(waived[0]) == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
