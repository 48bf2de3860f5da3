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
