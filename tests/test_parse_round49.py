"""Round 49 (issue 11's forty-eighth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZC … ZZZZZZZZZZZZZZZZZZZZZZ?, one test each on text written for these tests."""
from __future__ import annotations

from tbkl_xl.parse import parse_notice

from parse_helpers import NB_SIGNED, dated as _dated, letter as _letter, notice as _notice, tasks as _tasks

# a province's plan with a task table, and a commune's plan with no addressees
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 120/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
        "Tổ chức Tuần Văn hóa - Thể thao các dân tộc năm 2027\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n")
COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 64/KH-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
                "Tổ chức giao lưu văn hóa giữa các thôn năm 2027\n\nII. PHÂN CÔNG NHIỆM VỤ\n\n"
                "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n")


# --- an undated duty after a dated one ---------------------------------------------------------------------------------

def test_an_undated_duty_after_the_dated_clause_is_a_task_of_its_own_for_the_same_body():
    found = _tasks(_notice("1. Sở Tài chính rà soát kinh phí, trình UBND tỉnh trước ngày 31/5/2027; hướng dẫn các xã "
                           "thanh quyết toán kinh phí hỗ trợ.\n2. Sở Y tế tổ chức khám sàng lọc trước ngày 30/6/2027."))
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Tài chính"], "2027-05-31"), (["Sở Tài chính"], None),
                                                      (["Sở Y tế"], "2027-06-30")]
    assert found[0][2].endswith("trước ngày 31/5/2027;")
    assert found[1][2] == "hướng dẫn các xã thanh quyết toán kinh phí hỗ trợ."


def test_the_next_step_of_the_dated_work_stays_with_it():
    found = _tasks(_notice("1. Sở Xây dựng hoàn thiện hồ sơ dự án trước ngày 31/5/2027; sau đó tổng hợp, trình UBND tỉnh "
                           "phê duyệt.\n2. Sở Y tế tổ chức khám sàng lọc trước ngày 30/6/2027."))
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Xây dựng"], "2027-05-31"), (["Sở Y tế"], "2027-06-30")]


# --- a time limit counted from an event the letter cannot date ----------------------------------------------------------

def test_a_limit_counted_from_an_event_in_a_dated_letter_says_so_not_that_the_letter_is_undated():
    n = parse_notice(_letter("1. Sở Tư pháp hướng dẫn các tổ hòa giải gửi biên bản về UBND xã trong thời hạn 05 ngày làm "
                             "việc kể từ ngày hòa giải thành."))
    review = " ".join(n.tasks[0].needs_review)
    assert "tính từ một mốc mà văn bản không ghi ngày" in review and "chưa ghi ngày ban hành" not in review


# --- bodies named back by their kinds ----------------------------------------------------------------------------------

def test_hamlets_and_units_named_back_are_every_addressee_of_the_letter():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 76/UBND-VHXH\nV/v tổ chức lễ hội xuân\n"
            "Gia Viễn, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Trưởng các thôn: Đông, Đoài;\n- Công an xã Gia Viễn;\n"
            "- Trạm Y tế xã.\n\n"
            "1. Trưởng các thôn: Đông, Đoài thành lập đội văn nghệ, đăng ký chậm nhất ngày 20/4/2027.\n"
            "2. Công an xã Gia Viễn bảo đảm an ninh, trật tự trong ngày diễn ra lễ hội.\n"
            "3. Trạm Y tế xã bố trí 01 tổ cấp cứu trực tại lễ hội.\n"
            "Các thôn, đơn vị nêu trên báo cáo kết quả thực hiện về UBND xã trước ngày 15/5/2027./.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-05-15"} == {"Trưởng thôn Đông", "Trưởng thôn Đoài",
                                                                 "Công an xã Gia Viễn", "Trạm Y tế xã"}


def test_teams_named_back_by_their_head_are_the_teams_not_the_commune_police_beside_them():
    text = ("CÔNG AN TỈNH NINH BÌNH\nPHÒNG CẢNH SÁT MÔI TRƯỜNG\nSố: 27/KH-PC03\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nKiểm tra các cơ sở sản xuất trong cụm công nghiệp\n\nII. PHÂN CÔNG\n\n"
            "1. Đội Tổng hợp xây dựng kế hoạch chi tiết, trình lãnh đạo Phòng trước ngày 25/4/2027.\n"
            "2. Đội Điều tra tội phạm môi trường phối hợp với Công an xã Gia Viễn, Công an xã Nho Quan kiểm tra các cơ sở, "
            "hoàn thành trước ngày 30/6/2027.\n"
            "3. Các đội nêu trên báo cáo kết quả về Đội Tổng hợp trước ngày 05/7/2027.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-07-05"} <= {"Đội Tổng hợp", "Đội Điều tra tội phạm môi trường"}
    assert ("Đội Điều tra tội phạm môi trường", "2027-07-05") in _dated(text)


