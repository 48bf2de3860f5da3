"""Round 54 (issue 11's fifty-third round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZZZZZZG … ZZZZZZZZZZZZZZZZZZZZZZZZZZZZV, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_SIGNED, dated as _dated, leads_on as _leads_on, letter as _letter, names as _names, \
    notice as _notice, tasks as _tasks

# a department's plan to its own units, with a commune and a firm given tasks beside them
DEPARTMENT_PLAN = ("UBND TỈNH NINH BÌNH\nSỞ CÔNG THƯƠNG\nSố: 61/KH-SCT\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
                   "Xúc tiến tiêu thụ hồi, quế năm 2027\n\nI. NHIỆM VỤ\n"
                   "1. Phòng Quản lý thương mại xây dựng chương trình xúc tiến, trình Giám đốc Sở trước ngày 15/5/2027.\n"
                   "2. Trung tâm Khuyến công và Xúc tiến thương mại tổ chức gian hàng tại hội chợ.\n"
                   "3. Đề nghị UBND xã Gia Viễn hỗ trợ hợp tác xã đăng ký nhãn hiệu.\n"
                   "4. Đề nghị Công ty Cổ phần Hồi Quế Hoa Lư ký hợp đồng bao tiêu sản phẩm.\n")


# --- closings: bodies named back --------------------------------------------------------------------------------------

def test_the_departments_own_units_named_back_report_not_the_commune_and_the_firm_beside_them():
    text = (DEPARTMENT_PLAN + "II. TỔ CHỨC THỰC HIỆN\nCác phòng, đơn vị thuộc Sở nêu trên báo cáo kết quả thực hiện về "
            "Văn phòng Sở trước ngày 05/12/2027.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-12-05") == {"Phòng Quản lý thương mại", "Trung tâm Khuyến công và Xúc tiến thương mại"}


def test_the_bodies_an_inspection_is_held_at_are_those_inspected():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\nSố: 90/QĐ-SNV\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Đoàn kiểm tra công tác đào tạo nghề\n"
            "Điều 1. Thành lập Đoàn kiểm tra công tác đào tạo nghề năm 2027 (sau đây gọi là Đoàn kiểm tra).\n"
            "Điều 2. Nhiệm vụ của Đoàn kiểm tra\n"
            "1. Kiểm tra việc sử dụng kinh phí đào tạo nghề năm 2026 tại Trường Cao đẳng Cơ điện Ninh Bình và UBND các xã: "
            "Gia Viễn, Nho Quan. Thời gian kiểm tra từ ngày 15/6/2027 đến ngày 26/6/2027.\n"
            "2. Các đơn vị được kiểm tra chuẩn bị hồ sơ, báo cáo bằng văn bản, gửi Đoàn kiểm tra trước ngày 12/6/2027.\n"
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-06-12") == {"Trường Cao đẳng Cơ điện Ninh Bình", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# --- names --------------------------------------------------------------------------------------------------------------

def test_a_cooperatives_workshop_and_its_villages_production_teams_lead_their_headings():
    text = ("HỢP TÁC XÃ NÔNG NGHIỆP GIA VIỄN\nSố: 12/TB-HTX\nGia Viễn, ngày 14 tháng 4 năm 2027\nTHÔNG BÁO\n"
            "Kết luận của Giám đốc Hợp tác xã tại cuộc họp triển khai vụ thu hoạch\n"
            "Ngày 10/4/2027, Giám đốc Hợp tác xã chủ trì cuộc họp và kết luận như sau:\n"
            "**1. Xưởng sơ chế**\n- Bảo dưỡng lò sấy, hoàn thành trước ngày 05/8/2027.\n"
            "**2. Tổ sản xuất các thôn: Đồng Tâm, Văn Hà và Tổ sản xuất thôn Tập Ninh**\n"
            "- Chậm nhất ngày 03/8/2027, tổng hợp sản lượng dự kiến của từng hộ thành viên.\n" + NB_SIGNED)
    assert _dated(text) == {("Xưởng sơ chế", "2027-08-05"), ("Tổ sản xuất thôn Đồng Tâm", "2027-08-03"),
                            ("Tổ sản xuất thôn Văn Hà", "2027-08-03"), ("Tổ sản xuất thôn Tập Ninh", "2027-08-03")}


def test_a_communes_body_is_meant_again_for_the_bare_communes_after_it():
    # (the communes of the directory read by default, Lạng Sơn's)
    assert _names("Hội Người cao tuổi xã Bắc Sơn, xã Hưng Vũ và Hội Người cao tuổi phường Kỳ Lừa tổ chức mừng thọ") \
        == ["Hội Người cao tuổi xã Bắc Sơn", "Hội Người cao tuổi xã Hưng Vũ", "Hội Người cao tuổi phường Kỳ Lừa"]
    assert _names("UBND xã Bắc Sơn, xã Hưng Vũ tổ chức mừng thọ") == ["UBND xã Bắc Sơn", "UBND xã Hưng Vũ"]


def test_a_teams_report_to_the_province_is_no_part_of_its_name():
    assert _names("Tổ công tác báo cáo UBND tỉnh kết quả hoạt động trước ngày 25 hằng tháng") == ["Tổ công tác", "UBND tỉnh"]


def test_a_school_whose_name_ends_in_a_heads_word_ends_before_its_verb():
    assert _names("Trường Mầm non Hoa Ban chấm dứt hợp đồng với Công ty TNHH Thực phẩm Tràng An") \
        == ["Trường Mầm non Hoa Ban", "Công ty TNHH Thực phẩm Tràng An"]


def test_boarding_and_semi_boarding_schools_written_with_their_shared_words_once():
    assert _names("Hiệu trưởng các trường phổ thông dân tộc nội trú, bán trú báo cáo số suất ăn") \
        == ["Hiệu trưởng các trường phổ thông dân tộc nội trú, bán trú"]


def test_an_inspection_teams_head_leads_the_item_given_to_the_head():
    text = ("UBND TỈNH NINH BÌNH\nSỞ Y TẾ\nSố: 55/QĐ-SYT\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Đoàn kiểm tra an toàn thực phẩm\n"
            "Điều 1. Thành lập Đoàn kiểm tra an toàn thực phẩm tại bếp ăn trường học (sau đây gọi là Đoàn kiểm tra).\n"
            "Điều 2. Nhiệm vụ của Đoàn kiểm tra\n"
            "1. Kiểm tra bếp ăn tập thể của các trường học trên địa bàn tỉnh.\n"
            "2. Trưởng đoàn xây dựng kế hoạch kiểm tra chi tiết, trình Giám đốc Sở trước ngày 17/5/2027.\n"
            "3. Đoàn kiểm tra báo cáo kết quả kiểm tra về Sở Y tế chậm nhất ngày 20/6/2027.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-05-17") == {"Trưởng đoàn"}
    assert _leads_on(text, "2027-06-20") == {"Đoàn kiểm tra"}


# --- subjects -----------------------------------------------------------------------------------------------------------

def test_communes_located_in_an_area_then_their_verb_lead_the_task():
    found = _tasks(_notice("1. UBND các xã trong khu vực địa lý chỉ dẫn hướng dẫn tổ chức, cá nhân sử dụng chỉ dẫn "
                           "địa lý đúng quy định."))
    assert [leads for leads, _d, _t in found] == [["UBND các xã"]]


def test_heads_of_schools_of_three_levels_in_the_area_then_their_verb_lead_the_task():
    text = _notice("1. Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn báo cáo số suất ăn bán trú "
                   "về Sở Giáo dục và Đào tạo trước ngày 05/5/2027.")
    assert _leads_on(text, "2027-05-05") == {"Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở"}


def test_a_body_outside_the_directory_then_its_limit_then_its_verb_leads_the_task():
    text = _notice("**2. Hải quan cửa khẩu Kim Sơn** chậm nhất ngày 10/6/2027 công bố số điện thoại đường dây nóng.")
    assert _dated(text) == {("Hải quan cửa khẩu Kim Sơn", "2027-06-10")}


# --- times --------------------------------------------------------------------------------------------------------------

def test_how_long_the_supplies_kept_for_households_last_is_no_limit():
    text = _notice("1. Trung tâm Dịch vụ tổng hợp xã chuẩn bị lương thực, nước uống dự phòng cho 126 hộ trong 03 ngày, "
                   "xong trong tháng 6/2027.")
    assert _dated(text) == {("Trung tâm Dịch vụ tổng hợp xã", "2027-06-30")}


def test_a_courses_days_in_a_time_cell_are_no_limit():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 152/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Đào tạo nghề cho lao động nông thôn năm 2027\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
            "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Mở lớp đào tạo nghề trồng cây dược liệu tại thôn | Trường Cao đẳng Cơ điện Ninh Bình | Sở Tài chính "
            "| Khóa học từ ngày 04/5/2027 đến ngày 31/7/2027 |\n"
            "| 2 | Báo cáo kết quả đào tạo | Trường Cao đẳng Cơ điện Ninh Bình | Sở Tài chính | Trước ngày 15/8/2027 |\n\n"
            + NB_SIGNED)
    assert _dated(text) == {("Trường Cao đẳng Cơ điện Ninh Bình", "2027-08-15")}


# --- the second wave's forms --------------------------------------------------------------------------------------------

def test_a_team_given_a_short_name_when_set_up_leads_its_articles_duties():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 90/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Đoàn thẩm định xã nông thôn mới\n"
            "Điều 1. Thành lập Đoàn kiểm tra, thẩm định thực tế xã đạt chuẩn nông thôn mới năm 2027 (sau đây gọi là Đoàn "
            "thẩm định), gồm các ông (bà) có tên sau.\n"
            "Điều 2. Nhiệm vụ của Đoàn thẩm định\n1. Kiểm tra thực tế mức độ đạt các tiêu chí tại các xã.\n"
            "2. Lập báo cáo kết quả thẩm định, trình UBND tỉnh trước ngày 25/8/2027.\n"
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký.\n" + NB_SIGNED)
    assert _dated(text) == {("Đoàn thẩm định", "2027-08-25")}


def test_a_schools_young_pioneer_leader_leads_an_item_and_is_one_of_a_list():
    text = ("UBND XÃ GIA VIỄN\nTRƯỜNG THCS GIA VIỄN\nSố: 45/KH-THCS\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Chuẩn bị năm học mới\n1. Tổ Khoa học tự nhiên xây dựng thời khóa biểu, nộp Hiệu trưởng trước ngày 30/8/2027.\n"
            "2. Tổng phụ trách Đội phối hợp với Ban đại diện cha mẹ học sinh tổ chức Tuần lễ chào năm học mới.\n"
            "3. Tổ Khoa học tự nhiên, Tổ Khoa học xã hội và Tổng phụ trách Đội báo cáo kết quả thực hiện về Hiệu trưởng "
            "trước ngày 20/9/2027.\n" + NB_SIGNED)
    assert ["Tổng phụ trách Đội"] in [leads for leads, _d, _t in _tasks(text)]
    assert _leads_on(text, "2027-09-20") == {"Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổng phụ trách Đội"}


def test_bodies_after_a_semicolon_that_follows_the_requested_bodys_own_act_are_a_subject_of_their_own():
    text = _notice("Đề nghị Công ty Điện lực Ninh Bình cử 01 cán bộ tham gia Tổ công tác; UBND các xã: Gia Viễn, Nho Quan "
                   "bố trí công chức phối hợp kiểm tra, báo cáo về Sở Công Thương trước ngày 30/6/2027.")
    assert _leads_on(text, "2027-06-30") == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    # (a list of bodies split by semicolons, then their verb, stays one subject)
    listed = _notice("Đề nghị các sở, ngành tỉnh; UBND các xã, phường báo cáo kết quả trước ngày 30/6/2027.")
    assert _leads_on(listed, "2027-06-30") == {"Các sở, ngành", "UBND các xã, phường"}


def test_when_a_person_retires_is_no_limit_and_the_subject_after_the_aside_leads():
    text = _notice("4. Đối với công chức đủ tuổi nghỉ hưu trong năm 2027 (bà Đinh Thị Sáu, nghỉ hưu từ ngày 01/8/2027), "
                   "Phòng Văn hóa - Xã hội hướng dẫn lập hồ sơ hưu trí.")
    assert [(leads, d) for leads, d, _t in _tasks(text)] == [(["Phòng Văn hóa - Xã hội"], None)]


def test_an_allowance_kept_until_a_day_is_no_limit():
    text = _notice("1. Sở Tài chính hướng dẫn chế độ phụ cấp đối với công chức thôi giữ chức vụ lãnh đạo (được bảo lưu phụ "
                   "cấp đến hết ngày 31/12/2027).")
    assert [(leads, d) for leads, d, _t in _tasks(text)] == [(["Sở Tài chính"], None)]


def test_the_days_an_event_runs_counted_are_no_limit():
    text = _notice("1. Phòng Văn hóa - Thông tin tổng hợp số lượt khách, doanh thu trong 03 ngày diễn ra Tuần Văn hóa - "
                   "Du lịch, báo cáo UBND xã chậm nhất ngày 25/6/2027.")
    assert _dated(text) == {("Phòng Văn hóa - Thông tin", "2027-06-25")}


def test_a_communes_militia_units_lead_their_items():
    assert _names("Trung đội dân quân cơ động xã tổ chức huấn luyện bù") == ["Trung đội dân quân cơ động xã"]
    assert _names("Tiểu đội dân quân thường trực duy trì trực sẵn sàng chiến đấu") == ["Tiểu đội dân quân thường trực"]
    assert _names("Ban Tổ chức tự giải thể sau khi hoàn thành nhiệm vụ") == ["Ban Tổ chức"]


def test_a_meeting_with_gifts_on_its_day_in_a_time_cell_is_no_limit():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 31/KH-UBND\nGia Viễn, ngày 14 tháng 2 năm 2027\nKẾ HOẠCH\n"
            "Tổ chức Lễ giao nhận quân năm 2027\n\n"
            "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Gặp mặt, tặng quà công dân nhập ngũ | Ban Chỉ huy Quân sự xã | Đoàn Thanh niên xã | Ngày 28/02/2027 |\n"
            "| 2 | Lập danh sách công dân nhập ngũ | Ban Chỉ huy Quân sự xã | Công an xã | Trước ngày 20/02/2027 |\n\n"
            + NB_SIGNED)
    assert _dated(text) == {("Ban Chỉ huy Quân sự xã", "2027-02-20")}


# --- the third wave's forms ---------------------------------------------------------------------------------------------

def test_a_firms_trades_in_lower_case_joined_by_and_stay_in_its_name():
    assert _names("Công ty Cổ phần quản lý và xây dựng đường bộ Mẫu Sơn dọn sạch đất đá sạt lở") \
        == ["Công ty Cổ phần quản lý và xây dựng đường bộ Mẫu Sơn"]
    assert _names("Công ty Cổ phần xây dựng và các đơn vị thi công kiểm tra") == ["Công ty Cổ phần", "Đơn vị thi công"]


def test_teams_named_by_their_work_lead_over_their_dashes_and_by_their_number():
    text = _notice("1. Tổ xác minh:\n- Làm việc với người tố cáo, thu thập tài liệu.\n"
                   "- Báo cáo kết quả xác minh, trình Chủ tịch UBND tỉnh chậm nhất ngày 29/5/2027.\n"
                   "2. Tổ thu gom số 2 thu gom rác tuyến 2 đúng lịch, bảo dưỡng xe đẩy tay, hoàn thành trước ngày 30/5/2027.")
    assert _dated(text) == {("Tổ xác minh", "2027-05-29"), ("Tổ thu gom số 2", "2027-05-30")}


def test_each_team_of_a_heading_with_its_part_in_brackets_leads_the_dashes():
    text = _notice("1. Tổ kiểm đếm số 1 (đoạn Km16+900 - Km17+550) và Tổ kiểm đếm số 2 (đoạn Km17+550 - Km18+200):\n"
                   "- Đo đạc, kiểm đếm đất, tài sản của các hộ, hoàn thành trước ngày 31/8/2027.")
    assert _dated(text) == {("Tổ kiểm đếm số 1", "2027-08-31"), ("Tổ kiểm đếm số 2", "2027-08-31")}


def test_a_council_of_each_commune_listed_with_a_comma_in_its_name():
    assert _names("Hội đồng bồi thường, hỗ trợ và tái định cư các xã: Đồng Đăng, Thụy Hùng;") \
        == ["Hội đồng bồi thường, hỗ trợ và tái định cư xã Đồng Đăng", "Hội đồng bồi thường, hỗ trợ và tái định cư xã Thụy Hùng"]


def test_the_hamlets_health_workers_a_farm_and_the_trusted_addresses_are_bodies():
    assert _names("Nhân viên y tế các thôn: Bản Nầng, Còn Quan lập danh sách") \
        == ["Nhân viên y tế thôn Bản Nầng", "Nhân viên y tế thôn Còn Quan"]
    assert _names("b) Đề nghị Trang trại gà Đồng Tân Phát:") == ["Trang trại gà Đồng Tân Phát"]
    assert _names("1. Các Địa chỉ tin cậy tiếp nhận, bảo vệ tạm thời nạn nhân") == ["Các Địa chỉ tin cậy"]
    assert _names("Phòng Kinh tế tống đạt Quyết định này cho hộ ông Lành Văn Thịnh") == ["Phòng Kinh tế"]
    assert _names("Giao Ban thực hiện cưỡng chế thu hồi đất xã (thành lập theo Quyết định số 15/QĐ-UBND)") \
        == ["Ban thực hiện cưỡng chế thu hồi đất xã"]


def test_a_group_named_by_what_is_done_to_it_then_its_verb_leads():
    text = _notice("5. UBND các xã, phường được kiểm tra chuẩn bị báo cáo, hồ sơ theo đề cương; gửi báo cáo về Sở Y tế "
                   "trước ngày 12/6/2027.")
    assert _leads_on(text, "2027-06-12") == {"UBND các xã, phường"}


def test_the_last_item_naming_back_the_bodies_of_a_plan_with_no_addressees_means_the_tables_too():
    text = ("UBND XÃ GIA VIỄN\nTRẠM Y TẾ\nSố: 21/KH-TYT\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Chiến dịch diệt bọ gậy năm 2027\n\nII. PHÂN CÔNG NHIỆM VỤ\n\n"
            "| STT | Nội dung | Bộ phận chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Nhận, cấp phát hóa chất cho các thôn | Bộ phận Dược | Bộ phận Kiểm soát bệnh tật | Chậm nhất ngày 08/8/2027 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Bộ phận Kiểm soát bệnh tật tập huấn cho nhân viên y tế thôn, xong trong tháng 9/2027.\n"
            "2. Nhân viên y tế thôn Đồng Tâm lập danh sách hộ có nguy cơ cao.\n"
            "3. Các bộ phận, nhân viên y tế thôn nêu trên báo cáo kết quả thực hiện về Trạm trưởng trước ngày 31/8/2027.\n"
            + NB_SIGNED)
    assert {"Bộ phận Dược", "Bộ phận Kiểm soát bệnh tật", "Nhân viên y tế thôn Đồng Tâm"} <= _leads_on(text, "2027-08-31")


def test_informing_the_households_after_another_act_is_a_task_not_the_letters_closing_formula():
    text = _notice("Sở Tài chính tổ chức tiếp công dân lưu động tại xã Gia Viễn; đề nghị UBND xã Gia Viễn bố trí địa điểm và "
                   "thông báo cho các hộ dân biết.")
    assert ["UBND xã Gia Viễn"] in [leads for leads, _d, _t in _tasks(text)]


def test_the_volume_of_work_done_in_a_quarter_is_no_limit_beside_its_day():
    text = _notice("1. Ban Quản lý dự án đầu tư xây dựng tỉnh gửi hồ sơ đề nghị thanh toán khối lượng hoàn thành quý II/2027 "
                   "qua Cổng dịch vụ công trước ngày 25/6/2027.")
    assert _dated(text) == {("Ban Quản lý dự án đầu tư xây dựng tỉnh", "2027-06-25")}


def test_the_month_a_campaign_takes_place_is_no_limit_of_the_bodies_addressed():
    text = _letter("Tháng hành động quốc gia về phòng, chống bạo lực gia đình năm 2027 diễn ra trong tháng 6/2027; các đơn vị "
                   "lồng ghép tuyên truyền trong các buổi sinh hoạt tại thôn, tổ dân phố.")
    assert _dated(text) == set()


def test_a_temporary_stay_is_no_limit_of_the_trusted_addresses():
    text = _notice("1. Các Địa chỉ tin cậy tiếp nhận, bảo vệ tạm thời nạn nhân bạo lực gia đình (không quá 03 ngày), bảo đảm bí "
                   "mật thông tin; báo cáo số trường hợp tiếp nhận về Phòng Văn hóa - Xã hội trước ngày 25 hằng tháng.")
    assert _dated(text) == {("Các Địa chỉ tin cậy", "2027-04-25")}
