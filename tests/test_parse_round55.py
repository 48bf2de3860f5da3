"""Round 55 (issue 11's fifty-fourth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZE … ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZT, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_SIGNED, dated as _dated, leads_on as _leads_on, letter as _letter, names as _names, \
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