def test_firms_named_back_by_their_table_after_the_items_are_the_tables_firms():
    text = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH NINH BÌNH\nSố: 642/SNNMT-MT\nV/v hoàn thiện thủ tục môi trường\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi: Các doanh nghiệp trong Cụm công nghiệp Gia Viễn.\n\n"
            "Sở Nông nghiệp và Môi trường yêu cầu các doanh nghiệp có tên dưới đây hoàn thiện thủ tục theo thời hạn sau:\n\n"
            "| STT | Doanh nghiệp | Nội dung | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Công ty TNHH Gỗ ván ép Gia Viễn | Lập hồ sơ cấp giấy phép môi trường | Trước ngày 30/6/2027 |\n"
            "| 2 | Công ty Cổ phần Bao bì Nho Quan | Lắp đặt hệ thống xử lý khí thải | Trong tháng 7/2027 |\n\n"
            "Để bảo đảm thời hạn nêu trên, Sở đề nghị:\n\n"
            "1. Phòng Môi trường hướng dẫn doanh nghiệp trình tự, thủ tục cấp giấy phép môi trường.\n\n"
            "2. Đề nghị UBND xã Gia Viễn phối hợp kiểm tra việc xả nước thải của các doanh nghiệp trên địa bàn.\n\n"
            "Các doanh nghiệp nêu tại Bảng báo cáo kết quả thực hiện về Sở trước ngày 15/8/2027./.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-08-15"} == {"Công ty TNHH Gỗ ván ép Gia Viễn",
                                                                 "Công ty Cổ phần Bao bì Nho Quan"}


def test_a_closing_named_back_in_a_plan_with_no_addressees_reaches_the_table_too_not_the_last_part_only():
    text = (COMMUNE_PLAN
            + "| 1 | Xây dựng chương trình giao lưu | Phòng Văn hóa - Xã hội | | Trước ngày 12/5/2027 |\n"
              "| 2 | Chuẩn bị địa điểm, sân khấu | Trưởng các thôn: Đông, Đoài | Phòng Kinh tế | Trước ngày 25/5/2027 |\n"
              "| 3 | Bảo đảm an ninh, trật tự | Công an xã Gia Viễn | | Trong ngày giao lưu |\n\n"
              "III. TỔ CHỨC THỰC HIỆN\n\n"
              "1. Phòng Văn hóa - Xã hội lập dự toán kinh phí, trình Chủ tịch UBND xã trước ngày 15/5/2027.\n"
              "2. Phòng Kinh tế chuẩn bị quà lưu niệm, xong trước ngày 24/5/2027.\n\n"
              "Các đơn vị, thôn nêu trên báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội) "
              "trước ngày 10/6/2027./.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-06-10"} == {"Trưởng thôn Đông", "Trưởng thôn Đoài",
                                                                 "Công an xã Gia Viễn", "Phòng Kinh tế"}


# --- time cells that are no limits -------------------------------------------------------------------------------------

def test_a_tournament_named_by_its_sport_in_a_time_cell_gives_no_limit():
    found = _tasks(PLAN + "| 1 | Giải bóng đá thanh niên các dân tộc tỉnh | Sở Văn hóa, Thể thao và Du lịch | Công an tỉnh "
                          "| Từ ngày 20/8 đến ngày 22/8/2027 |\n"
                          "| 2 | Xây dựng điều lệ giải | Sở Văn hóa, Thể thao và Du lịch | | Trước ngày 30/6/2027 |\n\n"
                   + NB_SIGNED)
    assert [d for _l, d, _t in found] == [None, "2027-06-30"]


def test_a_planned_span_in_a_time_cell_gives_no_limit():
    found = _tasks(PLAN + "| 1 | Tổ chức Hội chợ hàng thủ công mỹ nghệ tỉnh năm 2027 | Sở Công Thương | | Dự kiến tổ chức "
                          "từ ngày 20/11 đến ngày 23/11/2027 |\n\n" + NB_SIGNED)
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Công Thương"], None)]


