"""Round 53 (issue 11's fifty-second round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZZZZZA … ZZZZZZZZZZZZZZZZZZZZZZZZZZZZF, one test each on text written for these tests."""
from __future__ import annotations

from functools import partial

from parse_helpers import plan_row, leads_on as _leads_on, NB_SIGNED, dated as _dated, dates as _dates, letter as _letter, names as _names, \
    notice as _notice, tasks as _tasks
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.header import read_header

# a province's plan with a task table
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 152/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
        "Triển khai các nhiệm vụ năm 2027\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n")


_plan_row = partial(plan_row, PLAN)


# --- closings: groups named back ---------------------------------------------------------------------------------------

def test_the_mass_organisations_and_the_communes_named_back_each_report():
    text = ("CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH NINH BÌNH\nSố: 301/NHCS-KHNV\nV/v cho vay người lao động\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Hội Liên hiệp Phụ nữ tỉnh;\n- Hội Nông dân tỉnh;\n"
            "- UBND các xã: Gia Viễn, Nho Quan.\nChi nhánh đề nghị:\n"
            "1. Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh tuyên truyền chính sách cho vay đến hội viên.\n"
            "2. UBND các xã: Gia Viễn, Nho Quan xác nhận hồ sơ vay vốn của người lao động.\n"
            "3. Phòng Kế hoạch - Nghiệp vụ tín dụng kiểm tra việc cho vay tại các Điểm giao dịch xã.\n"
            "Các tổ chức hội, đoàn thể và UBND các xã nêu trên báo cáo kết quả thực hiện về Chi nhánh trước ngày "
            "10/7/2027./.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-07-10") == {"Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "UBND xã Gia Viễn",
                                             "UBND xã Nho Quan"}


def test_the_heads_of_schools_addressed_by_a_list_are_each_named_back():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 86/UBND-VHXH\nV/v bữa ăn bán trú\nGia Viễn, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- Hiệu trưởng Trường Trung học cơ sở Gia Viễn;\n"
            "- Hiệu trưởng các trường: Mầm non Gia Viễn, Tiểu học Gia Viễn;\n- Trạm Y tế xã.\n"
            "1. Trạm Y tế xã kiểm tra bếp ăn của các trường.\n"
            "2. Đề nghị Hiệu trưởng các trường nêu trên báo cáo kết quả thực hiện về UBND xã trước ngày 27/5/2027.\n"
            + NB_SIGNED)
    assert _leads_on(text, "2027-05-27") == {"Trường Trung học cơ sở Gia Viễn", "Trường Mầm non Gia Viễn",
                                             "Trường Tiểu học Gia Viễn"}


def test_the_bodies_named_in_the_whole_directive_each_report():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 07/CT-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nCHỈ THỊ\n"
            "Về tăng cường quản lý bán hàng rong\nChủ tịch UBND tỉnh yêu cầu:\n"
            "1. Sở Xây dựng hướng dẫn cấp phép sử dụng tạm thời vỉa hè, hoàn thành trong tháng 9/2027.\n"
            "2. Sở Y tế kiểm tra an toàn thực phẩm tại khu vực chợ.\n"
            "3. Giao Sở Tài chính theo dõi, đôn đốc việc thực hiện Chỉ thị. Các sở, ngành, đơn vị nêu tại Chỉ thị này "
            "tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12/2027.\n" + NB_SIGNED)
    assert {"Sở Xây dựng", "Sở Y tế"} <= _leads_on(text, "2027-12-15")


def test_the_rooms_named_back_after_items_naming_one_each():
    text = ("UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\nSố: 77/BC-STC\nNinh Bình, ngày 14 tháng 4 năm 2027\nBÁO CÁO\n"
            "Kết quả thu ngân sách quý I năm 2027\nKính gửi: UBND tỉnh Ninh Bình.\nSở Tài chính báo cáo như sau:\n"
            "I. KẾT QUẢ\nSố thu đạt 52,4 tỷ đồng.\nII. NHIỆM VỤ TRỌNG TÂM CỦA SỞ TÀI CHÍNH\n"
            "| 1. | Phòng Quản lý ngân sách: |\n- Theo dõi tiến độ thu hằng tháng.\n"
            "- Tham mưu đánh giá thu ngân sách, trình Giám đốc Sở trước ngày\n05/7/2027.\n|\n"
            "| 2. | Phòng Tài chính hành chính sự nghiệp thẩm định dự toán kinh phí, hoàn thành trong tháng 6/2027. |\n"
            "| 3. | Phòng Quản lý giá và công sản phối hợp với Sở Y tế khảo sát giá dịch vụ hóa đơn điện tử trong tháng "
            "6/2027. |\n|\nCác phòng nêu trên báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 20/9/2027 để tổng hợp.\n"
            "III. ĐỀ XUẤT\nSở Tài chính kính đề nghị UBND tỉnh xem xét.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-09-20") == {"Phòng Quản lý ngân sách", "Phòng Tài chính hành chính sự nghiệp",
                                             "Phòng Quản lý giá và công sản"}


