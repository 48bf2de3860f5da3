"""Round 31 (issue 11's thirtieth round in the README): forms found misread on the invented sets
(leftovers of the twenty-ninth round and the sets ZZZZZZZZZU … ZZZZZZZZZZB), one test each on text
written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 902/UBND-KT\nV/v thực hiện các nhiệm vụ\n"
          "Ninh Bình, ngày 11 tháng 3 năm 2027\n"
          "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.\n")
SIGNED = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Hùng\n")


# An appendix of works under the bodies that build them: "| STT | Công trình | Quy mô | Thời gian | |
# Ghi chú |" over "| | | | Khởi công | Hoàn thành | |", group rows "| I | UBND XÃ GIA VIỄN |": each work a
# task of its group's body by its finish; its start is no limit, a work noted done no task.
def test_a_table_of_works_under_group_rows_with_a_two_row_header():
    body = ("1. Các chủ đầu tư hoàn thành các công trình theo tiến độ tại Phụ lục kèm theo.\n" + SIGNED +
            "PHỤ LỤC\n\n"
            "| STT | Công trình | Quy mô | Thời gian | | Ghi chú |\n|---|---|---|---|---|---|\n"
            "| | | | Khởi công | Hoàn thành | |\n"
            "| **I** | **UBND XÃ GIA VIỄN** | | | | |\n"
            "| 1 | Trường Tiểu học Gia Viễn: khối phòng học 2 tầng | 10 phòng | 02/2027 | 15/8/2027 | |\n"
            "| 2 | Nhà văn hóa xã | 01 nhà | 01/2027 | 30/4/2027 | Đã hoàn thành, bàn giao ngày 20/3/2027 |\n"
            "| **II** | **SỞ XÂY DỰNG** | | | | |\n"
            "| 3 | Cầu Gián Khẩu: cải tạo mặt cầu | 120 m | 03/2027 | Quý IV/2027 | |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-08-15"] == {"UBND xã Gia Viễn"} and got["2027-12-31"] == {"Sở Xây dựng"}
    assert "2027-04-30" not in got and "2027-02-28" not in got


# A page laid out by pdftotext: the notes under the rule, then the page's number on a line of its own
# over "PHỤ LỤC": the number is no footnote of the appendix's title, the appendix is read.
def test_a_page_number_over_the_appendix_title_is_no_footnote():
    body = ("1. Các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n" + SIGNED +
            "_______________\n"
            "1 Báo cáo tình hình thực hiện đến ngày 28/02/2027.\n\n"
            "                                          2\n"
            "                                        PHỤ LỤC\n"
            "| STT | Nội dung | Đơn vị thực hiện | Hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Chi trả tiền bồi thường cho 20 hộ | UBND xã Nho Quan | 30/6/2027 |\n")
    assert leads_by_date(LETTER + body)["2027-06-30"] == {"UBND xã Nho Quan"}


# "| 5 | Kiểm đếm … | UBND xã Gia Viễn | Đã hoàn thành |" over "| 6 | Xác minh nguồn gốc đất … |  | Quý
# III/2027 |": the lead cell merged over both rows is the done row's, not the one of the row before.
def test_a_lead_cell_merged_with_a_done_row():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nội dung | Đơn vị thực hiện | Hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Di dời đường điện trung thế | Sở Xây dựng | Tháng 8/2027 |\n"
            "| 2 | Kiểm đếm, lập phương án bồi thường | UBND xã Gia Viễn | Đã hoàn thành |\n"
            "| 3 | Xác minh nguồn gốc đất 12 thửa còn vướng mắc | | Quý III/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got == {"2027-08-31": {"Sở Xây dựng"}, "2027-09-30": {"UBND xã Gia Viễn"}}


# A .docx group row whose merged cell the converter wrote in every cell ("| II | SỞ TÀI CHÍNH | SỞ TÀI
# CHÍNH | SỞ TÀI CHÍNH |"): one body, the rows below its tasks; a task cell opening with some units of
# the group ("UBND các xã: Gia Viễn, Nho Quan tổ chức lại …", "Riêng UBND xã Nho Quan …") is theirs.
def test_group_rows_repeated_in_every_cell_and_units_named_in_a_task_cell():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nhiệm vụ | Thời hạn | Ghi chú |\n|---|---|---|---|\n"
            "| I | SỞ TÀI CHÍNH | SỞ TÀI CHÍNH | SỞ TÀI CHÍNH |\n"
            "| 1 | Bố trí kinh phí mua sắm 12 máy bơm | Chậm nhất ngày 31/7/2027 | |\n"
            "| II | UBND CÁC XÃ | UBND CÁC XÃ | UBND CÁC XÃ |\n"
            "| 2 | Giải tỏa lấn chiếm hành lang thoát nước | Trước ngày 05/7/2027 | |\n"
            "| 3 | UBND các xã: Gia Viễn, Nho Quan tổ chức lại điểm trông giữ xe | Tháng 9/2027 | |\n"
            "| 4 | Riêng UBND xã Nho Quan di dời các hộ dân vùng sạt lở | Trước ngày 31/8/2027 | |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-07-31"] == {"Sở Tài chính"}
    assert got["2027-09-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"} and got["2027-08-31"] == {"UBND xã Nho Quan"}


# "Công ty TNHH MTV Điện lực Hải Phòng": a firm's legal form, then a body's head ("Điện lực") and a
# province's name ending in a head ("… Phòng"): one firm, its name closed by the province.
def test_a_firm_with_its_legal_form_and_a_province_in_its_name():
    body = ("1. Giao Công ty TNHH MTV Điện lực Hải Phòng đầu tư đường điện 110 kV, hoàn thành trước ngày 30/10/2027.\n"
            "2. Điện lực Ninh Bình di dời cột điện trước ngày 15/11/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-10-30"] == {"Công ty TNHH MTV Điện lực Hải Phòng"} and got["2027-11-15"] == {"Điện lực Ninh Bình"}


DEPARTMENT_LETTER = ("UBND TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 3318/SGDĐT-CTHSSV\nV/v bảo đảm an toàn thực phẩm\n"
                     "Ninh Bình, ngày 22 tháng 10 năm 2027\n"
                     "Kính gửi:\n- Trường THPT Gia Viễn;\n- Trường THPT Nho Quan;\n- Trường THPT Kim Sơn.\n")


# "Sở Giáo dục và Đào tạo phối hợp với Sở Y tế kiểm tra …" (or "Phòng Công tác học sinh … hướng dẫn …",
# a division of its own) right before "Đề nghị Thủ trưởng các đơn vị nêu trên … báo cáo về Sở trước ngày
# …" closing the Department's letter: the issuer is never asked, the words mean the letter's addressees.
def test_a_closing_after_the_issuers_own_paragraph_goes_to_the_addressees():
    body = ("\n**1. Trường THPT Gia Viễn** lựa chọn lại nhà cung cấp thực phẩm trước ngày 15/11/2027.\n\n"
            "**2. Trường THPT Nho Quan và Trường THPT Kim Sơn** rà soát hợp đồng căng tin trong tháng 11/2027.\n\n"
            "**3.** Giao Phòng Công tác học sinh, sinh viên theo dõi, hướng dẫn các trường.\n\n"
            "Sở Giáo dục và Đào tạo phối hợp với Sở Y tế kiểm tra bữa ăn tại các trường, dự kiến từ ngày 16/11 "
            "đến ngày 27/11/2027.\n\n"
            "Đề nghị Thủ trưởng các đơn vị nêu trên nghiêm túc thực hiện, báo cáo kết quả về Sở trước ngày 20/12/2027./.\n")
    got = leads_by_date(DEPARTMENT_LETTER + body)
    assert got["2027-12-20"] == {"Trường THPT Gia Viễn", "Trường THPT Nho Quan", "Trường THPT Kim Sơn"}


# A table laid out by pdftotext with a header cell wrapped after its comma ("Hoàn thành," / "bàn giao")
# and an investor column ("Chủ đầu tư"): the table is read, each project its investor's by the time to
# file its accounts (the day it was finished is no limit).
def test_a_laid_out_table_whose_header_cell_wraps_after_a_comma():
    body = ("Sở Tài chính đề nghị các chủ đầu tư hoàn thành hồ sơ quyết toán các dự án sau:\n\n"
            " TT  Tên dự án                           Chủ đầu tư             Hoàn thành,     Thời hạn nộp\n"
            "                                                                bàn giao        hồ sơ quyết toán\n"
            " 1   Trường Tiểu học Gia Viễn: nhà lớp   UBND xã Gia Viễn       20/11/2026      Trước ngày\n"
            "     học 2 tầng                                                                 15/9/2027\n"
            " 2   Đường giao thông nông thôn Nho      UBND xã Nho Quan       12/12/2026      Tháng 9/2027\n"
            "     Quan - Gia Viễn\n\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-09-15"] == {"UBND xã Gia Viễn"} and got["2027-09-30"] == {"UBND xã Nho Quan"}
    assert "2026-11-20" not in got


COUNCIL = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\nTHƯỜNG TRỰC HĐND\nSố: 45/TB-HĐND\n"
           "Ninh Bình, ngày 25 tháng 4 năm 2027\nTHÔNG BÁO\nKết luận của Thường trực HĐND tỉnh tại phiên giải trình\n"
           "Ngày 22/4/2027, Thường trực HĐND tỉnh tổ chức phiên giải trình. Thường trực HĐND tỉnh kết luận như sau:\n")


# "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị nêu trên báo cáo kết quả … trước ngày …" in a council's
# notice after items for departments: the departments report by that day (and the committee directs
# them); "Đề nghị UBND tỉnh chỉ đạo các cơ quan chuyên môn …" stays the committee's.
def test_a_council_asks_the_committee_to_direct_the_bodies_named_above():
    body = ("1. Đề nghị UBND tỉnh chỉ đạo:\n"
            "a) Sở Tài chính điều chuyển vốn của các dự án chậm giải ngân, trình UBND tỉnh trước ngày 20/5/2027.\n"
            "b) Sở Xây dựng bàn giao mặt bằng sạch cho nhà thầu chậm nhất ngày 30/6/2027.\n"
            "2. Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Thường trực "
            "HĐND tỉnh trước ngày 15/7/2027.\n"
            "3. Đề nghị UBND tỉnh chỉ đạo các cơ quan chuyên môn hoàn thiện hồ sơ các dự thảo nghị quyết trước ngày 20/8/2027.\n")
    got = leads_by_date(COUNCIL + body)
    assert {"Sở Tài chính", "Sở Xây dựng"} <= got["2027-07-15"]
    assert got["2027-08-20"] == {"UBND tỉnh"}


# A Party committee's letter whose header is one table row with its lines glued ("**ĐẢNG BỘ TỈNH NINH
# BÌNH****ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH**Số 245-CV/ĐU*V/v …*"): the issuer and its number are read, so
# "Đề nghị các cấp ủy nêu trên báo cáo …" after the issuer's own plan goes to the addressees; a Party
# cell ("Chi bộ Văn phòng UBND tỉnh") is a body.
def test_a_party_letter_with_a_glued_header_and_party_cells():
    text = ("| **ĐẢNG BỘ TỈNH NINH BÌNH****ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH**Số 245-CV/ĐU*V/v chuyển đổi số* | "
            "**ĐẢNG CỘNG SẢN VIỆT NAM**Ninh Bình, ngày 15 tháng 6 năm 2027 |\n|---|---|\n\n"
            "Kính gửi:\n\n- Đảng ủy Sở Tài chính;\n- Đảng ủy Sở Nội vụ;\n- Chi bộ Văn phòng UBND tỉnh.\n\n"
            "Ban Thường vụ Đảng ủy UBND tỉnh đề nghị các cấp ủy trực thuộc thực hiện các nhiệm vụ sau:\n\n"
            "- Đảng ủy Sở Tài chính lãnh đạo bố trí kinh phí, hoàn thành trước ngày 31/8/2027.\n\n"
            "- Chi bộ Văn phòng UBND tỉnh lãnh đạo số hóa hồ sơ, chậm nhất ngày 30/9/2027 hoàn thành.\n\n"
            "- Ban Thường vụ Đảng ủy UBND tỉnh dự kiến tổ chức hội nghị sơ kết vào tháng 12/2027.\n\n"
            "Đề nghị các cấp ủy nêu trên báo cáo kết quả về Ban Thường vụ Đảng ủy UBND tỉnh trước ngày 05/12/2027./.\n")
    n = parse_notice(text)
    assert n.number == "245-CV/ĐU" and "ĐẢNG ỦY" in n.issuer
    got = leads_by_date(text)
    assert got["2027-09-30"] >= {"Chi bộ Văn phòng UBND tỉnh"}
    assert got["2027-12-05"] == {"Đảng ủy Sở Tài chính", "Đảng ủy Sở Nội vụ", "Chi bộ Văn phòng UBND tỉnh"}


# Teams named by the programme they carry out or their field and level: "Tổ công tác triển khai Đề án
# 06 tỉnh", "Tổ công tác Đề án 06 các xã, phường", "Tổ công tác giải phóng mặt bằng của tỉnh"; not "Tổ
# công tác rà soát …", the team's task.
def test_teams_named_by_their_programme_field_and_level():
    body = ("1. Tổ công tác triển khai Đề án 06 tỉnh rà soát dữ liệu trước ngày 30/9/2027.\n"
            "2. Tổ công tác Đề án 06 các xã, phường cập nhật dữ liệu trước ngày 15/10/2027.\n"
            "3. Tổ công tác giải phóng mặt bằng của tỉnh kiểm tra trước ngày 20/10/2027.\n"
            "4. Giao Tổ công tác rà soát hồ sơ trước ngày 25/10/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-09-30"] == {"Tổ công tác triển khai Đề án 06 tỉnh"}
    assert got["2027-10-15"] == {"Tổ công tác Đề án 06 các xã, phường"}
    assert got["2027-10-20"] == {"Tổ công tác giải phóng mặt bằng của tỉnh"} and got["2027-10-25"] == {"Tổ công tác"}


# "| Dự án | Chủ đầu tư | Thời gian thực hiện | … | Mốc hoàn thành |": the milestone is each project's
# limit, not the end of its span ("2026 - 2028").
def test_a_milestone_column_beside_a_span():
    body = ("Đề nghị các chủ đầu tư bảo đảm các mốc sau:\n\n"
            "| STT | Dự án | Chủ đầu tư | Thời gian thực hiện | Mốc hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Trường THCS Gia Viễn | UBND xã Gia Viễn | 2026 - 2028 | Hoàn thành phần móng trước ngày 31/8/2027 |\n"
            "| 2 | Đường tỉnh 477 | Sở Xây dựng | 2027 - 2029 | Quý IV/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"UBND xã Gia Viễn"} and got["2027-12-31"] == {"Sở Xây dựng"}
    assert "2028-12-31" not in got and "2029-12-31" not in got


# A month after a plan or results acted on: "tham mưu điều chuyển kế hoạch vốn trong tháng 7/2027",
# "tổng hợp kết quả trong tháng 8/2027", "trả kết quả cho người dân trong tháng 9/2027": when the act
# is due, not the period the plan or the results cover.
def test_a_month_after_a_plan_or_results_acted_on():
    body = ("1. Sở Tài chính tham mưu điều chuyển kế hoạch vốn trong tháng 7/2027.\n"
            "2. Sở Xây dựng tổng hợp kết quả trong tháng 8/2027.\n"
            "3. UBND xã Gia Viễn giải quyết 143 hồ sơ quá hạn, trả kết quả cho người dân trong tháng 9/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-07-31"] == {"Sở Tài chính"} and got["2027-08-31"] == {"Sở Xây dựng"}
    assert got["2027-09-30"] == {"UBND xã Gia Viễn"}


MINUTES = ("UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\nĐOÀN KIỂM TRA\nSố: 58/BB-ĐKT\nNinh Bình, ngày 14 tháng 9 năm 2027\n"
           "BIÊN BẢN KIỂM TRA HIỆN TRƯỜNG\n"
           "Hôm nay, vào hồi 8 giờ 30 phút, ngày 14/9/2027, tại hiện trường công trình, chúng tôi gồm:\n"
           "I. THÀNH PHẦN\n"
           "1. Đoàn kiểm tra Sở Xây dựng: Ông Nguyễn Hữu Thắng - Phó Giám đốc Sở, Trưởng đoàn.\n"
           "2. Chủ đầu tư (Ban Quản lý dự án đầu tư xây dựng khu vực Gia Viễn): Ông Ngô Quang Vinh - Giám đốc.\n"
           "3. Đơn vị thi công (Công ty Cổ phần Xây dựng Hạ tầng Tràng An): Ông Trần Đức Long - Chỉ huy trưởng.\n"
           "4. Tư vấn giám sát (Công ty TNHH Tư vấn Xây dựng Hoa Lư): Ông Phạm Minh Tuấn - Giám sát trưởng.\n"
           "5. Liên danh nhà thầu Công ty Cổ phần Sông Đáy - Công ty TNHH Cơ điện Kim Sơn: Ông Đào Văn Thịnh.\n"
           "6. Trường Mầm non Gia Viễn (đơn vị quản lý, sử dụng): Bà Lê Thị Hà - Hiệu trưởng.\n"
           "II. NỘI DUNG KIỂM TRA\n"
           "Ý kiến các bên: đại diện Liên danh đề nghị kéo dài thời gian thực hiện hợp đồng đến ngày 31/10/2027.\n"
           "III. KẾT LUẬN\n")


# Minutes name their parties once by their bodies ("2. Chủ đầu tư (Ban Quản lý dự án …):", "5. Liên danh
# nhà thầu Công ty A - Công ty B:", "Trường Mầm non X (đơn vị quản lý, sử dụng):"): the role's words then
# name that body, also in lower case inside a list of subjects; a party's opinion is no task.
def test_the_parties_of_minutes_named_by_their_roles():
    body = ("1. Chủ đầu tư, đơn vị thi công và tư vấn giám sát gửi hồ sơ khắc phục trước 17 giờ ngày 16/10/2027.\n"
            "2. Liên danh nhà thầu:\n"
            "a) Hoàn thành kết cấu mái, xong trước ngày 15/11/2027.\n"
            "3. Đơn vị quản lý, sử dụng xây dựng nội quy sử dụng phòng học trước ngày 20/11/2027.\n"
            "Biên bản kết thúc vào hồi 11 giờ cùng ngày./.\n")
    got = leads_by_date(MINUTES + body)
    assert got["2027-10-16"] == {"Ban Quản lý dự án đầu tư xây dựng khu vực Gia Viễn",
                                 "Công ty Cổ phần Xây dựng Hạ tầng Tràng An", "Công ty TNHH Tư vấn Xây dựng Hoa Lư"}
    assert got["2027-11-15"] == {"Liên danh nhà thầu Công ty Cổ phần Sông Đáy - Công ty TNHH Cơ điện Kim Sơn"}
    assert got["2027-11-20"] == {"Trường Mầm non Gia Viễn"}
    assert "2027-10-31" not in got


NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 384/TB-UBND\nLạng Sơn, ngày 29 tháng 12 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND các phường\n")


# "Các sở, ngành, UBND các xã, phường phân công lãnh đạo trực Tết, gửi lịch trực … trước ngày …": the
# bodies assign their own people, their task (not an order to the letter's addressees).
def test_bodies_assigning_their_own_people():
    body = ("Ngày 20/12/2027, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:\n"
            "1. Sở Tài chính phân công lãnh đạo trực Tết, gửi lịch trực về Văn phòng UBND tỉnh trước ngày 30/01/2028.\n"
            "2. Các sở, ngành, UBND các xã, phường cử cán bộ trực Tết, báo cáo trước ngày 31/01/2028.\n")
    got = leads_by_date(NOTICE + body)
    assert got["2028-01-30"] == {"Sở Tài chính"} and got["2028-01-31"]


# A notice whose opening names the wards met ("… làm việc với UBND các phường: Đông Kinh, Tam Thanh,
# Kỳ Lừa …") and whose heading names them bare ("1. Nhiệm vụ chung của UBND các phường:" over dashes):
# each ward listed has the heading's tasks.
def test_a_heading_naming_the_wards_the_opening_listed():
    body = ("Ngày 25/12/2027, Chủ tịch UBND tỉnh làm việc với UBND các phường: Đông Kinh, Tam Thanh, Kỳ Lừa "
            "về quản lý trật tự đô thị. Chủ tịch UBND tỉnh kết luận như sau:\n"
            "1. Nhiệm vụ chung của UBND các phường:\n"
            "- Ra quân lập lại trật tự vỉa hè, hoàn thành trước ngày 15/01/2028;\n"
            "2. UBND phường Tam Thanh lắp đặt chiếu sáng trang trí trước ngày 20/01/2028.\n")
    got = leads_by_date(NOTICE + body)
    assert got["2028-01-15"] == {"UBND phường Đông Kinh", "UBND phường Tam Thanh", "UBND phường Kỳ Lừa"}
    assert got["2028-01-20"] == {"UBND phường Tam Thanh"}


# Schools or clinics of no kind, where they are, opening a sentence: "Các cơ sở khám bệnh, chữa bệnh trên
# địa bàn tỉnh …", "Các trường THPT trên địa bàn Thành phố …" (the city written with its capital).
def test_groups_of_institutions_by_where_they_are():
    body = ("1. Các trường THPT trên địa bàn Thành phố kiện toàn bộ phận y tế trước ngày 15/9/2027.\n"
            "2. Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh dự trữ đủ thuốc trước ngày 25/9/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-09-15"] == {"Các trường THPT trên địa bàn Thành phố"}
    assert got["2027-09-25"] == {"Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh"}


# "…, gửi Trạm Y tế trước ngày 25/9/2027 (Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm tại trường từ
# ngày 05/10 đến ngày 30/10/2027)": what another body does then, in brackets, is an aside; the lead is
# the item's.
def test_a_bracket_of_what_another_body_does_then():
    body = ("1. UBND xã Gia Viễn:\n"
            "- Lập danh sách học sinh đăng ký tiêm vắc xin, gửi Trạm Y tế trước ngày 25/9/2027 "
            "(Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm tại trường từ ngày 05/10 đến ngày 30/10/2027);\n")
    assert leads_by_date(LETTER + body)["2027-09-25"] == {"UBND xã Gia Viễn"}


# "1. Ủy ban nhân dân các xã, phường nêu trên:" over dashes in a letter to "UBND các xã: Gia Viễn, Nho Quan"
# whose body named none of them before: the communes the letter addresses.
def test_a_heading_naming_the_letters_communes_as_named_above():
    body = ("Sở Xây dựng đề nghị các cơ quan, đơn vị:\n"
            "1. Ủy ban nhân dân các xã nêu trên:\n"
            "- Rà soát danh sách tàu cá, hoàn thành trước ngày 20/10/2027;\n"
            "2. Sở Tài chính bố trí kinh phí trước ngày 25/10/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-10-20"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"} and got["2027-10-25"] == {"Sở Tài chính"}


# A table laid out in columns whose first cell is what each row is about in words no header list has
# ("Bãi tắm, điểm" / "du lịch") beside "Đơn vị quản lý | Nội dung cần khắc phục | Thời hạn": still read.
def test_a_laid_out_table_with_one_cell_of_its_own_words():
    body = ("Đề nghị các đơn vị khắc phục các tồn tại sau:\n\n"
            " TT  Bãi tắm, điểm          Đơn vị quản lý        Nội dung cần khắc phục                    Thời hạn\n"
            "     du lịch\n"
            " 1   Bãi tắm Gia Viễn       UBND xã Gia           Bổ sung 06 chòi cứu hộ, phao cứu sinh     Trước ngày\n"
            "                            Viễn                                                            30/5/2027\n"
            " 2   Bãi tắm Nho Quan       UBND xã Nho Quan      Di dời các hàng quán lấn chiếm            Trong tháng\n"
            "                                                                                            6/2027\n\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-05-30"] == {"UBND xã Gia Viễn"} and got["2027-06-30"] == {"UBND xã Nho Quan"}


# Village heads as subjects: "Trưởng các bản có trong danh sách đề nghị tổ chức họp bản … trước ngày …"
# (the ones a list names, then their verb; "đề nghị" there is the list's, no order to the letter's
# addressees) and "Trưởng các thôn, bon trên địa bàn các xã nêu trên vận động …" (where they are, then
# their verb; the Central Highlands' "bon").
def test_village_heads_as_the_subjects_of_their_items():
    body = ("1. Trưởng các bản có trong danh sách đề nghị tổ chức họp bản, lấy ý kiến Nhân dân trước ngày 20/6/2027.\n"
            "2. Trưởng các thôn, bon trên địa bàn các xã nêu trên vận động Nhân dân chỉnh trang nhà cửa.\n")
    found = leads_and_dates(LETTER + body)
    assert found == [(["Trưởng các bản"], "2027-06-20"), (["Trưởng các thôn, bon"], None)]


# "A, B chỉ đạo, hướng dẫn Mặt trận và các đoàn thể chính trị - xã hội cấp xã vận động …; báo cáo kết quả
# trong tháng …": the bodies after "và" are directed too, no second subject.
def test_bodies_directed_after_two_verbs_and_and():
    body = ("2.3. Sở Xây dựng, Sở Tài chính chỉ đạo, hướng dẫn Mặt trận và các đoàn thể chính trị - xã hội cấp xã "
            "vận động nhân dân đồng thuận, ủng hộ dự án; báo cáo kết quả trong tháng 8/2027.\n")
    assert leads_by_date(LETTER + body) == {"2027-08-31": {"Sở Xây dựng", "Sở Tài chính"}}


# "- Trong tháng 10/2027, tham mưu UBND tỉnh ban hành …" under a body's heading: the month opening the
# dash, then the body's duty after the comma, is its time limit.
def test_a_month_opening_a_dash_before_a_comma_and_a_duty():
    body = ("1. Sở Xây dựng:\n"
            "- Trong tháng 10/2027, tham mưu UBND tỉnh ban hành quy định phân cấp quản lý.\n"
            "- Trong tháng 11/2027, hoàn thành rà soát các công trình.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-10-31"), (["Sở Xây dựng"], "2027-11-30")]


# Minutes: "Tham dự có đại diện các Sở: Xây dựng, Tài chính; Công ty X; UBND các xã: Gia Viễn, Nho Quan."
# then "Đề nghị các cơ quan, đơn vị dự họp báo cáo … trước ngày …": every body present (not only those
# named last); "Các cơ quan, đơn vị chủ trì báo cáo …" after a table of tasks: each row's lead.
def test_the_bodies_at_the_meeting_and_the_leads_of_a_table():
    minutes = ("UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 211/BB-SNNMT\nNinh Bình, ngày 09 tháng 12 năm 2027\n"
               "BIÊN BẢN HỌP\nLiên ngành về phòng, chống hạn hán\n"
               "Hôm nay, vào hồi 8 giờ 30 phút, ngày 09/12/2027, tại Sở Nông nghiệp và Môi trường, Phó Giám đốc Sở "
               "chủ trì cuộc họp. Tham dự có đại diện các Sở: Xây dựng, Tài chính; Công ty Cổ phần Nước sạch Tràng An; "
               "UBND các xã: Gia Viễn, Nho Quan.\n"
               "II. KẾT LUẬN\n"
               "1. Sở Tài chính tham mưu hỗ trợ kinh phí chậm nhất ngày 31/12/2027.\n"
               "| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
               "| 1 | Bố trí điểm cấp nước miễn phí | UBND xã Gia Viễn | Trước ngày 25/12/2027 |\n"
               "| 2 | Nạo vét kênh dẫn nước | UBND xã Nho Quan | Trước ngày 28/12/2027 |\n\n"
               "Các cơ quan, đơn vị chủ trì báo cáo kết quả thực hiện trước ngày 15/01/2028.\n"
               "Đề nghị các cơ quan, đơn vị dự họp báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường "
               "trước ngày 20/01/2028. Cuộc họp kết thúc vào hồi 11 giờ 30 phút cùng ngày./.\n")
    got = leads_by_date(minutes)
    assert {"UBND xã Gia Viễn", "UBND xã Nho Quan"} <= got["2028-01-15"]
    assert got["2028-01-20"] == {"Sở Xây dựng", "Sở Tài chính", "Công ty Cổ phần Nước sạch Tràng An",
                                 "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# "… gửi báo cáo năm 2027 về Sở Tài chính trong quý IV/2027, chậm nhất ngày 15/12/2027": the quarter, then
# the day inside it a comma apart: one time limit, the day.
def test_a_period_then_a_day_inside_it():
    body = "1. Sở Xây dựng gửi báo cáo năm 2027 về Sở Tài chính trong quý IV/2027, chậm nhất ngày 15/12/2027.\n"
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-12-15")]


# "Các chủ đầu tư có tỷ lệ giải ngân dưới 20% (Phụ lục kèm theo) rà soát …": some investors, which the
# letter does not name here: the group as its words restrict it (not every addressee of the letter).
def test_a_group_restricted_by_what_its_members_have():
    body = ("1. Các chủ đầu tư có tỷ lệ giải ngân thấp rà soát các dự án trước ngày 05/7/2027.\n"
            "2. Các chủ đầu tư có tỷ lệ giải ngân dưới 20% (Phụ lục kèm theo) rà soát, đăng ký số vốn trước ngày 06/7/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got == {"2027-07-05": {"Các chủ đầu tư có tỷ lệ giải ngân thấp"},
                   "2027-07-06": {"Các chủ đầu tư có tỷ lệ giải ngân dưới 20%"}}


# "6. UBND các xã nêu tại mục 3 báo cáo … trước ngày …" after "3. UBND các xã: Văn Quan, Bình Gia:" over
# dashes ("- Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã; …"): the communes of that item.
def test_communes_cited_by_their_item():
    body = ("3. UBND các xã: Văn Quan, Bình Gia:\n"
            "- Kiện toàn Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã; phân công lãnh đạo trực 24/24 giờ.\n"
            "- Làm đường băng cản lửa, hoàn thành trước ngày 15/01/2028.\n"
            "4. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng xây dựng kế hoạch diễn tập, trình UBND tỉnh trong "
            "tháng 01/2028.\n"
            "5. Báo Ninh Bình tăng thời lượng tuyên truyền trong suốt mùa khô.\n"
            "6. UBND các xã nêu tại mục 3 báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 25/01/2028.\n")
    opening = "Ngày 10/12/2027, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:\n"
    assert leads_by_date(NOTICE + opening + body)["2028-01-25"] == {"UBND xã Văn Quan", "UBND xã Bình Gia"}


# A table laid out in columns with a group row in capitals and no number ("      UBND CÁC XÃ VEN BIỂN"
# under the lead column), and a justified paragraph after a blank line below it ("     Giao  Sở  Tài
# chính  …"): the group row is no wrapped end of the lead cell above, the paragraph no row.
def test_a_laid_out_group_row_in_capitals_and_a_paragraph_after_the_table():
    body = ("Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n\n"
            " TT   Cơ quan, đơn vị          Nhiệm vụ                                               Thời hạn\n"
            " 1    Sở Xây dựng              Vận hành các cống ngăn mặn theo lịch triều             Trước ngày\n"
            "                                                                                      15/02/2028\n"
            " 2    Báo Ninh Bình            Thông tin kịp thời diễn biến xâm nhập mặn              Thường xuyên\n"
            "      UBND CÁC XÃ VEN BIỂN\n"
            " 3    UBND xã Gia Viễn         Lắp đặt 12 bồn chứa nước công cộng                     Trước ngày\n"
            "                                                                                      25/02/2028\n\n"
            "     Giao  Sở  Tài  chính  tổng  hợp  tình  hình  hạn  hán,  xâm  nhập  mặn,  báo  cáo  UBND  tỉnh\n"
            "trước ngày 28/02/2028.\n")
    got = leads_by_date(LETTER + body)
    assert got["2028-02-25"] == {"UBND xã Gia Viễn"} and got["2028-02-28"] == {"Sở Tài chính"}
    assert got[None] == {"Báo Ninh Bình"}


# A handover's minutes with its parties in a table ("| BÊN NHẬN: | Trường Mầm non Gia Viễn - Bà Lê Thị
# Hạnh, Hiệu trưởng |"), the works handed over counted in a table ("| Hạng mục | Đơn vị | Khối lượng |":
# the unit of measure, no body) and a warranty counted from the signing (a term, no time limit).
def test_a_handovers_parties_in_a_table_and_a_warranty():
    text = ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| XÃ GIA VIỄN | Độc lập - Tự do - Hạnh phúc |\n"
            "| Số: 117/BB-UBND | Gia Viễn, ngày 24 tháng 8 năm 2027 |\n|\n"
            "BIÊN BẢN BÀN GIAO CÔNG TRÌNH HOÀN THÀNH ĐƯA VÀO SỬ DỤNG\n"
            "Hôm nay, vào hồi 14 giờ 00 phút, ngày 24/8/2027, tại điểm trường thôn Hà Thanh, chúng tôi gồm:\n|\n"
            "| BÊN GIAO: | UBND xã Gia Viễn (chủ đầu tư) - Ông Trần Hữu Phước, Phó Chủ tịch UBND xã |\n"
            "| BÊN NHẬN: | Trường Mầm non Gia Viễn - Bà Lê Thị Mỹ Hạnh, Hiệu trưởng |\n"
            "| ĐƠN VỊ THI CÔNG: | Công ty TNHH Xây dựng Hiếu Giang - Ông Võ Văn Hiếu, Giám đốc |\n|\n"
            "I. NỘI DUNG BÀN GIAO\n"
            "| STT | Hạng mục | Đơn vị | Khối lượng | Ghi chú |\n"
            "| 1 | Nhà lớp học 02 tầng | phòng | 08 | Hoàn thành ngày 15/8/2027 |\n|\n"
            "II. TRÁCH NHIỆM CỦA CÁC BÊN\n"
            "| 1. | Bên nhận: |\n|  | - Xây dựng nội quy sử dụng phòng học, hoàn thành trước ngày 04/9/2027. |\n"
            "| 2. | Đơn vị thi công: |\n|  | - Khắc phục các tồn tại nêu trên, hoàn thành trước ngày 31/8/2027. |\n"
            "|  | - Thực hiện bảo hành công trình trong thời gian 12 tháng kể từ ngày ký biên bản này. |\n|\n"
            "Biên bản kết thúc vào hồi 15 giờ 30 phút cùng ngày./.\n")
    got = leads_by_date(text)
    assert got["2027-09-04"] == {"Trường Mầm non Gia Viễn"} and got["2027-08-31"] == {"Công ty TNHH Xây dựng Hiếu Giang"}
    assert "2028-08-24" not in got and not any("phòng" in x for leads in got.values() for x in leads)


# A scan's misread date words ("trước ngảy 30/6/2027", "trong thảng 5/2027"): still a day and a month.
def test_a_scans_misread_date_words():
    body = ("1. Sở Tài chính báo cáo UBND tỉnh trước ngảy 30/6/2027.\n"
            "2. Sở Xây dựng hoàn thành trong thảng 5/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Tài chính"], "2027-06-30"), (["Sở Xây dựng"], "2027-05-31")]


# A festival's programme in its task table ("| Lễ khai mạc … | … | 20 giờ 00 ngày 01/3/2028 |", "| Giải cờ
# tướng … | … | Ngày 03/3 - 04/3/2028 |"): when each is held, no time limit; "trong Tuần lễ Festival" is
# the festival's week, not this week; "Thường trực Ban Tổ chức:" over dashes is a body.
def test_a_festivals_programme_its_week_and_its_standing_board():
    body = ("1. Tổ chức các hoạt động lễ hội theo bảng sau:\n\n"
            "| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Xây dựng kịch bản chương trình | Sở Xây dựng | Trước ngày 15/01/2028 |\n"
            "| 2 | Lễ khai mạc và chương trình nghệ thuật | Sở Xây dựng | 20 giờ 00 ngày 01/3/2028 |\n"
            "| 3 | Giải cờ tướng, đẩy gậy, kéo co mở rộng | Sở Tài chính | Ngày 03/3 - 04/3/2028 |\n\n"
            "2. Sở Tài chính tổng hợp số liệu khách trong Tuần lễ Festival, báo cáo trước 10 giờ ngày 12/3/2028.\n"
            "3. Thường trực Ban Tổ chức:\n- Tổng duyệt chương trình, hoàn thành trước ngày 25/02/2028.\n")
    got = leads_by_date(LETTER + body)
    assert got["2028-01-15"] == {"Sở Xây dựng"} and got["2028-03-12"] == {"Sở Tài chính"}
    assert got["2028-02-25"] == {"Thường trực Ban Tổ chức"}
    assert not {"2028-03-01", "2028-03-04"} & set(got) and not any(d and d.startswith("2027-03") for d in got)


# A department's own plan closing its letter, its name holding commas and a second sentence after it
# ("Sở Văn hóa, Thể thao và Du lịch sẽ tổ chức đoàn kiểm tra … trong tháng 02/2028. Trường hợp …, Sở sẽ …"):
# no task of the issuer; "… của cơ quan, đơn vị mình và các đơn vị trực thuộc, gửi …": one subject.
def test_the_issuers_own_plan_and_the_units_of_the_subject_itself():
    text = ("UBND TỈNH NINH BÌNH\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 2410/SVHTTDL-QLVH\nV/v quản lý lễ hội\n"
            "Ninh Bình, ngày 10 tháng 12 năm 2027\nKính gửi:\n- Sở Xây dựng;\n- UBND các xã: Gia Viễn, Nho Quan.\n"
            "1. Sở Xây dựng kiểm tra an toàn công trình trước ngày 20/01/2028.\n"
            "2. Các Sở, ban, ngành tỉnh lập dự toán năm 2029 của cơ quan, đơn vị mình và các đơn vị trực thuộc, gửi "
            "Sở Tài chính chậm nhất ngày 31/10/2028.\n"
            "Sở Văn hóa, Thể thao và Du lịch sẽ tổ chức đoàn kiểm tra công tác quản lý lễ hội tại một số địa phương "
            "trong tháng 02/2028. Trường hợp vi phạm, Sở sẽ xử lý theo quy định./.\n")
    got = leads_by_date(text)
    assert got["2028-10-31"] == {"Các Sở, ban, ngành tỉnh"} and "2028-02-29" not in got


# "Các Đồn Biên phòng nêu trên báo cáo …" after an item for communes: the border posts the letter named
# before (of that head), not the communes of the paragraph above.
def test_bodies_named_before_of_one_head():
    text = ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH NINH BÌNH\nSố: 512/BĐBP-PCMT\nV/v chống buôn lậu\n"
            "Ninh Bình, ngày 10 tháng 8 năm 2027\nKính gửi:\n- Đồn Biên phòng Cửa khẩu Kim Sơn;\n"
            "- Đồn Biên phòng Cồn Thoi;\n- UBND các xã: Kim Đông, Kim Hải.\n"
            "1. Đồn Biên phòng Cửa khẩu Kim Sơn tuần tra trên biển, hoàn thành trước ngày 15/9/2027.\n"
            "2. Đồn Biên phòng Cồn Thoi lập danh sách các đối tượng, chậm nhất ngày 20/9/2027.\n"
            "3. Đề nghị UBND các xã: Kim Đông, Kim Hải vận động nhân dân không tiếp tay buôn lậu.\n"
            "Các Đồn Biên phòng nêu trên báo cáo kết quả thực hiện về Bộ Chỉ huy trước ngày 05/12/2027./.\n")
    assert leads_by_date(text)["2027-12-05"] == {"Đồn Biên phòng Cửa khẩu Kim Sơn", "Đồn Biên phòng Cồn Thoi"}


# A notice cancelling a task it quotes ("Bãi bỏ nội dung tại điểm 4 mục II Thông báo số … (giao Sở Xây dựng
# … trước ngày …)"): no task; "UBND các xã: Gia Viễn, Nho Quan và Sở Tài chính báo cáo …": two communes
# and a department, no commune called "Sở Tài".
def test_a_cancelled_task_and_a_department_after_a_list_of_communes():
    body = ("1. Bãi bỏ nội dung tại điểm 4 mục II Thông báo số 398/TB-UBND (giao Sở Xây dựng tổ chức kiểm tra "
            "các khu tái định cư trước ngày 20/7/2027) do nhiệm vụ đã được giao tại văn bản khác.\n"
            "2. UBND các xã: Gia Viễn, Nho Quan và Sở Tài chính báo cáo kết quả về Sở Xây dựng trước ngày 10/8/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got == {"2027-08-10": {"UBND xã Gia Viễn", "UBND xã Nho Quan", "Sở Tài chính"}}


# "b) Sở Tài chính trình Đề án phát triển các cụm công nghiệp chậm nhất ngày 15/9/2027": a time limit to
# present the scheme by, no item of a meeting's agenda ("Sở X trình Đề án Y" with no time).
def test_a_scheme_to_present_by_a_day_is_no_agenda_item():
    body = ("2. Điều chỉnh Chương trình công tác:\n"
            "a) Sở Xây dựng hoàn thiện Đề án phát triển nhà ở, trình UBND tỉnh trước ngày 10/9/2027.\n"
            "b) Sở Tài chính trình Đề án phát triển các cụm công nghiệp chậm nhất ngày 15/9/2027.\n")
    assert leads_by_date(LETTER + body) == {"2027-09-10": {"Sở Xây dựng"}, "2027-09-15": {"Sở Tài chính"}}


# A week's schedule ("| Thời gian | Nội dung | Chủ trì | Cơ quan chuẩn bị |"): the leader presides, the
# body preparing each item acts, by the time in brackets after it; a table of events ("| Ngày 15/7/2027 |
# Hội nghị sơ kết … | Sở Tài chính |"): the days they are held, no time limits.
def test_a_weeks_schedule_and_a_table_of_events():
    body = ("I. LỊCH CÔNG TÁC TUẦN\n\n"
            "| Thời gian | Nội dung | Chủ trì | Cơ quan chuẩn bị |\n|---|---|---|---|\n"
            "| THỨ HAI (12/7) |  |  |  |\n"
            "| 14 giờ 00 | Làm việc với Sở Xây dựng về tiến độ dự án | Chủ tịch UBND tỉnh | Sở Xây dựng (gửi báo cáo "
            "về Văn phòng UBND tỉnh trước 16 giờ ngày 09/7/2027) |\n\n"
            "II. CÁC HỘI NGHỊ, SỰ KIỆN\n\n"
            "| Thời gian | Nội dung | Cơ quan chuẩn bị |\n|---|---|---|\n"
            "| Ngày 15/7/2027 | Hội nghị sơ kết công tác 6 tháng đầu năm 2027 | Sở Tài chính |\n"
            "| Ngày 02/9/2027 | Lễ chào cờ, kỷ niệm Quốc khánh 2/9 | Sở Tài chính |\n")
    got = leads_by_date(LETTER.replace("11 tháng 3", "05 tháng 7") + body)
    assert got["2027-07-09"] == {"Sở Xây dựng"} and got[None] == {"Sở Tài chính"}
    assert "2027-07-15" not in got and "2027-09-02" not in got


# A notice amending another gives the new wording of its items in quotation marks ("Thay thế nội dung
# tại điểm 2 … bằng nội dung sau:" / "“2. Sở Xây dựng chủ trì … trước ngày 30/9/2027.”", "Bổ sung điểm 7
# … như sau:" / "“7. UBND các xã: Gia Viễn, Nho Quan:" over "a) …", "b) ….”"): those items are tasks.
def test_quoted_items_of_an_amending_notice():
    body = ("1. Thay thế nội dung tại điểm 2 mục II Thông báo số 295/TB-UBND bằng nội dung sau:\n"
            "“2. Sở Xây dựng chủ trì kiểm tra, gia cố các tuyến đê xung yếu, hoàn thành trước ngày 30/9/2027.”\n"
            "2. Bổ sung điểm 7 mục II như sau:\n"
            "“7. UBND các xã: Gia Viễn, Nho Quan:\n"
            "a) Rà soát, lập danh sách tàu thuyền, chậm nhất ngày 25/9/2027;\n"
            "b) Duy trì chế độ trực ban 24/24 giờ trong mùa mưa bão.”\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-09-30"] == {"Sở Xây dựng"} and got["2027-09-25"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A task table a part's title interrupts ("B. CÁC NỘI DUNG XỬ LÝ QUA HỆ THỐNG" between rows 4 and 5, the
# header not repeated): the rows after the title are still rows of the table.
def test_a_table_interrupted_by_a_parts_title():
    body = ("A. CÁC NỘI DUNG TRÌNH PHIÊN HỌP\n"
            "| STT | Nội dung | Cơ quan chuẩn bị | Thời hạn gửi hồ sơ |\n|---|---|---|---|\n"
            "| 1 | Báo cáo tình hình kinh tế - xã hội năm 2027 | Sở Tài chính | Trước ngày 18/12/2027 |\n"
            "B. CÁC NỘI DUNG XỬ LÝ QUA HỆ THỐNG THÔNG TIN\n"
            "| 2 | Quyết định phê duyệt giá đất cụ thể dự án Khu đô thị mới | Sở Xây dựng | Chậm nhất ngày 15/12/2027 |\n"
            "| 3 | Báo cáo kết quả giải ngân vốn | UBND các xã: Gia Viễn, Nho Quan | Trước ngày 10/12/2027 |\n")
    got = leads_by_date(LETTER.replace("11 tháng 3", "30 tháng 11") + body)
    assert got["2027-12-18"] == {"Sở Tài chính"} and got["2027-12-15"] == {"Sở Xây dựng"}
    assert got["2027-12-10"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# Minutes whose conclusions run on after their introduction's colon ("… các bên thống nhất như sau: 1. UBND
# xã A … trước ngày …. 2. Trung tâm B … trong tháng …. 3. …"): each numbered item a task of its own.
def test_items_run_on_after_an_introductions_colon():
    body = ("Sau khi thảo luận, các bên thống nhất như sau: 1. UBND xã Gia Viễn lập danh sách trẻ chưa tiêm, "
            "gửi Trạm Y tế trước ngày 25/10/2027. 2. Sở Xây dựng kiểm tra các điểm tiêm, hoàn thành trong tháng "
            "11/2027. 3. Sở Tài chính cấp bổ sung kinh phí trước ngày 30/10/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["UBND xã Gia Viễn"], "2027-10-25"), (["Sở Xây dựng"], "2027-11-30"),
                                              (["Sở Tài chính"], "2027-10-30")]