def test_classes_taught_over_a_term_in_a_time_cell_give_no_limit():
    found = _tasks(PLAN + "| 1 | Mở lớp, dạy các lớp xóa mù chữ đợt 1 | Sở Giáo dục và Đào tạo | UBND các xã "
                          "| Từ ngày 15/3/2027 đến ngày 30/6/2027 |\n\n" + NB_SIGNED)
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Giáo dục và Đào tạo"], None)]


# --- a month opening a launch; a building used until a year's end ------------------------------------------------------

def test_a_launch_its_month_opens_is_limited_to_that_month():
    found = _dated(_notice("1. Hội Khuyến học tỉnh:\n- Vận động học viên ra lớp, duy trì sĩ số các lớp xóa mù chữ.\n"
                           "- Trong tháng 5/2027, ra mắt mô hình \"Gia đình học tập\" tại mỗi thôn."))
    assert found == {("Hội Khuyến học tỉnh", "2027-05-31")}


def test_a_building_used_until_the_end_of_a_year_is_no_time_limit():
    found = _tasks(_notice("1. UBND các xã: Gia Viễn, Nho Quan quản lý chặt chẽ các trụ sở cũ được giữ lại sử dụng tạm đến "
                           "hết năm 2027, không để lấn chiếm, xuống cấp.\n"
                           "2. Sở Tài chính rà soát trụ sở các xã cũ (đang sử dụng tạm đến hết năm 2027), đề xuất phương "
                           "án xử lý trong tháng 7/2027."))
    assert {(tuple(leads), d) for leads, d, _t in found} == {(("UBND xã Gia Viễn", "UBND xã Nho Quan"), None),
                                                             (("Sở Tài chính",), "2027-07-31")}


# --- a converted table's cells in the header and the signature --------------------------------------------------------

DOCX_LETTER = ("| **UBND TỈNH NINH BÌNH**<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO**<br>Số: 1436/SGDĐT-GDTrH<br>V/v mặc trang phục "
               "truyền thống trong trường học | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**"
               "<br>*Ninh Bình, ngày 14 tháng 8 năm 2027* |\n|---|---|\n\nKính gửi: Các trường trung học phổ thông.\n\n"
               "Các trường báo cáo kết quả về Sở trước ngày 20/12/2027.\n\n"
               "| **Nơi nhận:**<br>- Như trên;<br>- UBND tỉnh (b/c);<br>- Lưu: VT, GDTrH. | **KT. GIÁM ĐỐC**<br>"
               "**PHÓ GIÁM ĐỐC**<br><br><br>**Hoàng Thị Ngọc Ánh** |\n|---|---|\n")


def test_a_letters_subject_on_a_header_cells_next_line_is_its_title():
    assert parse_notice(DOCX_LETTER).title == "mặc trang phục truyền thống trong trường học"


def test_recipients_and_signer_in_a_converted_tables_cells_are_read_one_line_each():
    n = parse_notice(DOCX_LETTER)
    assert n.recipients == ["Như trên", "UBND tỉnh (b/c)"]
    assert n.signer == "Hoàng Thị Ngọc Ánh"


def test_a_plans_title_that_opens_with_thuc_hien_is_its_title_not_its_body():
    n = parse_notice("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 58/KH-UBND\nGia Viễn, ngày 06 tháng 5 năm 2027\nKẾ HOẠCH\n"
                     "Thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2027\n"
                     "Thực hiện Kế hoạch số 96/KH-SVHTTDL ngày 15/4/2027 của Sở Văn hóa, Thể thao và Du lịch, UBND xã "
                     "xây dựng Kế hoạch như sau:\n1. Các thôn rà soát quy ước trước ngày 30/6/2027.\n\n" + NB_SIGNED)
    assert n.title == "Thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2027"


# --- names ---------------------------------------------------------------------------------------------------------------

def test_a_youth_unions_standing_boards_of_listed_communes_are_one_body_each():
    found = _dated(_notice("1. Ban Thường vụ Đoàn các xã: Gia Viễn, Nho Quan và Ban Thường vụ Đoàn phường Tây Hoa Lư "
                           "thành lập Đội thanh niên xung kích, hoàn thành trước ngày 31/5/2027."))
    assert found == {("Ban Thường vụ Đoàn xã Gia Viễn", "2027-05-31"), ("Ban Thường vụ Đoàn xã Nho Quan", "2027-05-31"),
                     ("Ban Thường vụ Đoàn phường Tây Hoa Lư", "2027-05-31")}


