"""Round 48 (issue 11's forty-seventh round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZE … ZZZZZZZZZZZZZZZZZZZZZT, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER, NB_SIGNED, dated as _dated, dates as _dates, letter as _letter, names as _names, \
    tasks as _tasks

# a station's and a school's own plans: no addressees, the tasks go to its own office holders
STATION_PLAN = ("UBND XÃ GIA VIỄN\nTRẠM Y TẾ\nSố: 21/KH-TYT\nGia Viễn, ngày 14 tháng 4 năm 2027\n"
                "KẾ HOẠCH\nTiêm chủng mở rộng cho trẻ em năm 2027\n\nII. PHÂN CÔNG THỰC HIỆN\n\n")
SCHOOL_PLAN = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH\nTRƯỜNG THPT NHO QUAN A\nSố: 45/KH-THPT\n"
               "Nho Quan, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\nCông tác y tế trường học năm học 2027 - 2028\n\n"
               "II. NHIỆM VỤ CỤ THỂ\n\n")


# --- office holders named by their role -----------------------------------------------------------------------------

def test_a_stations_head_in_a_bold_label_leads_the_task_and_keeps_its_date():
    found = _tasks(STATION_PLAN + "**1. Trạm trưởng** chỉ đạo chung; ký hợp đồng cung ứng vắc xin trước ngày 20/5/2027.\n\n"
                   "**2. Bộ phận Tiêm chủng** lập danh sách trẻ trước ngày 25/5/2027.\n\n" + NB_SIGNED)
    assert found[0][:2] == (["Trạm trưởng"], "2027-05-20")


def test_a_school_nurse_in_a_heading_with_her_name_in_brackets_leads_the_dashes_below():
    found = _dated(SCHOOL_PLAN + "1. Nhân viên y tế trường học (đồng chí Lê Thị Hoa):\n"
                   "- Phối hợp với Trạm Y tế xã khám sức khỏe cho học sinh lớp 10, hoàn thành trước ngày 30/9/2027.\n"
                   "- Bổ sung cơ số thuốc tủ thuốc phòng y tế trong tháng 9/2027.\n\n" + NB_SIGNED)
    assert found == {("Nhân viên y tế trường học", "2027-09-30")}


def test_form_teachers_opening_a_numbered_item_before_their_verb_lead_it():
    found = _dated(SCHOOL_PLAN + "1. Tổ Văn phòng bố trí kinh phí mua thuốc trong tháng 9/2027.\n"
                   "2. Giáo viên chủ nhiệm các lớp phối hợp với nhân viên y tế đo chiều cao, cân nặng cho học sinh, "
                   "gửi kết quả chậm nhất ngày 10/10/2027.\n\n" + NB_SIGNED)
    assert ("Giáo viên chủ nhiệm các lớp", "2027-10-10") in found


def test_a_centres_director_in_its_own_plan_leads_his_task():
    plan = ("SỞ Y TẾ NINH BÌNH\nTRUNG TÂM CÔNG TÁC XÃ HỘI\nSố: 12/KH-TTCTXH\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nTiếp nhận người lang thang dịp Tết\n\nIII. PHÂN CÔNG\n\n")
    found = _dated(plan + "**1. Giám đốc Trung tâm** chỉ đạo chung; ký quy chế phối hợp với Bệnh viện Đa khoa tỉnh "
                   "trước ngày 15/12/2027.\n\n**2. Phòng Hành chính - Tổng hợp** sửa chữa khu tiếp nhận trước ngày "
                   "05/12/2027.\n\n" + NB_SIGNED)
    assert found == {("Giám đốc Trung tâm", "2027-12-15"), ("Phòng Hành chính - Tổng hợp", "2027-12-05")}


# --- times ------------------------------------------------------------------------------------------------------------


def test_the_days_of_the_week_are_no_limit():
    # "… từ 7 giờ 30 đến 17 giờ các ngày trong tuần": the hours of work, not "within this week"
    assert _dates("công khai thời gian làm việc từ 7 giờ 30 đến 17 giờ các ngày trong tuần.") == []
    assert _dates("báo cáo UBND tỉnh trong tuần này.") == ["2027-04-16"]


def test_a_month_opening_a_dash_before_putting_a_work_into_use_is_its_limit():
    found = _dated(_letter("1. Sở Xây dựng:\n- Trong tháng 10/2027, đưa vào vận hành trạm cân tự động tại cửa khẩu.\n"
                           "- Chậm nhất ngày 20/10/2027, báo cáo UBND tỉnh."))
    assert found == {("Sở Xây dựng", "2027-10-31"), ("Sở Xây dựng", "2027-10-20")}


# --- leads ------------------------------------------------------------------------------------------------------------

def test_a_team_named_with_the_office_it_belongs_to_is_the_subject_of_its_verb():
    # "Đội X thuộc Phòng Y tổng hợp …": the team (not the letter's addressees)
    found = _dated(_letter("4. Đội Quản lý cư trú người nước ngoài thuộc Phòng Quản lý xuất nhập cảnh tổng hợp danh sách "
                           "người nước ngoài, gửi Ban Giám đốc chậm nhất ngày 10/7/2027."))
    assert found == {("Đội Quản lý cư trú người nước ngoài", "2027-07-10")}


# --- the second wave's sets (ZZZZZZZZZZZZZZZZZZZZZM … ZZZZZZZZZZZZZZZZZZZZZT) and the first wave's leftovers ---------

def test_an_elided_lists_last_item_with_the_whole_head_written_again_is_named_once():
    assert _names("Đề nghị các hợp tác xã: Gạo Bắc Sơn, Đào Mẫu Sơn và Hợp tác xã Na Hữu Kiên đăng ký nhãn hiệu") == [
        "Hợp tác xã Gạo Bắc Sơn", "Hợp tác xã Đào Mẫu Sơn", "Hợp tác xã Na Hữu Kiên"]
    assert _names("Trưởng các thôn: Còn Quan, Khòn Pát và Trưởng thôn Phai Xá báo cáo") == [
        "Trưởng thôn Còn Quan", "Trưởng thôn Khòn Pát", "Trưởng thôn Phai Xá"]


def test_intellectual_property_in_a_rooms_name_is_no_department():
    assert _names("Phòng Quản lý công nghệ và Sở hữu trí tuệ tham mưu Giám đốc Sở") == [
        "Phòng Quản lý công nghệ và Sở hữu trí tuệ"]


def test_a_plants_workshops_are_bodies():
    assert _names("2. Phân xưởng Nhiên liệu chủ trì lắp đặt hệ thống phun sương") == ["Phân xưởng Nhiên liệu"]
    assert _names("3. Phân xưởng Thải xỉ đắp cao đê bao") == ["Phân xưởng Thải xỉ"]


def test_a_room_of_two_fields_after_a_comma_is_one_room():
    assert _names("5. Phòng Báo chí, Xuất bản chủ trì thành lập Đoàn kiểm tra") == ["Phòng Báo chí, Xuất bản"]
    assert _names("6. Phòng Cảnh sát phòng, chống tội phạm về môi trường chủ trì điều tra") == [
        "Phòng Cảnh sát phòng, chống tội phạm về môi trường"]
    assert _names("Sở Tài chính, Xây dựng tổng hợp") == ["Sở Tài chính", "Sở Xây dựng"]


def test_private_clinics_listed_after_their_plural_in_lower_case():
    assert _names("3. Các phòng khám: Đa khoa Hữu Nghị, Nha khoa Thành Đạt và Phòng khám Răng hàm mặt Nụ Cười Việt "
                  "trang bị liều kế") == ["Phòng khám Đa khoa Hữu Nghị", "Phòng khám Nha khoa Thành Đạt",
                                          "Phòng khám Răng hàm mặt Nụ Cười Việt"]


def test_a_field_after_a_dash_whose_word_heads_a_firm_stays_in_the_rooms_name():
    assert _names("5. Giao Phòng Bưu chính - Viễn thông theo dõi, đôn đốc") == ["Phòng Bưu chính - Viễn thông"]
    assert _names("Bưu điện tỉnh - Viễn thông Lạng Sơn theo dõi") == ["Bưu điện tỉnh", "Viễn thông Lạng Sơn"]


def test_verbs_that_end_a_rooms_name():
    assert _names("3. Phòng Văn hóa - Xã hội phát thanh thông báo lịch khám") == ["Phòng Văn hóa - Xã hội"]
    assert _names("4. Phòng Kế hoạch - Vật tư tìm kiếm đối tác tiêu thụ tro xỉ") == ["Phòng Kế hoạch - Vật tư"]


def test_a_room_named_with_the_station_it_belongs_to_is_the_subject():
    found = _dated(_letter("5. Phòng Dự báo Khí tượng Thủy văn thuộc Đài cập nhật tên các xã vào mẫu bản tin, xong trong "
                           "tháng 4/2027."))
    assert found == {("Phòng Dự báo Khí tượng Thủy văn", "2027-04-30")}


def test_an_addressee_told_by_what_it_does_stays_in_the_letters_list():
    # "- Các trường mầm non, tiểu học thực hiện Chương trình sữa học đường;" between two addressees: not a task, and the
    # list goes on (its last line no task of the first addressee either)
    text = (NB_LETTER.replace("- UBND các xã: Gia Viễn, Nho Quan.\n", "- UBND xã Gia Viễn;\n- Các trường mầm non, tiểu học "
                              "thực hiện Chương trình sữa học đường;\n- Công ty Cổ phần Dinh dưỡng Non Nước.\n")
            + "\n**1. Công ty Cổ phần Dinh dưỡng Non Nước** đổi 1.850 hộp sữa, xong trước 17 giờ ngày 20/10/2027.\n\n"
            + NB_SIGNED)
    assert _tasks(text) == [(["Công ty Cổ phần Dinh dưỡng Non Nước"], "2027-10-20",
                             "Công ty Cổ phần Dinh dưỡng Non Nước đổi 1.850 hộp sữa, xong trước 17 giờ ngày 20/10/2027.")]


def test_firms_named_in_brackets_after_the_group_asked_are_each_asked():
    found = _dated(_letter("3. Đề nghị các doanh nghiệp sản xuất thức ăn chăn nuôi trên địa bàn tỉnh (Công ty TNHH Dinh "
                           "dưỡng Hữu Lũng, Công ty Cổ phần Thức ăn chăn nuôi Xứ Lạng) rà soát công thức, hoàn thành trong "
                           "Quý III/2027."))
    assert found == {("Công ty TNHH Dinh dưỡng Hữu Lũng", "2027-09-30"),
                     ("Công ty Cổ phần Thức ăn chăn nuôi Xứ Lạng", "2027-09-30")}


def test_delivery_in_a_firms_name_is_no_assignment():
    assert _names("Giao Công ty Cổ phần Giao hàng tiết kiệm báo cáo") == ["Công ty Cổ phần Giao hàng tiết kiệm"]


def test_a_firms_branch_named_by_its_trade_before_its_brand_is_one_name():
    assert _names("6. Bưu điện tỉnh Lạng Sơn, Chi nhánh Bưu chính Viettel Lạng Sơn và Công ty Cổ phần Giao hàng tiết "
                  "kiệm:")[1:] == ["Chi nhánh Bưu chính Viettel Lạng Sơn", "Công ty Cổ phần Giao hàng tiết kiệm"]


def test_a_hospitals_department_before_its_verb():
    assert _names("3. Khoa Giải phẫu bệnh đọc kết quả tế bào học") == ["Khoa Giải phẫu bệnh"]


def test_a_month_opening_a_clause_before_a_trial_is_its_limit():
    assert _dates("xây dựng kịch bản nhắn tin; trong tháng 8/2027, thử nghiệm nhắn tin tại 04 xã.") == ["2027-08-31"]


def test_a_group_named_back_by_the_label_the_letter_lists_its_members_under():
    # "Kính gửi: - Các chủ đầu tư: A, B, C;" … "Các chủ đầu tư nêu trên báo cáo …": those three (not the contractor also
    # addressed), a long labelled line kept in the list
    text = (NB_LETTER.replace("Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- Sở Y tế;\n- UBND các xã: Gia Viễn, Nho Quan.\n",
                              "Kính gửi:\n- Các chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng tỉnh, Ban Quản lý các khu công "
                              "nghiệp tỉnh, Công ty Cổ phần Đầu tư Hạ tầng Gián Khẩu;\n- Công ty TNHH Rà phá bom mìn Hồng "
                              "Hà;\n- UBND xã Gia Viễn.\n")
            + "\n1. Công ty TNHH Rà phá bom mìn Hồng Hà hoàn thành rà phá 38,6 ha trong Quý III/2027.\n"
            + "Các chủ đầu tư nêu trên báo cáo tiến độ rà phá bom mìn về Sở Xây dựng trước ngày 31/8/2027.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-08-31"} == {
        "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Quản lý các khu công nghiệp tỉnh",
        "Công ty Cổ phần Đầu tư Hạ tầng Gián Khẩu"}


def test_bodies_fighting_smuggling_by_their_duties_are_the_subject():
    found = _tasks(_letter("**3. Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh** theo chức năng, nhiệm vụ đấu tranh với các "
                           "đường dây buôn lậu qua bưu chính trên tuyến biên giới."))
    assert [leads for leads, _d, _t in found] == [["Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]]


def test_a_targets_year_in_brackets_is_no_limit():
    assert _dates("tìm kiếm đối tác tiêu thụ tro xỉ (mục tiêu tiêu thụ 120.000 tấn trong năm 2027); ký kết hợp đồng "
                  "trước ngày 30/9/2027.") == ["2027-09-30"]


def test_the_days_an_event_lasts_are_no_limit():
    assert _dates("Bố trí phòng khám, bàn đón tiếp, nước uống trong 02 ngày khám.") == []
    assert _dates("báo cáo UBND tỉnh trong 05 ngày.") == ["2027-04-19"]


# --- the third wave's sets (ZZZZZZZZZZZZZZZZZZZZZU … ZZZZZZZZZZZZZZZZZZZZZZB) --------------------------------------------

def test_an_elided_lists_last_item_under_a_head_of_its_own_of_the_same_title():
    assert _names("Trưởng các thôn: Bản Ngõa, Nà Làng và Trưởng khối Đoàn Kết họp dân bình xét") == [
        "Trưởng thôn Bản Ngõa", "Trưởng thôn Nà Làng", "Trưởng khối Đoàn Kết"]


def test_a_centre_of_two_fields_keeps_its_level():
    assert _names("3. Trung tâm Văn hóa, Điện ảnh tỉnh tổ chức chiếu phim lưu động hằng tháng") == [
        "Trung tâm Văn hóa, Điện ảnh tỉnh"]


def test_a_courts_own_division_is_a_body():
    assert _names("**4. Tòa Hình sự** lập danh sách người phiên dịch") == ["Tòa Hình sự"]
    assert _names("Tòa nhà Trung tâm hành chính") == []


def test_a_row_of_a_number_a_body_and_its_task_without_a_header():
    text = (SCHOOL_PLAN.replace("II. NHIỆM VỤ CỤ THỂ\n\n", "II. PHÂN CÔNG\n\n")
            + "| 1. | Tổ Văn phòng: |\n- Mua thuốc trước ngày 15/9/2027.\n|\n"
            + "| 4. | Phòng Hành chính - Tổng hợp | ký hợp đồng bảo vệ, hoàn thành trong tháng 6/2027. |\n"
            + "| 5. | Đội Bảo vệ | trực 24/24 giờ tại cổng A. |\n|\n\n" + NB_SIGNED)
    found = _tasks(text)
    assert (["Phòng Hành chính - Tổng hợp"], "2027-06-30") in [(leads, d) for leads, d, _t in found]
    assert (["Đội Bảo vệ"], None) in [(leads, d) for leads, d, _t in found]


def test_a_month_opening_a_dash_before_any_duty_is_its_limit():
    assert _dates("- Trong tháng 11/2027, công bố danh sách người dịch tiếng Trung đủ điều kiện.") == ["2027-11-30"]
    assert _dates("Trong quý I/2027, tình hình thu ngân sách tăng.") == []


def test_a_span_of_days_in_a_time_cell_is_when_the_work_is_done():
    text = _letter("II. NHIỆM VỤ\n\n| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                   "| 1 | Tuyên truyền về an toàn lao động trên báo, đài | Sở Y tế | Sở Nội vụ | Từ ngày 01/5 đến ngày "
                   "31/5/2027 |\n| 2 | Trực cấp cứu | Sở Xây dựng | | Các tối từ ngày 20/4 đến ngày 25/4/2027 |\n"
                   "| 3 | Kiểm tra | Sở Tài chính | | Trước ngày 30/6/2027 |")
    assert [(leads, d) for leads, d, _t in _tasks(text)] == [
        (["Sở Y tế"], None), (["Sở Xây dựng"], None), (["Sở Tài chính"], "2027-06-30")]


def test_a_funds_board_keeps_the_funds_quoted_name():
    assert _names("Ban Vận động Quỹ “Vì người nghèo” tỉnh chủ trì tổ chức Lễ phát động") == [
        "Ban Vận động Quỹ “Vì người nghèo” tỉnh"]
    assert _names("**2. Ban Vận động Quỹ “Vì người nghèo” các xã, phường:**") == [
        "Ban Vận động Quỹ “Vì người nghèo” các xã, phường"]


def test_firms_and_units_named_back_together_are_every_body_named_before():
    # "Các doanh nghiệp, đơn vị nêu trên báo cáo … (qua Phòng …)" after the last item: the letter's bodies, not the last
    # item's office ("đơn vị nêu trên" alone would mean)
    text = _letter("1. Công ty Cổ phần Logistics Tân Thanh lập danh sách người lao động thuê trọ trước ngày 10/9/2027.\n"
                   "2. UBND các xã: Gia Viễn, Nho Quan kiểm tra an toàn phòng cháy tại các dãy trọ trong tháng 9/2027.\n"
                   "3. Phòng Quản lý Quy hoạch và Xây dựng hoàn thiện hồ sơ quỹ đất, trình Trưởng ban trong Quý IV/2027.\n"
                   "Các doanh nghiệp, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Xây dựng (qua Phòng Quản lý doanh "
                   "nghiệp) trước ngày 15/10/2027.")
    assert {a for a, d in _dated(text) if d == "2027-10-15"} >= {
        "Công ty Cổ phần Logistics Tân Thanh", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


def test_a_landlord_by_name_leads_and_the_address_in_brackets_does_not():
    found = _tasks(_letter("1. Chủ nhà trọ ông Hoàng Văn Tuấn (Tổ dân phố số 3; 32 phòng) di chuyển khu để xe ra ngoài, "
                           "xong trước ngày 15/9/2027.\n2. Chủ nhà trọ bà Hoàng Thị Thu (Tổ dân phố số 5) cải tạo 09 phòng, "
                           "chậm nhất ngày 15/10/2027."))
    assert [(leads, d) for leads, d, _t in found] == [(["Chủ nhà trọ ông Hoàng Văn Tuấn"], "2027-09-15"),
                                                      (["Chủ nhà trọ bà Hoàng Thị Thu"], "2027-10-15")]