def test_the_communes_of_a_row_cited_by_its_point_and_part_report_with_the_departments():
    text = (PLAN + "| 1 | Hướng dẫn cải tạo nghĩa trang | Sở Xây dựng | Sở Tài chính | Quý III/2027 |\n"
            "| 2 | Lập danh sách mộ rải rác | UBND các xã: Gia Viễn, Nho Quan và UBND phường Hoa Lư | Sở Xây dựng "
            "| Trước ngày 15/5/2027 |\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế theo dõi việc thực hiện.\n"
            "2. Các sở: Xây dựng, Tài chính và UBND các xã, phường nêu tại điểm 2 Mục II gửi báo cáo kết quả về Sở Y tế "
            "trước ngày 05/12/2027.\n\n" + NB_SIGNED)
    assert _leads_on(text, "2027-12-05") == {"Sở Xây dựng", "Sở Tài chính", "UBND xã Gia Viễn", "UBND xã Nho Quan",
                                             "UBND phường Hoa Lư"}


# --- names ---------------------------------------------------------------------------------------------------------------

def test_a_listed_quarter_opening_with_the_nouns_last_word_keeps_the_noun_whole():
    assert _names("Tổ trưởng các tổ dân phố: Tân Hưng, Phố Chũ và Tổ trưởng tổ dân phố Hồng Tiến thông báo") == [
        "Tổ trưởng tổ dân phố Tân Hưng", "Tổ trưởng tổ dân phố Phố Chũ", "Tổ trưởng tổ dân phố Hồng Tiến"]


def test_a_quarter_listed_last_with_its_noun_is_named_once():
    assert _names("Ban điều hành các khu phố: Hưng Thọ, Thạnh Hòa B và khu phố An Sơn 2 vận động") == [
        "Ban điều hành khu phố Hưng Thọ", "Ban điều hành khu phố Thạnh Hòa B", "Ban điều hành khu phố An Sơn 2"]
    assert _names("Trưởng các khối phố: Khối 3, Khối 8 và Trưởng thôn Bản Lầy tuyên truyền")[-1] == "Trưởng thôn Bản Lầy"


def test_the_southern_quarters_by_number_and_their_head_written_again():
    assert _names("3. Trưởng các khóm: 2, 4 và Trưởng khóm 7 thông báo") == [
        "Trưởng khóm 2", "Trưởng khóm 4", "Trưởng khóm 7"]


def test_hamlets_heads_listed_with_no_colon():
    assert _names("Trưởng các khối Nà Cạo, Khòn Khuyên và Trưởng thôn Nà Pài rà soát") == [
        "Trưởng khối Nà Cạo", "Trưởng khối Khòn Khuyên", "Trưởng thôn Nà Pài"]


def test_a_name_opening_with_a_lone_vowel_is_no_glued_word():
    text = _letter("1. UBND các xã: Tây Giang, Avương và UBND xã Hùng Sơn thu gỡ bẫy thú, hoàn thành trước ngày "
                   "31/8/2027.")
    assert _leads_on(text, "2027-08-31") == {"UBND xã Tây Giang", "UBND xã Avương", "UBND xã Hùng Sơn"}


def test_a_firms_place_name_before_phoi_hop_is_no_city():
    assert _names("Công ty Cổ phần Năng lượng Xanh Long Thành phối hợp với Sở Công Thương") == [
        "Công ty Cổ phần Năng lượng Xanh Long Thành", "Sở Công Thương"]


def test_a_bodys_verb_ends_its_name():
    assert _names("Phòng Hành chính - Kế toán tính tiền lãi chậm nộp") == ["Phòng Hành chính - Kế toán"]
    assert _names("Công ty TNHH Điện tử Kim Sơn Vina chi thưởng Tết") == ["Công ty TNHH Điện tử Kim Sơn Vina"]
    assert _names("Phòng Công tác xã hội đăng thông báo tuyển tình nguyện viên") == ["Phòng Công tác xã hội"]
    assert _names("Phòng Y tế khám sức khỏe cho học viên") == ["Phòng Y tế"]
    assert _names("Tổ Vệ sinh môi trường thu gom rác thải tại chợ cũ") == ["Tổ Vệ sinh môi trường"]