def test_a_communes_community_learning_centre_leads_its_task():
    assert _dated(_letter("1. Trung tâm học tập cộng đồng xã duy trì lịch học buổi tối, tổng hợp sổ theo dõi chuyên cần "
                          "trước ngày 30/6/2027.")) == {("Trung tâm học tập cộng đồng xã", "2027-06-30")}


def test_translating_and_hiring_end_a_rooms_name():
    found = _dated(_notice("1. Phòng Biên tập tiếng dân tộc và tiếng Trung biên dịch các tin, bài trọng tâm trước ngày "
                           "10/6/2027.\n2. Phòng Kế hoạch - Kinh doanh thuê đơn vị có chức năng thu gom bùn thải, hoàn "
                           "thành trong Quý III/2027."))
    assert found == {("Phòng Biên tập tiếng dân tộc và tiếng Trung", "2027-06-10"),
                     ("Phòng Kế hoạch - Kinh doanh", "2027-09-30")}


def test_a_firms_name_goes_on_over_another_bodys_head_after_its_legal_form():
    found = _dated(_notice("1. Công ty Cổ phần Công nghệ Viễn thông Gia Viễn hoàn thành lắp đặt 02 trạm phát sóng trước "
                           "ngày 30/6/2027."))
    assert found == {("Công ty Cổ phần Công nghệ Viễn thông Gia Viễn", "2027-06-30")}


def test_an_associations_branches_of_the_communes_named_back_are_those_named_before():
    text = _notice("1. Hội Người khuyết tật các xã: Gia Viễn, Nho Quan tiếp nhận xe lăn, cấp phát cho hội viên.\n"
                   "2. Hội Người khuyết tật các xã nêu trên và Văn phòng Hội báo cáo kết quả cấp phát chậm nhất ngày "
                   "30/9/2027.")
    assert {a for a, d in _dated(text)} == {"Hội Người khuyết tật xã Gia Viễn", "Hội Người khuyết tật xã Nho Quan",
                                            "Văn phòng Hội"}


def test_the_remaining_hamlets_heads_are_not_the_heads_named_before():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 64/KH-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Sửa đổi hương ước các thôn năm 2027\n\nII. NHIỆM VỤ\n\n"
            "**1. Trưởng các thôn: Đông, Đoài** tổ chức họp thôn sửa đổi hương ước trước ngày 30/6/2027.\n\n"
            "**2. Trưởng các thôn còn lại** tự rà soát hương ước của thôn, báo cáo kết quả trong tháng 8/2027.\n\n"
            + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-08-31"} == {"Trưởng các thôn còn lại"}


def test_owners_named_by_their_homestays_are_each_asked():
    found = _dated(_letter("4. Đề nghị chủ Homestay Mây Ngàn, chủ Homestay Đá Trắng trang bị bình chữa cháy, thiết bị báo "
                           "khói tại các phòng nghỉ, hoàn thành trước ngày 15/12/2027."))
    assert found == {("Homestay Mây Ngàn", "2027-12-15"), ("Homestay Đá Trắng", "2027-12-15")}


# --- closings ------------------------------------------------------------------------------------------------------------

def test_a_closing_before_a_courtesy_line_still_closes_the_letter_for_every_addressee():
    text = ("HỘI DOANH NHÂN TRẺ\nTỈNH NINH BÌNH\nSố: 46/CV-HDNT\nV/v xây dựng mạng lưới cố vấn khởi nghiệp\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Các Chi hội Doanh nhân trẻ trực thuộc;\n"
            "- Công ty TNHH Nông sản Gia Viễn;\n- Câu lạc bộ Nữ doanh nhân trẻ.\n\n"
            "1. Các Chi hội Doanh nhân trẻ:\n- Đăng ký danh sách doanh nhân tham gia mạng lưới cố vấn, gửi Văn phòng Hội "
            "chậm nhất ngày 10/5/2027.\n"
            "2. Đề nghị Công ty TNHH Nông sản Gia Viễn xây dựng phương án hỗ trợ 02 dự án khởi nghiệp, gửi Văn phòng "
            "Hội trước ngày 31/5/2027.\n"
            "3. Câu lạc bộ Nữ doanh nhân trẻ tổ chức chuyên đề về khởi nghiệp, hoàn thành trong tháng 6/2027.\n"
            "4. Giao Văn phòng Hội chủ trì, phối hợp với Sở Khoa học và Công nghệ mời nhà đầu tư, hoàn thành trước "
            "ngày 10/7/2027.\n"
            "Các đơn vị nêu trên báo cáo kết quả thực hiện về Văn phòng Hội trước ngày 15/10/2027 để tổng hợp, báo "
            "cáo Ban Thường vụ Hội và Sở Khoa học và Công nghệ.\n"
            "Rất mong nhận được sự phối hợp của các đơn vị./.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-10-15"} == {"Các Chi hội Doanh nhân trẻ", "Công ty TNHH Nông sản Gia Viễn",
                                                                 "Câu lạc bộ Nữ doanh nhân trẻ"}


