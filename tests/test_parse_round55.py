"""Round 55 (issue 11's fifty-fourth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZE … ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZT, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_SIGNED, dated as _dated, leads_on as _leads_on, letter as _letter, names as _names, \
    plan_row as _plan_row, \
    tasks as _tasks

# a commune's report to the province and a department, its requests last
COMMUNE_REPORT = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 77/BC-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\n"
                  "Kính gửi:\n- UBND tỉnh Ninh Bình;\n- Sở Công Thương.\nBÁO CÁO\n"
                  "Kết quả chuẩn bị phục vụ Tết Nguyên đán\nI. KẾT QUẢ\nXã đã tổ chức 02 phiên chợ hàng Việt.\n"
                  "II. NHIỆM VỤ\n1. Phòng Kinh tế hoàn thành kiểm tra các quầy hàng tại chợ chậm nhất ngày 20/5/2027.\n"
                  "III. ĐỀ XUẤT, KIẾN NGHỊ\n")


# --- times --------------------------------------------------------------------------------------------------------------

def test_a_roadmaps_horizon_inside_a_task_is_no_limit():
    text = _letter("2. Sở Xây dựng:\n- Theo dõi, đôn đốc chỉ số phục vụ người dân hằng tháng; tham mưu lộ trình đến năm 2030 "
                   "có 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.\n"
                   "- Nâng cấp hệ thống thông tin giải quyết thủ tục hành chính, hoàn thành trong Quý II/2027.")
    assert _dated(text) == {("Sở Xây dựng", "2027-06-30")}


def test_a_completion_whose_object_is_described_by_a_passive_is_due_in_its_month():
    text = _letter("1. UBND các xã: Gia Viễn, Nho Quan cập nhật tình hình trên trang thông tin của xã; hoàn thành việc "
                   "niêm yết công khai danh sách hộ được hỗ trợ trong tháng 5/2027.\n"
                   "2. Sở Tài chính tổng hợp số vốn được bổ sung trong năm 2027.")
    assert _dated(text) == {("UBND xã Gia Viễn", "2027-05-31"), ("UBND xã Nho Quan", "2027-05-31")}


def test_a_schedule_of_handing_out_with_the_day_each_body_receives_gives_no_tasks():
    text = _letter("Lịch cấp hóa chất đợt 2 như sau:\n"
                   "| STT | Đơn vị nhận | Hóa chất (lít) | Vôi bột (tấn) | Thời gian nhận |\n|---|---|---|---|---|\n"
                   "| 1 | UBND xã Gia Viễn | 600 | 4 | Ngày 20/5/2027 |\n| 2 | UBND xã Nho Quan | 900 | 6 | Ngày 21/5/2027 |\n\n"
                   "Đề nghị Sở Y tế hướng dẫn sử dụng hóa chất, hoàn thành trước ngày 25/5/2027.")
    assert _dated(text) == {("Sở Y tế", "2027-05-25")}


# --- names --------------------------------------------------------------------------------------------------------------

def test_a_body_moving_something_ends_its_name_not_the_fields_that_hold_the_word():
    assert _names("Phòng Văn hóa - Xã hội chuyển 100% đối tượng bảo trợ xã hội sang nhận trợ cấp qua tài khoản") \
        == ["Phòng Văn hóa - Xã hội"]
    assert _names("Ban Chỉ đạo chuyển đổi số xã rà soát hộ kinh doanh") == ["Ban Chỉ đạo chuyển đổi số xã"]


def test_a_rooms_fields_with_a_comma_and_and_read_whole_in_its_table_are_read_whole_before_its_verb():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\nSố: 61/KH-SNV\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Phát triển người tham gia bảo hiểm xã hội tự nguyện năm 2027\nI. NHIỆM VỤ\n"
            "| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Biên soạn tài liệu hỏi - đáp | Phòng Lao động, Tiền lương và Bảo hiểm xã hội | Trước ngày 25/5/2027 |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Lao động, Tiền lương và Bảo hiểm xã hội là đầu mối theo dõi, đôn đốc thực hiện "
            "Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 20/11/2027.\n" + NB_SIGNED)
    assert _dated(text) == {("Phòng Lao động, Tiền lương và Bảo hiểm xã hội", "2027-05-25"),
                            ("Phòng Lao động, Tiền lương và Bảo hiểm xã hội", "2027-11-20")}


# --- items, subjects and closings ---------------------------------------------------------------------------------------

def test_how_the_work_is_to_be_done_under_a_heading_asking_the_communes_is_their_task():
    text = _letter("II. ĐỀ NGHỊ UBND CÁC XÃ\n1. Lập hồ sơ nghiệm thu từng nhà, gửi Sở Xây dựng trước ngày 15/5/2027.\n"
                   "2. Sử dụng vật liệu tại chỗ (đá, gỗ rừng trồng) để giảm chi phí; không để hộ vay nặng lãi làm nhà.")
    found = [(leads, d) for leads, d, t in _tasks(text) if t.startswith("Sử dụng")]
    assert found == [(["UBND xã Gia Viễn", "UBND xã Nho Quan"], None)]


def test_a_request_to_the_province_after_a_semicolon_gives_its_time_to_no_one_else():
    text = (COMMUNE_REPORT + "Đề nghị Sở Công Thương hỗ trợ xã tổ chức 01 điểm bán hàng bình ổn tại chợ; đề nghị UBND "
            "tỉnh bổ sung kinh phí tặng quà cho hộ nghèo (48 triệu đồng) trước ngày 15/6/2027.\n" + NB_SIGNED)
    assert _dated(text) == {("Phòng Kinh tế", "2027-05-20")}
    assert ["Sở Công Thương"] in [leads for leads, _d, _t in _tasks(text)]


def test_units_named_back_by_the_name_they_share_beside_a_kind_are_each_of_them():
    text = ("BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH\nSố: 120/BHXH-QLT\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "V/v thu hồi nợ đóng bảo hiểm xã hội\nKính gửi:\n- Phòng Quản lý thu;\n- Phòng Thanh tra - Kiểm tra;\n"
            "- Bảo hiểm xã hội cơ sở Gia Viễn, Nho Quan.\n"
            "Giám đốc Bảo hiểm xã hội tỉnh yêu cầu:\n"
            "1. Phòng Quản lý thu gửi thông báo đôn đốc đến các đơn vị nợ trước ngày 15/5/2027.\n"
            "2. Phòng Thanh tra - Kiểm tra lập hồ sơ các đơn vị nợ kéo dài.\n"
            "3. Bảo hiểm xã hội cơ sở Gia Viễn, Bảo hiểm xã hội cơ sở Nho Quan làm việc trực tiếp với từng đơn vị nợ.\n"
            "Các phòng và Bảo hiểm xã hội cơ sở nêu trên báo cáo kết quả thu hồi nợ về Giám đốc Bảo hiểm xã hội tỉnh "
            "chậm nhất ngày 03/7/2027./.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-07-03") == {"Phòng Quản lý thu", "Phòng Thanh tra - Kiểm tra",
                                            "Bảo hiểm xã hội cơ sở Gia Viễn", "Bảo hiểm xã hội cơ sở Nho Quan"}


def test_the_departments_own_units_cited_by_part_report_not_the_communes_the_part_names_beside_them():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 61/KH-SNNMT\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nPhòng, chống rét cho cây trồng, vật nuôi\nI. MỤC ĐÍCH\nChủ động phòng, chống rét.\nII. NHIỆM VỤ\n"
            "1. Chi cục Chăn nuôi và Thú y hướng dẫn che chắn chuồng trại, hoàn thành trước ngày 15/5/2027.\n"
            "2. Trung tâm Khuyến nông tỉnh tập huấn kỹ thuật gieo mạ, xong trong tháng 5/2027.\n"
            "3. Đề nghị UBND các xã: Gia Viễn, Nho Quan dự trữ thức ăn cho gia súc.\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị thuộc Sở nêu tại Mục II báo cáo kết quả thực hiện về Sở trước ngày "
            "20/6/2027.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-06-20") == {"Chi cục Chăn nuôi và Thú y", "Trung tâm Khuyến nông tỉnh"}


def test_departments_listed_with_their_head_once_set_up_a_team_after_by_their_functions():
    text = _letter("1. Các sở: Xây dựng, Tài chính theo chức năng, nhiệm vụ thành lập tổ công tác hỗ trợ các xã tháo gỡ vướng "
                   "mắc; báo cáo UBND tỉnh kết quả trước ngày 31/8/2027.\n2. Sở Y tế kiểm tra các trạm y tế.")
    assert _dated(text) == {("Sở Xây dựng", "2027-08-31"), ("Sở Tài chính", "2027-08-31")}


def test_a_boards_members_named_back_with_the_bodies_above_are_those_bodies():
    text = ("UBND XÃ GIA VIỄN\nBAN CHỈ ĐẠO PHÒNG, CHỐNG MA TÚY\nSố: 12/TB-BCĐ\nGia Viễn, ngày 14 tháng 4 năm 2027\n"
            "THÔNG BÁO\nKết luận của Trưởng Ban Chỉ đạo tại cuộc họp\n"
            "Ngày 10/4/2027, Trưởng Ban Chỉ đạo chủ trì cuộc họp và kết luận như sau:\n"
            "1. Công an xã hoàn thiện hồ sơ, trình Ban Chỉ đạo trước ngày 31/8/2027.\n"
            "2. Trạm Y tế xã theo dõi sức khỏe người cai nghiện tại cộng đồng.\n"
            "3. Các thành viên Ban Chỉ đạo, cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã "
            "trước ngày 10 tháng 12 năm 2027.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-12-10") == {"Công an xã", "Trạm Y tế xã"}


def test_a_sub_committee_named_by_two_fields_with_a_comma_leads_its_row():
    assert _names("Tiểu ban Tuyên truyền, Lễ tân thiết kế biểu trưng (logo), linh vật của Đại hội") \
        == ["Tiểu ban Tuyên truyền, Lễ tân"]
    assert _names("Tiểu ban An ninh, Y tế phối hợp với Công an tỉnh xây dựng phương án") \
        == ["Tiểu ban An ninh, Y tế", "Công an tỉnh"]
    assert _names("Tiểu ban Chuyên môn, Tiểu ban Hậu cần kiểm tra") == ["Tiểu ban Chuyên môn", "Tiểu ban Hậu cần"]


def test_designing_and_estimating_needs_end_a_name_but_not_a_consultants_trade():
    assert _names("Giao Phòng Nghiệp vụ Y dự trù thuốc, vật tư y tế") == ["Phòng Nghiệp vụ Y"]
    assert _names("Tiểu ban Tuyên truyền thiết kế biểu trưng") == ["Tiểu ban Tuyên truyền"]
    assert _names("Công ty Cổ phần Tư vấn thiết kế xây dựng Hoa Lư kiểm tra") \
        == ["Công ty Cổ phần Tư vấn thiết kế xây dựng Hoa Lư"]


def test_a_justice_departments_room_of_legal_documents_is_one_name():
    assert _names("4. Phòng Xây dựng và kiểm tra văn bản chủ trì kiểm tra các văn bản do UBND các xã ban hành") \
        == ["Phòng Xây dựng và kiểm tra văn bản", "UBND các xã"]


def test_a_schools_accountant_leads_an_item_as_in_its_table():
    text = ("TRƯỜNG PTDTBT THCS GIA VIỄN\nSố: 30/KH-THCS\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Tổ chức bán trú năm học 2027 - 2028\nI. NHIỆM VỤ\n| STT | Nội dung | Người thực hiện | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Lập danh sách học sinh bán trú | Kế toán nhà trường | Trước ngày 31/8/2027 |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Kế toán nhà trường lập bảng kê chi tiền ăn, công khai trên bảng tin của trường; quyết toán "
            "kinh phí hỗ trợ học kỳ I trước ngày 15/01/2028.\n" + NB_SIGNED)
    assert _dated(text) == {("Kế toán nhà trường", "2027-08-31"), ("Kế toán nhà trường", "2028-01-15")}


def test_a_teams_members_table_gives_no_tasks_and_its_duties_below_are_its_own():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 90/QĐ-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Thành lập Tổ kiểm tra an toàn thực phẩm\nQUYẾT ĐỊNH:\n"
            "Điều 1. Thành lập Tổ kiểm tra an toàn thực phẩm (sau đây gọi là Tổ kiểm tra), gồm các ông (bà) có tên sau:\n"
            "| STT | Họ và tên | Chức vụ, đơn vị | Nhiệm vụ trong Tổ |\n|---|---|---|---|\n"
            "| 1 | Ông Vi Văn Chúc | Phó Chủ tịch UBND xã | Tổ trưởng |\n| 2 | Ông Chu Văn Bằng | Phó Trưởng Công an xã | Thành viên |\n\n"
            "Điều 2. Nhiệm vụ của Tổ kiểm tra\n1. Kiểm tra điều kiện an toàn thực phẩm tại bếp ăn của các trường, hoàn thành "
            "trước ngày 29/5/2027.\n2. Lấy mẫu thực phẩm nghi ngờ gửi Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm.\n"
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký.\n" + NB_SIGNED)
    assert [(leads, d) for leads, d, _t in _tasks(text)] == [(["Tổ kiểm tra"], "2027-05-29"), (["Tổ kiểm tra"], None)]


def test_what_a_rule_allows_a_thing_done_by_a_day_is_no_limit():
    text = _letter("1. Kế hoạch vốn năm 2027 giao cho các xã là 46,8 tỷ đồng. Theo quy định, kế hoạch vốn năm 2027 được thực "
                   "hiện và giải ngân đến hết ngày 31/01/2028.\n"
                   "2. Sở Xây dựng thẩm định hồ sơ điều chỉnh, gửi Sở Tài chính trước ngày 30/5/2027.")
    assert _dated(text) == {("Sở Xây dựng", "2027-05-30")}


def test_the_day_of_an_event_a_row_guards_or_takes_people_to_is_no_limit():
    plan = ("UBND TỈNH NINH BÌNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 61/KH-SVHTTDL\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nTổ chức giải Việt dã năm 2027\nI. NHIỆM VỤ\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
            "|---|---|---|---|---|\n")
    assert _plan_row(plan, "Bảo vệ giải Việt dã leo núi Hoa Lư", "Công an tỉnh", "Ngày 16/8/2027") == set()
    assert _plan_row(plan, "Tổ chức cho học viên tham gia Phiên giao dịch việc làm chuyên đề", "Sở Nội vụ",
                     "Ngày 18/6/2027") == set()
    assert _plan_row(plan, "Lập danh sách vận động viên", "Sở Nội vụ", "Ngày 18/6/2027") == {("Sở Nội vụ", "2027-06-18")}
    assert _plan_row(plan, "Giới thiệu hội viên tham gia phiên giao dịch việc làm chuyên đề", "Sở Nội vụ",
                     "Ngày 25/5/2027") == set()


def test_a_principals_list_ending_on_a_principal_named_whole_names_the_school():
    assert _names("Hiệu trưởng các trường: Mầm non Đình Lập, Tiểu học Đình Lập và Hiệu trưởng Trường THCS Đình Lập:") \
        == ["Trường Mầm non Đình Lập", "Trường Tiểu học Đình Lập", "Trường THCS Đình Lập"]


def test_an_events_day_in_brackets_after_a_grades_number_is_the_limit():
    plan = ("UBND TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 61/KH-SGDĐT\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nChuẩn bị năm học mới\nI. NHIỆM VỤ\n| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n"
            "|---|---|---|---|---|\n")
    assert _plan_row(plan, "Bàn giao phòng học mới", "Sở Xây dựng", "Trước ngày tựu trường khối 10 (20/8/2027)") \
        == {("Sở Xây dựng", "2027-08-20")}


def test_a_board_named_by_two_acts_with_a_comma_is_one_name():
    assert _names("5. Đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh ưu tiên tổ chức đánh giá") \
        == ["Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh"]


def test_a_room_of_three_fields_and_a_unit_that_opens_a_ledger_end_before_their_verbs():
    assert _names("Phòng Hành chính, Tổ chức, Quản trị bố trí xe, kinh phí phục vụ Đoàn") \
        == ["Phòng Hành chính, Tổ chức, Quản trị"]
    assert _names("Phòng Kinh tế, Hạ tầng và Đô thị kiểm tra") == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert _names("Bộ phận Kế toán mở sổ theo dõi thu giá dịch vụ") == ["Bộ phận Kế toán"]


def test_a_commands_deputy_leads_the_rows_and_items_given_to_him_and_hamlet_militia_posts_are_each_a_body():
    text = ("UBND XÃ GIA VIỄN\nBAN CHỈ HUY QUÂN SỰ\nSố: 24/KH-BCH\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Huy động dân quân phòng cháy, chữa cháy rừng\nI. NỘI DUNG\n"
            "| STT | Nội dung | Bộ phận chủ trì | Bộ phận phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Rà soát, kiện toàn lực lượng dân quân | Chỉ huy phó Ban CHQS xã | Các thôn đội | Trước ngày 05/11/2027 |\n"
            "| 2 | Kiểm tra dụng cụ chữa cháy của thôn | Các thôn đội: Bản Chuông, Khe Mò | Trưởng thôn | Trước ngày 20/11/2027 |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác bộ phận, đơn vị nêu trên báo cáo kết quả về Ban Chỉ huy Quân sự xã trước ngày "
            "15/12/2027.\n" + NB_SIGNED)
    assert _dated(text) == {("Chỉ huy phó Ban CHQS xã", "2027-11-05"), ("Thôn đội Bản Chuông", "2027-11-20"),
                            ("Thôn đội Khe Mò", "2027-11-20"), ("Chỉ huy phó Ban CHQS xã", "2027-12-15"),
                            ("Thôn đội Bản Chuông", "2027-12-15"), ("Thôn đội Khe Mò", "2027-12-15")}


def test_the_office_of_the_deputies_and_the_council_may_ask_the_province():
    text = ("VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI\nVÀ HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nSố: 214/VP-CTQH\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nV/v chuẩn bị báo cáo phục vụ giám sát\n"
            "Kính gửi:\n- Ủy ban nhân dân tỉnh;\n- Sở Tài chính.\n"
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh đề nghị:\n1. Ủy ban nhân dân tỉnh chỉ đạo các cơ quan chuyên môn xây dựng báo "
            "cáo theo Đề cương, gửi Đoàn ĐBQH tỉnh trước ngày 30/6/2027.\n"
            "2. Sở Tài chính cung cấp số liệu giải ngân vốn trước ngày 26/6/2027.\n" + NB_SIGNED)
    assert _dated(text) == {("UBND tỉnh", "2027-06-30"), ("Sở Tài chính", "2027-06-26")}


def test_the_issuers_own_time_in_a_purpose_before_its_request_is_no_task():
    text = _letter("Để kịp tổng hợp, trình UBND tỉnh trước ngày 24/6/2027, Sở Tài chính đề nghị:\n"
                   "1. Sở Xây dựng cung cấp số liệu kết quả thực hiện Chương trình trước ngày 18/6/2027.\n"
                   "2. Sở Y tế làm rõ nguyên nhân các xã chưa hoàn thành tiêu chí.")
    assert _dated(text) == {("Sở Xây dựng", "2027-06-18")}


def test_the_issuers_own_aim_in_its_report_is_no_task():
    text = (COMMUNE_REPORT + "Năm 2027, xã phấn đấu giảm 1,5% tỷ lệ hộ nghèo; đến năm 2030 có 80% số thôn đạt chuẩn nông "
            "thôn mới.\nUBND xã Gia Viễn phấn đấu hoàn thành xử lý toàn bộ cơ sở dôi dư trong năm 2027.\n" + NB_SIGNED)
    assert _dated(text) == {("Phòng Kinh tế", "2027-05-20")}


def test_a_reports_recommendation_opening_its_sentence_names_the_body_asked():
    text = (COMMUNE_REPORT + "Kiến nghị Sở Xây dựng bố trí kinh phí lắp đặt đèn tín hiệu giao thông tại nút giao trong "
            "năm 2027.\n" + NB_SIGNED)
    assert _dated(text) == {("Phòng Kinh tế", "2027-05-20"), ("Sở Xây dựng", "2027-12-31")}


def test_both_subjects_before_named_back_share_the_clauses_limit():
    text = _letter("3. Hợp tác xã Nông nghiệp Gia Viễn khắc phục các tiêu chí chưa đạt về đóng gói; Hợp tác xã Ong mật Nho Quan "
                   "bổ sung hồ sơ nguồn gốc nguyên liệu; cả hai gửi Sở Công Thương trước 17 giờ ngày 08/5/2027.")
    assert _dated(text) == {("Hợp tác xã Nông nghiệp Gia Viễn", "2027-05-08"), ("Hợp tác xã Ong mật Nho Quan", "2027-05-08")}