def test_a_count_after_a_schools_name_is_no_part_of_it():
    assert _names("Trường THPT Gia Viễn chuyển 12 lớp học về cơ sở mới") == ["Trường THPT Gia Viễn"]


def test_a_room_of_social_protection_and_social_evils_is_named_whole():
    assert _names("Giao Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội tổng hợp danh sách") == [
        "Phòng Bảo trợ xã hội và Phòng, chống tệ nạn xã hội"]


def test_a_markets_traders_board_is_a_body():
    assert _names("Ban Quản lý chợ Gia Viễn, Ban đại diện tiểu thương báo cáo") == [
        "Ban Quản lý chợ Gia Viễn", "Ban đại diện tiểu thương"]


# --- items and sections --------------------------------------------------------------------------------------------------

def test_an_order_not_to_connect_systems_not_yet_notified_is_a_task():
    text = _notice("1. Đề nghị Công ty Điện lực Ninh Bình:\n"
                   "- Không đấu nối các hệ thống chưa thực hiện thông báo; hướng dẫn khách hàng lắp thiết bị chống "
                   "phát ngược.\n2. Sở Y tế kiểm tra.")
    assert any(leads == ["Công ty Điện lực Ninh Bình"] and t.startswith("Không đấu nối") for leads, _d, t in _tasks(text))


def test_what_the_parties_agreed_at_a_dialogue_are_tasks():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\nSố: 09/BB-SNV\nNinh Bình, ngày 14 tháng 4 năm 2027\nBIÊN BẢN\n"
            "Đối thoại giữa người sử dụng lao động và người lao động Công ty TNHH May Hoa Lư\n"
            "Hôm nay, vào hồi 14 giờ 00 ngày 14/4/2027, tại Hội trường Công ty, Sở Nội vụ tổ chức đối thoại.\n"
            "I. NỘI DUNG ĐỐI THOẠI\nNgười lao động đề nghị thưởng bằng 01 tháng lương.\n"
            "II. KẾT QUẢ ĐỐI THOẠI\nSau khi trao đổi, các bên thống nhất:\n"
            "1. Công ty TNHH May Hoa Lư chi thưởng cho người lao động, chi trả trước ngày 30/4/2027.\n"
            "2. UBND xã Gia Viễn báo cáo tình hình người lao động về Sở Nội vụ chậm nhất ngày 15/5/2027.\n"
            "Biên bản kết thúc vào hồi 17 giờ cùng ngày.\n" + NB_SIGNED)
    found = _dated(text)
    assert ("Công ty TNHH May Hoa Lư", "2027-04-30") in found and ("UBND xã Gia Viễn", "2027-05-15") in found


def test_a_tables_total_row_is_no_part_of_its_last_row():
    text = ("Ban Chỉ đạo giao chỉ tiêu cho các đơn vị như sau:\n"
            "| STT | Đơn vị chủ trì | Nhiệm vụ | Số nợ (triệu đồng) | Thời hạn hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | Đôn đốc 455 hộ kinh doanh nộp nợ thuế | 12.300 | Quý III/2027 |\n"
            "| | Tổng cộng | 455 hộ | 12.300 | |\n")
    assert ("UBND xã Gia Viễn", "2027-09-30") in _dated(_letter(text))


# --- times ----------------------------------------------------------------------------------------------------------------

def test_two_reports_dated_in_one_bracket_after_a_comma():
    text = _notice("7. Giao Sở Nội vụ theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo Chủ tịch UBND tỉnh (báo cáo "
                   "6 tháng trước ngày 15/6/2027, báo cáo năm trước ngày 10/12/2027).")
    assert {("Sở Nội vụ", "2027-06-15"), ("Sở Nội vụ", "2027-12-10")} <= _dated(text)


def test_a_selection_over_months_has_no_limit():
    assert _plan_row("Sơ tuyển thực tập sinh kỹ năng đi Nhật Bản tại các xã", "Sở Nội vụ",
                     "Từ tháng 3 đến tháng 11/2027") == set()