def test_the_units_given_their_parts_in_this_article_are_its_bodies():
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH NINH BÌNH\nSố: 88/QĐ-SKHCN\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "QUYẾT ĐỊNH\nThành lập Ban Tổ chức Cuộc thi khởi nghiệp năm 2027\n"
            "Điều 1. Thành lập Ban Tổ chức Cuộc thi khởi nghiệp năm 2027.\n"
            "Điều 2. Phân công nhiệm vụ:\n"
            "1. Phòng Quản lý khoa học xây dựng thể lệ cuộc thi, trình Giám đốc Sở trước ngày 30/4/2027.\n"
            "2. Văn phòng Sở bố trí kinh phí tổ chức cuộc thi trước ngày 15/5/2027.\n"
            "Các đơn vị được phân công tại Điều này báo cáo kết quả thực hiện về Phòng Quản lý khoa học trước ngày "
            "30/10/2027.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-10-30"} == {"Văn phòng Sở"}


# --- spans in a time cell ----------------------------------------------------------------------------------------------

def test_a_campaigns_peak_and_a_duty_kept_anywhere_in_the_row_give_no_limit():
    found = _tasks(PLAN + "| 1 | Kiểm tra các cơ sở trong cụm công nghiệp | Công an tỉnh | | Trong đợt cao điểm (từ ngày "
                          "01/6 đến ngày 31/8/2027) |\n"
                          "| 2 | Bố trí kíp cấp cứu, xe cứu thương trực tại đỉnh núi | Sở Y tế | | Từ ngày 15/12/2027 đến "
                          "ngày 28/02/2028 |\n"
                          "| 3 | Tuần tra đêm tại các điểm phức tạp | Công an tỉnh | | Từ ngày 15/5 đến ngày 31/8/2027 |\n"
                          "| 4 | Tổ chức tuần hàng nông sản tại thành phố Hà Nội | Sở Công Thương | | Từ ngày 07/8 đến ngày "
                          "13/8/2027 |\n"
                          "| 5 | Đào tạo tiếng Nhật cho người lao động | Sở Nội vụ | | Từ ngày 01/6 đến ngày 30/9/2027 |\n"
                          "| 6 | Rà soát danh sách các cơ sở | Sở Công Thương | | Từ ngày 01/5 đến ngày 20/5/2027 |\n\n"
                   + NB_SIGNED)
    assert [d for _l, d, _t in found] == [None, None, None, None, None, "2027-05-20"]


# --- the third wave's forms --------------------------------------------------------------------------------------------

def test_two_months_in_a_row_in_a_time_cell_are_one_time_its_limit_the_second():
    found = _tasks(PLAN + "| 1 | Kiểm soát tải trọng xe bằng cân lưu động | Công an tỉnh | Sở Xây dựng | Trong tháng 12/2027 và "
                          "tháng 01/2028 |\n\n" + NB_SIGNED)
    assert [(leads, d) for leads, d, _t in found] == [(["Công an tỉnh"], "2028-01-31")]


def test_the_year_the_counted_data_cover_is_no_limit_before_their_reports_day():
    found = _tasks(_notice("3. Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh thống kê số ca cấp cứu do tai nạn giao thông "
                           "trong năm 2027, báo cáo Ban An toàn giao thông tỉnh chậm nhất ngày 15/01/2028."))
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Y tế"], "2028-01-15")]


