"""Round 27 (issue 11's twenty-sixth round in the README): forms found misread on the invented
sets ZZZZZZS … and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 211/TB-UBND\nNinh Bình, ngày 11 tháng 3 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về sản xuất vụ Xuân\n"
          "Ngày 08/3/2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận như sau:\n")
CITY = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 1804/UBND-ĐT\nV/v chống ngập úng mùa mưa năm 2027\n"
        "Hải Phòng, ngày 12 tháng 5 năm 2027\n")


# "Giám đốc các Sở, ngành Thành phố, Chủ tịch UBND các phường, xã, đặc khu:" in a letter of a
# centrally-run city: "Thành phố" capitalised after the collective is the city's level (as "tỉnh"
# is a province's), so the list goes on to the second group and both lead each item.
def test_a_collective_of_the_citys_level_then_a_second_group():
    body = ("Kính gửi:\n- Giám đốc các Sở, ngành Thành phố;\n- Chủ tịch Ủy ban nhân dân các phường, xã, đặc khu.\n"
            "Chủ tịch Ủy ban nhân dân Thành phố yêu cầu Giám đốc các Sở, ngành Thành phố, Chủ tịch Ủy ban nhân dân "
            "các phường, xã, đặc khu:\n"
            "- Tổ chức trực ban 24/24 giờ trong thời gian có mưa lớn.\n"
            "- Rà soát các điểm ngập, hoàn thành trước ngày 20/5/2027.\n"
            "Giao Sở Xây dựng tổng hợp, báo cáo trước ngày 30/5/2027.\n")
    assert leads_by_date(CITY + body) == {
        None: {"Các Sở, ngành Thành phố", "Ủy ban nhân dân các phường, xã, đặc khu"},
        "2027-05-20": {"Các Sở, ngành Thành phố", "Ủy ban nhân dân các phường, xã, đặc khu"},
        "2027-05-30": {"Sở Xây dựng"}}


# "| STT | Đơn vị | Nhiệm vụ trọng tâm | Hoàn thành |": a time column headed by the verb alone; each
# row's day its time limit (not words glued before the task).
def test_a_time_column_headed_hoan_thanh():
    body = ("1. Các xã thực hiện các nhiệm vụ trọng tâm sau:\n\n"
            "| STT | Đơn vị | Nhiệm vụ trọng tâm | Hoàn thành |\n|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | Nạo vét kênh tiêu nội đồng | 30/4/2027 |\n"
            "| 2 | UBND xã Nho Quan | Gieo cấy xong diện tích lúa | Trong tháng 3/2027 |\n\n"
            "2. Sở Nông nghiệp và Môi trường tổng hợp kết quả, báo cáo trước ngày 15/5/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["UBND xã Gia Viễn"], "2027-04-30"), (["UBND xã Nho Quan"], "2027-03-31"),
                                              (["Sở Nông nghiệp và Môi trường"], "2027-05-15")]


# "3. Đối với các xã đăng ký đạt chuẩn năm 2027:" over "a) Xã Gia Viễn: hoàn thiện …": each item's
# commune, named bare as its label, leads its item (not the heading's "các xã").
def test_a_commune_named_bare_as_its_items_label():
    body = ("1. Đối với các xã đăng ký đạt chuẩn năm 2027:\n"
            "a) Xã Gia Viễn: hoàn thiện hồ sơ đề nghị xét công nhận, gửi Sở Nông nghiệp và Môi trường trước ngày 30/6/2027.\n"
            "b) Xã Nho Quan: hoàn thành tiêu chí số 17 về môi trường trong Quý III/2027.\n"
            "c) Xã Yên Mô: huy động nhân dân hiến đất làm đường giao thông nông thôn.\n")
    assert leads_and_dates(NOTICE + body) == [(["UBND xã Gia Viễn"], "2027-06-30"), (["UBND xã Nho Quan"], "2027-09-30"),
                                              (["UBND xã Yên Mô"], None)]


# "Đối với các xã vùng trũng: Gia Viễn, Nho Quan phải gieo cấy xong trước …": the list after a
# qualifier of the communes' terrain names them, one task each.
def test_communes_listed_after_a_qualifier_of_their_terrain():
    body = ("1. UBND các xã chỉ đạo gieo cấy xong trước ngày 25/3/2027. Đối với các xã vùng trũng: Gia Viễn, "
            "Nho Quan phải gieo cấy xong trước ngày 15/3/2027 để tránh úng.\n")
    assert leads_by_date(NOTICE + body) == {"2027-03-25": {"UBND các xã"},
                                            "2027-03-15": {"UBND xã Gia Viễn", "UBND xã Nho Quan"}}


# "Công ty đề nghị gia hạn tiến độ … đến ngày 30/6/2027, đề nghị này chưa được xem xét", "Nhà đầu tư
# đề nghị được tách Dự án … và gia hạn … đến tháng 12/2028": what a firm asks of the issuer is no
# time limit; the task the letter gives the firm keeps its own.
def test_a_firms_request_to_move_its_time_is_no_limit():
    body = ("1. Tại buổi làm việc ngày 20/10/2026, Công ty Cổ phần Kim Sơn đề nghị gia hạn tiến độ đưa dự án vào hoạt động "
            "đến ngày 30/6/2028, đề nghị này chưa được xem xét. Nhà đầu tư đề nghị được tách Dự án thành hai giai đoạn "
            "và gia hạn hoàn thành giai đoạn 1 đến tháng 12/2028.\n"
            "2. Yêu cầu Công ty Cổ phần Kim Sơn nộp đủ hồ sơ điều chỉnh chủ trương đầu tư trước ngày 10/4/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-04-10": {"Công ty Cổ phần Kim Sơn"}}


# "Kính gửi: Sở A; Sở B; UBND các xã, phường" … "4. UBND các xã, phường, trong đó ưu tiên UBND phường
# X, UBND xã Y, hoàn thành …" then "Các cơ quan, đơn vị nêu trên tổng hợp …": the group leads item 4
# (the communes set apart by commas are an aside), and the closing reaches every addressee, the
# group as the letter names it (not the two communes named last).
def test_a_group_with_an_aside_then_a_closing_to_every_addressee():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 640/UBND-KT\nV/v cải thiện Chỉ số PCI\nNinh Bình, ngày 05 tháng 8 năm 2027\n"
              "Kính gửi:\n- Sở Tài chính;\n- Sở Khoa học và Công nghệ;\n- UBND các xã, phường.\n"
              "Chủ tịch UBND tỉnh có ý kiến như sau:\n"
              "1. Sở Tài chính xây dựng Bộ chỉ số DDCI, trình UBND tỉnh trước ngày 30/9/2027.\n"
              "2. Sở Khoa học và Công nghệ cấp chữ ký số cho công chức cấp xã, hoàn thành trong tháng 10/2027.\n"
              "3. UBND các xã, phường, trong đó ưu tiên UBND phường Hoa Lư, UBND xã Gia Viễn, hoàn thành số hóa "
              "kết quả giải quyết thủ tục hành chính trong Quý IV/2027.\n"
              "Các cơ quan, đơn vị nêu trên tổng hợp kết quả thực hiện, gửi Văn phòng UBND tỉnh trước ngày 10/12/2027.\n")
    assert leads_by_date(letter) == {"2027-09-30": {"Sở Tài chính"}, "2027-10-31": {"Sở Khoa học và Công nghệ"},
                                     "2027-12-31": {"UBND các xã, phường"},
                                     "2027-12-10": {"Sở Tài chính", "Sở Khoa học và Công nghệ", "UBND các xã, phường"}}


# "tiếp nhận, xử lý phản ánh của doanh nghiệp qua đường dây nóng, trả lời trong 05 ngày làm việc":
# each feedback answered in its days (a task without a time limit), no day counted from the letter.
def test_feedback_answered_in_days_each_is_no_limit():
    body = ("1. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận, xử lý phản ánh của doanh nghiệp qua đường dây nóng, "
            "trả lời trong 05 ngày làm việc; báo cáo kết quả 9 tháng trước ngày 05/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {None: {"Trung tâm Phục vụ hành chính công tỉnh"},
                                            "2027-10-05": {"Trung tâm Phục vụ hành chính công tỉnh"}}


# "…; xử lý hồ sơ tồn đọng trước ngày 31/8/2027. Riêng UBND xã A, UBND phường B hoàn thành … trước ngày
# 15/8/2027.": "Riêng" sets both bodies apart, mid-paragraph as at its start.
def test_rieng_before_two_bodies_mid_paragraph():
    body = ("2. Các nhiệm vụ cụ thể:\nd) UBND các xã, phường xử lý dứt điểm hồ sơ tồn đọng trước ngày 31/8/2027.\n"
            "Riêng UBND xã Gia Viễn, UBND phường Hoa Lư hoàn thành việc xử lý hồ sơ tồn đọng trước\nngày 15/8/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-08-31": {"UBND các xã, phường"},
                                            "2027-08-15": {"UBND xã Gia Viễn", "UBND phường Hoa Lư"}}


# "2. Phòng Quản lý nợ và cưỡng chế nợ thuế:" over its items: a heading naming one body whose field's
# second half follows "và" in lower case; "3. Thuế cơ sở 1 và Thuế cơ sở 4:" (the tax offices since
# 2025, numbered) and "Các Thuế cơ sở" are bodies too.
def test_a_heading_naming_one_body_with_va_and_the_numbered_tax_offices():
    tax = ("CỤC THUẾ\nTHUẾ TỈNH NINH BÌNH\nSố: 912/TB-TNBI\nNinh Bình, ngày 10 tháng 7 năm 2027\nTHÔNG BÁO\n"
           "Kết luận của Trưởng Thuế tỉnh tại Hội nghị sơ kết công tác quản lý nợ\n"
           "Ngày 06/7/2027, Thuế tỉnh tổ chức Hội nghị. Trưởng Thuế tỉnh kết luận như sau:\n"
           "1. Phòng Quản lý nợ và cưỡng chế nợ thuế:\n"
           "a) Rà soát, phân loại toàn bộ số nợ thuế, hoàn thành trước ngày 20/7/2027.\n"
           "2. Thuế cơ sở 1 và Thuế cơ sở 4:\n"
           "a) Ban hành quyết định cưỡng chế đối với các trường hợp nợ quá 90 ngày; hoàn thành trong Quý III/2027.\n"
           "3. Các Thuế cơ sở báo cáo kết quả thu nợ trước ngày 15/8/2027.\n")
    assert leads_by_date(tax) == {"2027-07-20": {"Phòng Quản lý nợ và cưỡng chế nợ thuế"},
                                  "2027-09-30": {"Thuế cơ sở 1", "Thuế cơ sở 4"},
                                  "2027-08-15": {"Các Thuế cơ sở"}}


# "Các cơ quan, đơn vị lập báo cáo quyết toán … của đơn vị và các đơn vị trực thuộc, gửi Sở Tài chính
# trước …": "của A và B" are two owners of one report, not a second subject after "và".
def test_two_owners_after_cua_are_no_second_subject():
    letter = ("UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\nSố: 1290/STC-QLNS\nV/v quyết toán ngân sách năm 2026\n"
              "Ninh Bình, ngày 15 tháng 6 năm 2027\nKính gửi:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo.\n"
              "Sở Tài chính đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n"
              "1. Các cơ quan, đơn vị lập báo cáo quyết toán ngân sách năm 2026 của đơn vị và các đơn vị trực thuộc, "
              "gửi Sở Tài chính trước ngày 30/6/2027.\n")
    assert leads_by_date(letter) == {"2027-06-30": {"Sở Y tế", "Sở Giáo dục và Đào tạo"}}


# "Sở X đề nghị UBND các xã, phường thực hiện:" over "3. Cử công chức bộ phận một cửa tham gia lớp bồi
# dưỡng … (dự kiến từ ngày 20/4 đến ngày 24/4/2027)": sending one's staff is the addressee's task
# (undated: the training's days are an event).
def test_sending_staff_is_a_task_of_the_addressee():
    letter = ("UBND TỈNH NINH BÌNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 312/SKHCN-CĐS\nV/v dịch vụ công trực tuyến năm 2027\n"
              "Ninh Bình, ngày 20 tháng 3 năm 2027\nKính gửi: Ủy ban nhân dân các xã, phường.\n"
              "Sở Khoa học và Công nghệ đề nghị Ủy ban nhân dân các xã, phường thực hiện:\n"
              "1. Rà soát, chuẩn hóa tài khoản của công chức, hoàn thành trước ngày 10/4/2027.\n"
              "2. Cử công chức bộ phận một cửa tham gia lớp bồi dưỡng kỹ năng số do Sở tổ chức (dự kiến từ ngày 20/4 "
              "đến ngày 24/4/2027).\n")
    assert leads_and_dates(letter) == [(["UBND các xã, phường"], "2027-04-10"), (["UBND các xã, phường"], None)]


# A company's trade may hold a verb or a passive's word: "Công ty Cổ phần Đá xây dựng Hoài Ân thực
# hiện …", "Công ty Cổ phần Sách và Thiết bị trường học Ninh Bình cung ứng …" are whole names.
def test_company_names_holding_a_verb_of_their_trade():
    body = ("1. Công ty Cổ phần Đá xây dựng Hoa Lư thực hiện ký quỹ cải tạo, phục hồi môi trường trước ngày 15/7/2027.\n"
            "2. Yêu cầu Công ty Cổ phần Sách và Thiết bị trường học Ninh Bình cung ứng đủ sách giáo khoa trước ngày 15/8/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-07-15": {"Công ty Cổ phần Đá xây dựng Hoa Lư"},
                                            "2027-08-15": {"Công ty Cổ phần Sách và Thiết bị trường học Ninh Bình"}}


# "UBND các xã, phường, đặc khu Lý Sơn": the communes and wards, and the one special zone of the list,
# named: a body of its own beside the group.
def test_the_special_zone_named_at_the_end_of_a_group():
    body = "1. UBND các xã, phường, đặc khu Cồn Cỏ rà soát nhu cầu giáo viên mầm non trước ngày 05/9/2027.\n"
    assert leads_by_date(NOTICE + body) == {"2027-09-05": {"UBND các xã, phường", "UBND đặc khu Cồn Cỏ"}}


# In an inspection's conclusion, "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo Sở X chủ trì …" and "Kiến nghị
# Công an tỉnh xem xét, xử lý …": the body recommended acts (in a department's report the same words
# stay a proposal).
def test_recommendations_of_an_inspections_conclusion():
    conclusion = ("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 52/KL-TTr\nNinh Bình, ngày 14 tháng 9 năm 2027\n"
                  "KẾT LUẬN THANH TRA\nViệc quản lý, sử dụng đất đai tại Ủy ban nhân dân xã Gia Viễn\n"
                  "I. KẾT QUẢ KIỂM TRA\nQua kiểm tra 326 hồ sơ, phát hiện 14 trường hợp cấp Giấy chứng nhận không đúng đối tượng.\n"
                  "II. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n"
                  "1. Kiến nghị Chủ tịch UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tư pháp "
                  "rà soát toàn bộ hồ sơ chuyển mục đích sử dụng đất, báo cáo kết quả trước ngày 30/11/2027.\n"
                  "2. Kiến nghị Công an tỉnh xem xét, xử lý theo thẩm quyền đối với hành vi khai thác vượt ranh giới.\n")
    assert leads_and_dates(conclusion) == [(["Sở Nông nghiệp và Môi trường"], "2027-11-30"), (["Công an tỉnh"], None)]
    report = conclusion.replace("Số: 52/KL-TTr", "Số: 52/BC-TTr").replace("KẾT LUẬN THANH TRA", "BÁO CÁO")
    assert (["Sở Nông nghiệp và Môi trường"], "2027-11-30") not in leads_and_dates(report)


# A scan that lost the marks of "trước" and "tháng": "truoc ngày 10/6/2027", "trong thang 7/2027".
def test_a_scans_time_words_without_their_marks():
    body = ("1. Giao UBND xã Gia Viễn khẩn trương di dời 14 hộ dân ra khỏi vùng sạt lở, hoàn thành truoc ngày 10/6/2027.\n"
            "2. Sở Xây dựng thẩm định hồ sơ thiết kế kè bảo vệ bờ sông trong thang 7/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-06-10": {"UBND xã Gia Viễn"}, "2027-07-31": {"Sở Xây dựng"}}


# "Trung tâm Y tế khu vực Long Xuyên, Rạch Giá": the regional centres of both places, two bodies.
def test_regional_centres_listed_by_their_places():
    body = "1. Trung tâm Y tế khu vực Nho Quan, Kim Sơn phối hợp với Trạm Y tế các xã cấp thuốc trước ngày 20/4/2027.\n"
    assert leads_by_date(NOTICE + body) == {"2027-04-20": {"Trung tâm Y tế khu vực Nho Quan", "Trung tâm Y tế khu vực Kim Sơn"}}


# A ward's name of two places joined by a dash since 2025 ("UBND phường Xuân Hương - Đà Lạt"); bodies of
# one kind listed by their numbers ("Các Ban Quản lý dự án: 2, 85").
def test_dashed_ward_names_and_numbered_boards():
    body = ("1. Giao UBND phường Xuân Hương - Đà Lạt, UBND phường Lâm Viên - Đà Lạt xử lý dứt điểm các điểm kinh doanh "
            "lấn chiếm vỉa hè trước ngày 20/8/2027.\n"
            "2. Các Ban Quản lý dự án: 2, 85 chỉ đạo nhà thầu khắc phục các tồn tại về lún nền trước ngày 31/5/2027.\n")
    assert leads_by_date(NOTICE + body) == {
        "2027-08-20": {"UBND phường Xuân Hương - Đà Lạt", "UBND phường Lâm Viên - Đà Lạt"},
        "2027-05-31": {"Ban Quản lý dự án 2", "Ban Quản lý dự án 85"}}


# "Giao Sở Y tế theo dõi …; định kỳ hằng tháng báo cáo …; sơ kết việc thực hiện trước ngày 15/12/2027":
# the order's next task after its semicolon is the same body's, not the opening's bodies'.
def test_the_next_task_after_a_semicolon_keeps_the_orders_body():
    body = ("1. Các sở, ngành, UBND các xã thực hiện nghiêm Chỉ thị này.\n"
            "2. Giao Sở Y tế theo dõi, đôn đốc thực hiện; định kỳ hằng tháng tổng hợp, báo cáo UBND tỉnh trước ngày 25; "
            "sơ kết việc thực hiện trước ngày 15/12/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-12-15"] == {"Sở Y tế"}


# A ministry's letter to provinces and groups: "1. Tổng công ty …; 2. UBND các tỉnh: A, B …; 3. Tập đoàn …;
# 4. Cục Điện lực (its own unit) …" then "Đề nghị các cơ quan, đơn vị nêu trên báo cáo …": every
# addressee, not the last item's bodies.
def test_a_closing_after_items_mostly_given_to_the_addressees():
    letter = ("BỘ CÔNG THƯƠNG\nSố: 2210/BCT-ĐL\nV/v bảo đảm cung ứng điện mùa khô năm 2027\nHà Nội, ngày 22 tháng 4 năm 2027\n"
              "Kính gửi:\n- Ủy ban nhân dân các tỉnh: Lạng Sơn, Cao Bằng;\n- Tổng công ty Điện lực miền Bắc;\n- Tập đoàn Xăng dầu Việt Nam.\n"
              "Bộ Công Thương đề nghị:\n"
              "1. Tổng công ty Điện lực miền Bắc lắp đặt máy phát điện dự phòng tại các cửa khẩu trước ngày 15/5/2027.\n"
              "2. Ủy ban nhân dân các tỉnh: Lạng Sơn, Cao Bằng chỉ đạo rà soát nhu cầu phụ tải, gửi Bộ Công Thương trước ngày 30/4/2027.\n"
              "3. Tập đoàn Xăng dầu Việt Nam bảo đảm nguồn cung xăng dầu trong Quý II/2027.\n"
              "4. Cục Điện lực chủ trì, phối hợp với Vụ Thị trường trong nước theo dõi sát tình hình cung ứng điện.\n"
              "Bộ Công Thương dự kiến tổ chức đoàn kiểm tra trong tháng 5/2027. Đề nghị các cơ quan, đơn vị nêu trên báo cáo "
              "kết quả thực hiện về Bộ Công Thương trước ngày 15/6/2027 để tổng hợp./.\n")
    assert leads_by_date(letter)["2027-06-15"] == {"UBND tỉnh Lạng Sơn", "UBND tỉnh Cao Bằng", "Tổng công ty Điện lực miền Bắc",
                                                   "Tập đoàn Xăng dầu Việt Nam"}


# A petition's heading without its full stop, its last words an aside in brackets, then a line opening
# with a body ("2. Về đơn của bà X … (đã hòa giải không thành)" / "UBND phường Y giải quyết …"): two
# paragraphs; "Sau Hội nghị, Sở Nội vụ tổng hợp …" after an item: that body's sentence.
def test_a_petitions_heading_then_a_body_and_a_sentence_after_an_event():
    body = ("1. Về kiến nghị của ông Phạm Quang Huy, phường Hoa Lư về việc chậm cấp phép xây dựng\n"
            "Sở Xây dựng kiểm tra, làm rõ trách nhiệm của các tổ chức, cá nhân liên quan, chậm nhất ngày 12/6/2027.\n"
            "2. Về đơn của bà Vũ Thị Nguyệt, phường Hoa Lư tranh chấp ranh giới đất (đã hòa giải không thành ngày 12/2/2027)\n"
            "UBND phường Hoa Lư giải quyết tranh chấp đất đai theo thẩm quyền trong tháng 11/2027.\n"
            "3. Công an tỉnh bảo đảm an ninh, trật tự trong thời gian diễn ra Hội nghị.\n"
            "Sau Hội nghị, Sở Nội vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/6/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-06-12": {"Sở Xây dựng"}, "2027-11-30": {"UBND phường Hoa Lư"},
                                            None: {"Công an tỉnh"}, "2027-06-15": {"Sở Nội vụ"}}


# "Ủy ban nhân dân các phường: Quy Nhơn, Pleiku chỉ đạo …": the list's last name, one word before its
# verb, is a ward too.
def test_the_last_one_word_name_of_a_list_before_its_verb():
    body = "1. Ủy ban nhân dân các phường: Quy Nhơn, Pleiku chỉ đạo niêm yết công khai danh sách trước ngày 20/7/2027.\n"
    assert leads_by_date(NOTICE.replace("NINH BÌNH", "GIA LAI").replace("Ninh Bình,", "Gia Lai,") + body) == {
        "2027-07-20": {"UBND phường Quy Nhơn", "UBND phường Pleiku"}}