def test_a_vaccinations_two_rounds_in_one_cell_have_no_limit():
    assert _plan_row("Tổ chức tiêm phòng Dại cho chó, mèo", "UBND các xã, phường",
                     "Đợt 1: tháng 4 - 5/2027; đợt 2: tháng 9 - 10/2027") == set()


def test_the_day_a_row_hails_is_no_limit():
    assert _plan_row("Tổ chức ra quân thu gỡ bẫy hưởng ứng Ngày Quốc tế Đa dạng sinh học", "Sở Y tế",
                     "Ngày 22/5/2027") == set()
    assert _plan_row("Thả các cá thể động vật hoang dã về tự nhiên", "Sở Y tế", "Ngày 22/5/2027 (sau Lễ mít tinh)") == set()
    assert _plan_row("Kiểm tra các cơ sở", "Sở Y tế", "Ngày 22/5/2027") == {("Sở Y tế", "2027-05-22")}


def test_a_share_striven_for_in_a_month_is_no_limit():
    assert _dates("Trung tâm hướng dẫn người dân nộp hồ sơ trực tuyến; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình "
                  "đạt 80% trong tháng 6/2027.") == []
    assert _dates("phấn đấu hoàn thành 100% trong tháng 6/2027.") == ["2027-06-30"]


# --- headers -------------------------------------------------------------------------------------------------------------

def test_a_teams_name_over_two_lines_is_its_issuer_not_its_type():
    h = read_header(["UBND TỈNH NINH BÌNH", "TỔ CÔNG TÁC TRIỂN KHAI", "ĐỀ ÁN 06 TỈNH", "Số: 07/TB-TCT",
                     "Ninh Bình, ngày 14 tháng 4 năm 2027", "THÔNG BÁO",
                     "Kết luận của Tổ trưởng Tổ công tác tại cuộc họp giao ban tháng 3/2027",
                     "Ngày 10/4/2027, đồng chí Tổ trưởng chủ trì cuộc họp giao ban. Tổ trưởng kết luận như sau:",
                     "1. Công an tỉnh rà soát dữ liệu."])
    assert h.issuer == "UBND TỈNH NINH BÌNH TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06 TỈNH"
    assert h.doc_type == "THÔNG BÁO" and h.meeting_date.isoformat() == "2027-04-10"


def test_a_provinces_police_under_its_ministry_is_the_issuer():
    n = parse_notice("BỘ CÔNG AN\nCÔNG AN TỈNH NINH BÌNH\nSố: 386/CAT-PC07\nV/v bảo đảm lối thoát nạn\n"
                     "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi: UBND các xã: Gia Viễn, Nho Quan.\n"
                     "Đề nghị UBND các xã: Gia Viễn, Nho Quan kiểm tra lối thoát nạn, báo cáo trước ngày 30/5/2027.\n"
                     + NB_SIGNED)
    assert n.issuer == "BỘ CÔNG AN CÔNG AN TỈNH NINH BÌNH"
    assert {a.name for t in n.tasks for a in t.lead} == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


def test_the_communes_named_bare_in_an_articles_table_are_those_it_names_back():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1210/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Phân bổ kinh phí hỗ trợ khắc phục hậu quả bão\n**QUYẾT ĐỊNH:**\n"
            "**Điều 1.** Phân bổ 9.340 triệu đồng cho các xã bị thiệt hại như sau:\n"
            "| STT | Đơn vị | Nhà hư hỏng (hộ) | Kinh phí hỗ trợ (triệu đồng) |\n|---|---|---|---|\n"
            "| 1 | Xã Gia Viễn | 48 | 5.770 |\n| 2 | Xã Nho Quan | 62 | 3.570 |\n| | **Tổng cộng** | **110** | **9.340** |\n\n"
            "**Điều 2.** Tổ chức thực hiện\n"
            "1. UBND các xã có tên tại Điều 1 tiếp nhận kinh phí, chi trả đến hộ dân, hoàn thành trước ngày 30/5/2027.\n"
            "2. Sở Tài chính cấp phát kinh phí cho các xã.\n" + NB_SIGNED)
    assert _leads_on(text, "2027-05-30") == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


def test_what_the_other_provinces_side_agreed_is_no_task_of_the_heading():
    text = _notice("5. UBND các xã: Gia Viễn, Nho Quan:\n- Rà soát các cặp bản kết nghĩa, báo cáo UBND tỉnh trước ngày "
                   "30/6/2027.\nPhía tỉnh Hủa Phăn thống nhất cử 15 lưu học sinh sang học tập, gửi hồ sơ trước ngày "
                   "31/7/2027.")
    assert not any(d == "2027-07-31" for _a, d in _dated(text))