def test_people_and_units_named_back_together_close_a_schools_plan_for_all_of_them():
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH\nTRƯỜNG PTDTBT TH VÀ THCS GIA VIỄN\nSố: 45/KH-THCS\n"
            "Gia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\nTổ chức ăn bán trú năm học 2027 - 2028\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Phó Hiệu trưởng phụ trách cơ sở vật chất:\n- Sửa chữa bếp ăn, hoàn thành trước ngày 15/8/2027.\n"
            "2. Tổ Văn phòng lập danh sách học sinh bán trú, gửi Hiệu trưởng trước ngày 20/8/2027.\n"
            "3. Tổ chuyên môn Tiểu học bố trí giáo viên trực buổi trưa, xong trước ngày 25/8/2027.\n\n"
            "Các Phó Hiệu trưởng, các tổ nêu trên báo cáo kết quả thực hiện về Hiệu trưởng trước ngày 28/8/2027./.\n\n"
            + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-08-28"} == {"Phó Hiệu trưởng phụ trách cơ sở vật chất",
                                                                 "Tổ Văn phòng", "Tổ chuyên môn Tiểu học"}


def test_numbered_units_after_a_bare_heads_colon_are_each_a_body():
    found = _dated(_notice("**2. Thuế cơ sở: 1, 2, 3**\n- Tập huấn khai thuế cho hộ kinh doanh trên địa bàn, hoàn thành "
                           "trước ngày 30/6/2027."))
    assert found == {("Thuế cơ sở 1", "2027-06-30"), ("Thuế cơ sở 2", "2027-06-30"), ("Thuế cơ sở 3", "2027-06-30")}


def test_a_chains_supermarkets_listed_by_name_are_each_a_body():
    found = _dated(_notice("3. Các siêu thị: Hoa Mai Mart Gia Viễn, Hoa Mai Mart Nho Quan và Siêu thị Hoa Mai Mart Tam "
                           "Điệp lắp đặt máy tính tiền kết nối cơ quan thuế trước ngày 31/5/2027."))
    assert {a for a, _d in found} == {"Siêu thị Hoa Mai Mart Gia Viễn", "Siêu thị Hoa Mai Mart Nho Quan",
                                      "Siêu thị Hoa Mai Mart Tam Điệp"}


def test_a_firms_and_a_schools_teams_and_workshops_named_in_lower_case_lead_their_dashes():
    found = _dated(_notice("1. Đội xe khách tuyến cố định, Đội xe hợp đồng và du lịch:\n- Tổ chức cho lái xe ký cam kết, "
                           "hoàn thành trước ngày 24/12/2027.\n"
                           "2. Tổ chuyên gia:\n- Thẩm định hồ sơ dự thi trước ngày 10/9/2027.\n"
                           "3. Xưởng Xử lý chất thải nguy hại:\n- Kiểm kê pin thải lưu giữ, xong trước ngày 15/6/2027."))
    assert found == {("Đội xe khách tuyến cố định", "2027-12-24"), ("Đội xe hợp đồng và du lịch", "2027-12-24"),
                     ("Tổ chuyên gia", "2027-09-10"), ("Xưởng Xử lý chất thải nguy hại", "2027-06-15")}


def test_settling_accounts_ends_a_rooms_name_and_goods_go_on_one():
    found = _dated(_notice("1. Phòng Tài chính - Kế toán thanh quyết toán kinh phí thu gom trước ngày 20/12/2027.\n"
                           "2. Giao Phòng Mua hàng chủ trì đàm phán với nhà cung cấp, hoàn thành trong tháng 7/2027."))
    assert found == {("Phòng Tài chính - Kế toán", "2027-12-20"), ("Phòng Mua hàng", "2027-07-31")}


def test_a_heading_body_dividing_its_own_work_keeps_the_task():
    found = _dated(_notice("1. Hiệu trưởng các trường THPT: Gia Viễn, Nho Quan:\n- Đặt thùng thu gom pin thải tại khu vực nhà "
                           "xe; phân công Đoàn trường quản lý, hoàn thành trước ngày 25/5/2027."))
    assert found == {("Trường THPT Gia Viễn", "2027-05-25"), ("Trường THPT Nho Quan", "2027-05-25")}


def test_work_done_on_a_day_each_month_or_a_trial_run_over_days_in_a_time_cell_give_no_limit():
    found = _tasks(PLAN + "| 1 | Thu gom pin thải tại các điểm tập kết | Sở Nông nghiệp và Môi trường | | Ngày 15 hằng tháng |\n"
                          "| 2 | Chạy thử 05 xe buýt điện trên tuyến số 1 | Sở Xây dựng | | Từ ngày 15/8/2027 đến ngày 31/8/2027 |\n"
                          "| 3 | Báo cáo khối lượng thu gom | Sở Nông nghiệp và Môi trường | | Ngày 20 hằng tháng |\n\n"
                   + NB_SIGNED)
    assert [d for _l, d, _t in found] == [None, None, "2027-04-20"]


def test_the_heads_of_rooms_and_teams_named_in_an_article_are_those_rooms_and_teams():
    text = ("CÔNG TY CỔ PHẦN VẬN TẢI GIA VIỄN\nSố: 27/QĐ-CTVT\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về kiểm tra nồng độ cồn đối với lái xe\n"
            "Điều 1. Kiểm tra nồng độ cồn đối với 100% lái xe trước mỗi chuyến xe.\n"
            "Điều 2. Phân công thực hiện:\n"
            "1. Phòng An toàn giao thông mua bổ sung 06 máy đo nồng độ cồn trước ngày 20/5/2027.\n"
            "2. Đội xe khách tuyến cố định tổ chức cho lái xe ký cam kết trước ngày 24/5/2027.\n"
            "Điều 3. Trưởng các phòng, đội nêu tại Điều 2 báo cáo kết quả thực hiện về Giám đốc trước ngày 30/6/2027.\n\n"
            + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-06-30"} == {"Phòng An toàn giao thông", "Đội xe khách tuyến cố định"}


def test_how_long_a_thing_is_kept_and_what_is_followed_up_until_a_years_end_are_no_limits():
    found = _tasks(_notice("1. Phòng Kỹ thuật - KCS lấy mẫu, lưu mẫu từng lô xi măng trong 90 ngày.\n"
                           "2. Sở Tài chính theo dõi tiến độ giải ngân đến hết năm 2027.\n"
                           "3. Sở Y tế hoàn thành việc cấp phát trong 30 ngày kể từ ngày ký."))
    assert [d for _l, d, _t in found] == [None, None, "2027-05-14"]


def test_the_school_days_of_a_school_year_in_a_time_cell_give_no_limit():
    found = _tasks(PLAN + "| 1 | Tổ chức bữa ăn bán trú cho học sinh | Sở Giáo dục và Đào tạo | | Các ngày học trong năm học "
                          "2027 - 2028 |\n\n" + NB_SIGNED)
    assert [(leads, d) for leads, d, _t in found] == [(["Sở Giáo dục và Đào tạo"], None)]


def test_hamlets_heads_named_back_are_the_heads_a_table_gave_tasks():
    text = (COMMUNE_PLAN
            + "| 1 | Lập chốt kiểm tra nồng độ cồn | Công an xã Gia Viễn | | Trước ngày 15/12/2027 |\n"
              "| 2 | Rà soát người uống rượu, bia rồi lái xe | Trưởng các thôn: Đông, Đoài | | Trước ngày 20/12/2027 |\n\n"
              "III. TỔ CHỨC THỰC HIỆN\n\n"
              "| 1. | Trưởng các thôn nêu trên tổ chức cho các hộ gia đình ký cam kết, hoàn thành trước ngày 25/12/2027. |\n\n"
            + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-12-25"} == {"Trưởng thôn Đông", "Trưởng thôn Đoài"}


def test_a_reports_last_words_run_on_to_its_last_item_are_no_task():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 215/BC-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nBÁO CÁO\n"
            "Kết quả phòng, chống tội phạm ở lứa tuổi học sinh quý I năm 2027\n\nIV. ĐỀ XUẤT, KIẾN NGHỊ\n\n"
            "1. Đề nghị Công an tỉnh hỗ trợ lực lượng tuần tra vào các đêm cuối tuần.\n"
            "2. Đề nghị Sở Nội vụ hướng dẫn bố trí người làm công tác xã hội cho xã trong năm 2027. UBND xã Gia Viễn trân "
            "trọng báo cáo./.\n\n" + NB_SIGNED)
    assert [leads for leads, _d, _t in _tasks(text)] == [["Công an tỉnh"], ["Sở Nội vụ"]]


# --- the fourth wave's forms -------------------------------------------------------------------------------------------

def test_residential_groups_numbered_after_a_colon_have_each_their_head():
    found = _dated(_notice("3. Tổ trưởng các tổ dân phố: 1, 3 và 5 vận động hộ gia đình khơi thông cống rãnh trước nhà, "
                           "hoàn thành trước ngày 31/5/2027."))
    assert found == {("Tổ trưởng tổ dân phố 1", "2027-05-31"), ("Tổ trưởng tổ dân phố 3", "2027-05-31"),
                     ("Tổ trưởng tổ dân phố 5", "2027-05-31")}


def test_abbots_of_listed_pagodas_are_each_pagoda():
    found = _dated(_notice("1. Trụ trì các chùa: Tam Thanh, Tiên và Chùa Bắc Nga:\n- Bố trí lực lượng hướng dẫn du khách, "
                           "hoàn thành trước ngày 20/5/2027."))
    assert found == {("Chùa Tam Thanh", "2027-05-20"), ("Chùa Tiên", "2027-05-20"), ("Chùa Bắc Nga", "2027-05-20")}


def test_a_communes_land_officer_and_forest_ranger_lead_their_tasks():
    found = _dated(_notice("1. Công chức địa chính xã chủ trì, phối hợp với Công an xã rà soát hồ sơ đất kê biên trước ngày "
                           "30/6/2027.\n2. Kiểm lâm địa bàn:\n- Tuần tra bảo vệ cây di sản, báo cáo trước ngày 15/7/2027."))
    assert found == {("Công chức địa chính xã", "2027-06-30"), ("Kiểm lâm địa bàn", "2027-07-15")}


def test_a_road_firms_units_named_back_with_its_rooms_and_teams():
    text = ("CÔNG TY CỔ PHẦN QUẢN LÝ ĐƯỜNG BỘ GIA VIỄN\nSố: 45/KH-CTĐB\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Tuần tra đường bộ mùa mưa bão năm 2027\n\nII. PHÂN CÔNG\n\n"
            "1. Phòng Kỹ thuật chuẩn bị vật tư dự phòng trước ngày 30/4/2027.\n"
            "2. Hạt Quản lý đường bộ 1 tuần tra các điểm sạt lở, báo cáo trước ngày 15/5/2027.\n"
            "3. Đội Cơ giới bố trí máy xúc trực tại các điểm, xong trước ngày 10/5/2027.\n"
            "4. Các phòng, hạt, đội nêu trên báo cáo kết quả về Phòng Kế hoạch trước ngày 30/10/2027.\n\n" + NB_SIGNED)
    assert {a for a, d in _dated(text) if d == "2027-10-30"} == {"Phòng Kỹ thuật", "Hạt Quản lý đường bộ 1", "Đội Cơ giới"}


def test_a_time_limit_after_a_rooms_name_is_no_part_of_it_and_results_told_by_a_quarter_are_due_then():
    found = _dated(_notice("1. Các Hạt gửi số liệu về Phòng Kỹ thuật - Vật tư chậm nhất ngày 30/6/2027.\n"
                           "2. Quỹ Bảo vệ và Phát triển rừng tỉnh công khai kết quả giảm trừ trong Quý IV/2027."))
    assert ("Quỹ Bảo vệ và Phát triển rừng tỉnh", "2027-12-31") in found
    assert not any("chậm nhất" in a for a, _d in found)


def test_a_day_named_by_its_event_in_a_time_cell_gives_no_limit():
    found = _tasks(PLAN + "| 1 | Hỗ trợ kê biên quyền sử dụng đất | Công an tỉnh | | Ngày 15/7/2027 (ngày kê biên) |\n\n"
                   + NB_SIGNED)
    assert [(leads, d) for leads, d, _t in found] == [(["Công an tỉnh"], None)]


def test_a_words_last_letter_wrapped_onto_a_line_is_no_lettered_item():
    text = _notice("1. Trạm Chăn nuôi và Thú y khu vực Gia Viễn tiêm phòng cho đàn gia súc trước ngày 30/5/2027.\n"
                   "Các trạm nêu trên báo cáo kết quả về Chi cục (qua Phòng Dịch tễ thú\n"
                   "y) trước ngày 25/10/2027 để tổng hợp.")
    assert [t for _l, d, t in _tasks(text) if d == "2027-10-25"][0].startswith("Các trạm nêu trên báo cáo kết quả")


def test_a_watch_kept_over_a_season_in_a_time_cell_gives_no_limit():
    found = _tasks(PLAN + "| 1 | Tuần tra, canh giữ rừng thông già mùa hanh khô | Hạt Kiểm lâm khu vực Gia Viễn | | Từ tháng "
                          "10/2027 đến tháng 3/2028 |\n"
                          "| 2 | Tuần tra, canh gác đồi thông cổ | Sở Nông nghiệp và Môi trường | | Từ ngày 01/10/2027 đến ngày "
                          "31/3/2028 |\n\n" + NB_SIGNED)
    assert [d for _l, d, _t in found] == [None, None]