def test_a_body_after_a_condition_listing_bodies_is_the_subject():
    text = _notice("1. Sở Xây dựng kiểm tra.\n2. Sở Y tế rà soát.\nTrường hợp cơ quan, đơn vị chậm gửi báo cáo, Sở Nội vụ "
                   "tổng hợp danh sách, báo cáo Chủ tịch UBND tỉnh để xem xét.")
    assert any(leads == ["Sở Nội vụ"] and t.startswith("Trường hợp") for leads, _d, t in _tasks(text))


def test_a_hamlets_water_operation_team_is_a_body():
    assert _names("Tổ quản lý vận hành công trình cấp nước các thôn: Nà Lừa, Bản Hẻo và Tổ quản lý vận hành thôn "
                  "Khuổi Mò báo cáo") == ["Tổ quản lý vận hành công trình cấp nước thôn Nà Lừa",
                                         "Tổ quản lý vận hành công trình cấp nước thôn Bản Hẻo",
                                         "Tổ quản lý vận hành thôn Khuổi Mò"]


def test_a_span_in_a_time_cell_is_no_limit_unless_the_row_makes_or_hands_in_something():
    assert _plan_row("Treo băng rôn, khẩu hiệu; tuyên truyền trên hệ thống loa truyền thanh cơ sở", "Sở Y tế",
                     "Từ ngày 01/6/2027 đến ngày 30/6/2027") == set()
    assert _plan_row("Sinh hoạt hè của học sinh tại thôn, bản", "Sở Y tế", "Tháng 6 - tháng 8/2027") == set()
    assert _plan_row("Xây dựng đập tạm ngăn mặn trên sông Hoàng Long", "Sở Y tế", "Từ tháng 4 đến tháng 6/2027") == {
        ("Sở Y tế", "2027-06-30")}
    assert _plan_row("Tổng hợp kết quả, báo cáo UBND tỉnh", "Sở Y tế", "Từ ngày 01/6/2027 đến ngày 30/6/2027") == {
        ("Sở Y tế", "2027-06-30")}


def test_those_who_carry_the_whole_directive_out_strictly_get_no_task():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 07/CT-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nCHỈ THỊ\n"
            "Về phòng, chống bệnh dại\nChủ tịch UBND tỉnh yêu cầu:\n1. Sở Y tế kiểm tra việc tiêm phòng, hoàn thành trong "
            "tháng 9/2027.\n2. Sở Xây dựng hướng dẫn các xã.\nGiám đốc các sở, Thủ trưởng các cơ quan, Chủ tịch UBND các xã, "
            "phường có trách nhiệm tổ chức thực hiện nghiêm Chỉ thị này./.\n" + NB_SIGNED)
    assert not any("thực hiện nghiêm" in t for _l, _d, t in _tasks(text))


def test_departments_listed_then_their_state_function_then_the_verb():
    text = _notice("3. Các sở: Y tế, Xây dựng theo chức năng quản lý nhà nước, kiểm tra chất lượng hàng hóa bán trực tuyến, "
                   "báo cáo kết quả chậm nhất ngày 15/01/2028.\n4. Sở Tài chính bố trí kinh phí.")
    assert {("Sở Y tế", "2028-01-15"), ("Sở Xây dựng", "2028-01-15")} <= _dated(text)


def test_how_long_seized_goods_may_be_held_is_no_limit():
    assert _dates("Thời hạn tạm giữ tang vật theo quy định đến hết ngày 12/10/2027.") == []


def test_a_dash_opening_with_a_condition_is_a_task():
    text = _notice("3. UBND các xã: Gia Viễn, Nho Quan:\n- Khi nhận được thông báo xả lũ, thông tin kịp thời đến Nhân dân; "
                   "cấm người, phương tiện qua lại ngầm tràn.\n- Rà soát hộ dân vùng ngập, xong trước ngày 30/5/2027.\n"
                   "4. Sở Xây dựng kiểm tra.")
    assert any("UBND xã Gia Viễn" in leads and t.startswith("Khi nhận được") for leads, _d, t in _tasks(text))


def test_a_seasons_standing_duty_in_a_time_cell_has_no_limit():
    assert _plan_row("Vận hành điều tiết hồ chứa theo quy trình, trực ban 24/24 giờ", "Sở Y tế",
                     "Mùa mưa lũ năm 2027 (đến hết tháng 10)") == set()
