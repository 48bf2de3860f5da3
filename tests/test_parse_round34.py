"""Round 34 (issue 11's thirty-third round in the README): forms found misread on the invented sets
(leftovers of earlier rounds and the sets ZZZZZZZZZZZY …), one test each on text written for these
tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice


# A newspaper's page: menus, the date stamp, the headline and the share buttons before the article, whose
# lead gives the day of the visit without its year ("(BNB) - Chiều 12/4, …", "Ngày 8-4, đồng chí …").
def test_a_press_items_visit_day_after_the_pages_menus():
    page = ("BÁO NINH BÌNH - baoninhbinh.vn\nTrang chủ | Thời sự | Chính trị | Kinh tế | Xã hội\nTìm kiếm\nThời sự\n"
            "Thứ Ba, 13/04/2027 - 16:45\nChủ tịch UBND tỉnh làm việc với Ban Quản lý các khu công nghiệp\n"
            "Chia sẻ   Facebook   Zalo   In bài\n"
            "(BNB) - Chiều 12/4, đồng chí Phạm Quang Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã làm việc với Ban "
            "Quản lý các khu công nghiệp tỉnh về tình hình thu hút đầu tư và tiến độ xây dựng hạ tầng các khu công nghiệp.\n"
            "Cùng dự có lãnh đạo các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường; Công an tỉnh; UBND các xã: Gia "
            "Viễn, Nho Quan, Gia Sinh.\n"
            "Theo báo cáo của Ban Quản lý các khu công nghiệp, đến ngày 31/3/2027, hạ tầng khu công nghiệp Gián Khẩu mở "
            "rộng mới hoàn thành 62% khối lượng; còn 4,2 ha mặt bằng chưa bàn giao do vướng mắc về giá bồi thường.\n"
            "Đồng chí Chủ tịch UBND tỉnh phát biểu kết luận buổi làm việc. Ảnh: Hoàng Minh\n"
            "Kết luận buổi làm việc, đồng chí Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng hoàn thành thẩm định điều chỉnh quy "
            "hoạch chi tiết khu công nghiệp Gián Khẩu mở rộng trước ngày 30/5/2027; Sở Tài chính tham mưu bố trí vốn đối "
            "ứng, báo cáo UBND tỉnh trong tháng 6/2027.\n"
            "Hoàng Minh - Thu Trang\nTin liên quan:\n- Khởi công khu công nghiệp Gián Khẩu mở rộng (05/03/2027)\n")
    assert parse_notice(page).meeting_date.isoformat() == "2027-04-12"
    page2 = page.replace("(BNB) - Chiều 12/4, đồng chí Phạm Quang Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã làm việc với",
                         "Ngày 8-4, đồng chí Phạm Quang Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu đoàn công tác "
                         "làm việc với")
    assert parse_notice(page2).meeting_date.isoformat() == "2027-04-08"


# A .docx table whose time column spans two ("Thời hạn" over "Theo Kế hoạch số 45/KH-UBND | Điều chỉnh"):
# the adjusted time is each row's limit; a lead cell's list broken over its lines ("UBND các xã: Gia Viễn,<br>Nho
# Quan") names each commune.
def test_a_docx_time_column_over_the_plan_and_its_adjustment():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời hạn |  |\n|---|---|---|---|---|\n"
            "|  |  |  | Theo Kế hoạch số 45/KH-UBND | Điều chỉnh |\n"
            "| 1 | Thẩm định phương án xử lý cơ sở nhà, đất dôi dư | Sở Tài chính | 30/4/2027 | 31/7/2027 |\n"
            "| 2 | Chuyển đổi công năng trụ sở cũ | UBND các xã: Gia Viễn,<br>Nho Quan | 30/6/2027 | 30/9/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-07-31"] == {"Sở Tài chính"} and got["2027-09-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert "2027-04-30" not in got and "2027-06-30" not in got


# pdftotext -layout of the same: "Thời gian thực hiện" over "Bắt đầu   Hoàn thành", the header repeated atop the
# next page: the finish is the limit, never the start.
def test_a_laid_out_time_column_over_its_start_and_finish():
    body = ("Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện các nhiệm vụ sau:\n\n"
            " TT  Nhiệm vụ                        Chủ trì             Phối hợp          Thời gian thực hiện\n"
            "                                                                         Bắt đầu       Hoàn thành\n"
            " 1   Khoan giếng, lắp đặt trạm       UBND các xã:        Sở Xây dựng       25/4/2027     30/5/2027\n"
            "     cấp nước tạm thời               Gia Viễn, Nho Quan\n"
            " 2   Tham mưu bố trí kinh phí từ     Sở Tài chính        Sở Y tế           Tháng 4/2027  Tháng 6/2027\n"
            "     nguồn dự phòng ngân sách tỉnh\n"
            "                                                  1\n"
            " TT  Nhiệm vụ                        Chủ trì             Phối hợp          Thời gian thực hiện\n"
            "                                                                         Bắt đầu       Hoàn thành\n"
            " 3   Nâng cấp tuyến ống cấp nước     Sở Xây dựng         Sở Tài chính      Quý II/2027   Quý IV/2027\n\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-05-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert got["2027-06-30"] == {"Sở Tài chính"} and got["2027-12-31"] == {"Sở Xây dựng"}
    assert not {"2027-04-25", "2027-04-30"} & set(got)


# A table of bodies and their tasks, no number column: a row's words go on in the next row, whose lead cell is
# empty and whose words open in lower case; the time stands there.
def test_a_body_first_rows_words_going_on_in_the_next_row():
    body = ("| Cơ quan, đơn vị | Nhiệm vụ | Thời hạn |\n|---|---|---|\n"
            "| Sở Xây dựng | Nâng cấp, mở rộng đường dẫn vào khu công nghiệp Gián Khẩu, |  |\n"
            "|  | bảo đảm thông xe trước cao điểm Tết Nguyên đán | Trước ngày 15/01/2028 |\n"
            "|  | Hoàn thiện hồ sơ điều chỉnh quy hoạch chi tiết | Quý II/2027 |\n"
            "| Sở Tài chính | Bố trí vốn đối ứng | Trong tháng 7/2027 |\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Sở Xây dựng"], "2028-01-15") in found and (["Sở Xây dựng"], "2027-06-30") in found
    assert not any(d is None for _l, d in found)


# A Party committee that "lãnh đạo chính quyền, Mặt trận Tổ quốc và các đoàn thể vận động …": the bodies it
# leads are its objects, the task its own.
def test_a_party_committee_leading_the_government_and_the_front():
    body = ("1. Đảng ủy các xã: Gia Viễn, Nho Quan lãnh đạo chính quyền, Mặt trận Tổ quốc và các đoàn thể vận động "
            "các hộ còn lại bàn giao mặt bằng trước ngày 10/6/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-06-10"] == {"Đảng ủy xã Gia Viễn", "Đảng ủy xã Nho Quan"}


# "… trên địa bàn xã A và các xã: B, C, báo cáo …": the places of the work, coordinated, not a second subject.
def test_the_places_of_a_review_listed_after_and():
    body = ("2. Sở Tài chính rà soát các dự án giao đất không qua đấu giá trên địa bàn xã Gia Viễn và các xã: Nho Quan, "
            "Gia Sinh, báo cáo UBND tỉnh trong Quý III/2027.\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Tài chính"], "2027-09-30")]


# A centre named without its level before its verb ("Trung tâm Quan trắc môi trường lấy, phân tích mẫu …"), and
# the sources of waste as a group of their own, in a bold heading or on a river's basin.
def test_a_monitoring_centre_and_the_sources_of_waste():
    body = ("**3. Trung tâm Quan trắc môi trường** lấy, phân tích mẫu; gửi kết quả về Sở Tài chính chậm nhất ngày "
            "30/11/2027.\n"
            "**4. Các chủ nguồn thải có tên trong danh sách kiểm tra**\n"
            "- Gửi báo cáo công tác bảo vệ môi trường năm 2026 về Sở trước ngày 31/5/2027.\n"
            "5. Các chủ nguồn thải trên lưu vực sông Hoàng Long tự rà soát, đăng ký kế hoạch kiểm soát ô nhiễm trước "
            "ngày 31/8/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-11-30"] == {"Trung tâm Quan trắc môi trường"}
    assert got["2027-05-31"] == {"Các chủ nguồn thải"} and got["2027-08-31"] == {"Các chủ nguồn thải"}


# A span to finish in ("hoàn thành trong thời gian từ ngày 20/5 đến ngày 10/6/2027"): its last day is the limit;
# a span an activity is held in ("tổ chức kiểm tra từ ngày … đến ngày …") is none.
def test_a_span_to_finish_in():
    body = ("1. Sở Y tế tổ chức tiêm vắc xin Sởi - Rubella cho trẻ em, hoàn thành trong thời gian từ ngày 20/5 đến "
            "ngày 10/6/2027.\n2. Sở Xây dựng tổ chức kiểm tra từ ngày 20/5 đến ngày 10/6/2027.\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Sở Y tế"], "2027-06-10") in found and (["Sở Xây dựng"], None) in found


# A table of voters' petitions, each row's body and time ("Sở Y tế (phối hợp: Sở Tài chính)"), then "các cơ
# quan, đơn vị được giao nhiệm vụ tại bảng trên … trả lời cử tri; tổng hợp kết quả, báo cáo UBND tỉnh … trước
# ngày …": each body's report, the rows keeping their own times (and none for a row answered or standing).
def test_a_petition_tables_bodies_report_by_the_closing_day():
    body = ("| STT | Nội dung kiến nghị | Cơ quan giải quyết | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Cử tri xã Gia Viễn kiến nghị nâng cấp tuyến đường | Sở Xây dựng | Trước ngày 30/9/2027 |\n"
            "| 2 | Cử tri phường Hoa Lư kiến nghị bổ sung thiết bị y tế | Sở Y tế (phối hợp: Sở Tài chính) | Quý IV/2027 |\n"
            "| 3 | Cử tri kiến nghị công khai tiến độ chi trả | Sở Tài chính | Đã trả lời tại Công văn số 987/UBND-KT "
            "ngày 20/3/2027 |\n\n"
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tại bảng trên chủ động giải quyết, trả lời bằng "
            "văn bản cho cử tri; tổng hợp kết quả, báo cáo UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 05/10/2027.\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-09-30"] == {"Sở Xây dựng"} and got["2027-12-31"] == {"Sở Y tế"}
    assert got["2027-10-05"] == {"Sở Xây dựng", "Sở Y tế", "Sở Tài chính"}


# A council's standing committee as issuer on three lines ("HỘI ĐỒNG NHÂN DÂN" / "TỈNH NINH BÌNH" / "THƯỜNG
# TRỰC"), its items boxed, a blank row of the box before "Các cơ quan, đơn vị nêu trên báo cáo … về Thường trực
# HĐND tỉnh …": every body of the items, never the committee (whose "ghi nhận …" is no task).
def test_a_council_committees_boxed_closing():
    notice = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH | Độc lập - Tự do - Hạnh phúc\n"
              "THƯỜNG TRỰC |\nSố: 134/TB-HĐND | Ninh Bình, ngày 18 tháng 4 năm 2027\n|\nTHÔNG BÁO\n"
              "Kết luận của Thường trực HĐND tỉnh tại phiên giải trình\n|\n"
              "Ngày 10/4/2027, Thường trực HĐND tỉnh tổ chức phiên giải trình. Thường trực HĐND tỉnh kết luận như sau:\n"
              "| 1. | Thường trực HĐND tỉnh ghi nhận UBND tỉnh đã ban hành Kế hoạch số 152/KH-UBND ngày 05/3/2027.\n"
              "| 2. | Đề nghị UBND tỉnh chỉ đạo giải quyết dứt điểm 17 kiến nghị kéo dài trong Quý IV/2027.\n"
              "| 3. | Sở Xây dựng chủ trì bố trí vốn sửa chữa cầu treo, hoàn thành trong Quý I/2028.\n"
              "| 4. | UBND các xã: Gia Viễn, Nho Quan rà soát danh sách hộ chưa nhận tiền bồi thường, xong trước ngày "
              "15/10/2027.\n|\n"
              "| | Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Thường trực HĐND tỉnh chậm nhất ngày "
              "05/01/2028.\n|\n" + SIGNED)
    got = leads_by_date(notice)
    assert got["2028-01-05"] == {"UBND tỉnh", "Sở Xây dựng", "UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert not any("Thường trực" in " ".join(v) for v in got.values())


# A report with no "Kính gửi" whose part of recommendations ends with "Đề nghị các cơ quan, đơn vị nêu trên báo
# cáo …" under its last item's dashes, before the next part ("III. ĐỀ XUẤT"): every item's bodies.
def test_the_closing_of_a_part_of_recommendations():
    report = ("HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH\nBAN PHÁP CHẾ\nSố: 57/BC-BPC\nNinh Bình, ngày 15 tháng 4 năm 2027\n"
              "BÁO CÁO\nKết quả giám sát công tác phòng, chống ma túy\n"
              "Ban Pháp chế HĐND tỉnh đã giám sát tại Công an tỉnh, Sở Y tế. Ban Pháp chế báo cáo như sau:\n"
              "I. KẾT QUẢ GIÁM SÁT\nĐến ngày 31/3/2027, toàn tỉnh có 3.418 người sử dụng trái phép chất ma túy.\n"
              "II. KIẾN NGHỊ\n1. Đối với Ủy ban nhân dân tỉnh\n- Chỉ đạo mở rộng Cơ sở cai nghiện ma túy tỉnh.\n"
              "2. Đối với Công an tỉnh\n- Rà soát người sử dụng trái phép chất ma túy, hoàn thành trước ngày 30/11/2027.\n"
              "3. UBND các xã: Gia Viễn, Nho Quan\n- Cập nhật hồ sơ người nghiện trên địa bàn.\n"
              "Đề nghị các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện kiến nghị về Ban Pháp chế HĐND tỉnh trước "
              "ngày 15/01/2028.\n"
              "III. ĐỀ XUẤT\nBan Pháp chế đề xuất Thường trực HĐND tỉnh đưa nội dung này vào chương trình chất vấn.\n"
              + SIGNED)
    got = leads_by_date(report)
    assert got["2028-01-15"] == {"UBND tỉnh", "Công an tỉnh", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A decision setting up a board: its members' duties headed by their roles ("Phó Trưởng ban thường trực (Giám
# đốc Sở X):", "Thành viên Ban Chỉ đạo là Giám đốc Sở Y:"), then "Các thành viên Ban Chỉ đạo báo cáo …": the
# bodies whose heads Điều 1 made members, each.
def test_a_boards_members_by_their_roles():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1423/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
                "Về việc kiện toàn Ban Chỉ đạo phát triển lâm nghiệp bền vững\nQUYẾT ĐỊNH:\n"
                "Điều 1. Kiện toàn Ban Chỉ đạo phát triển lâm nghiệp bền vững tỉnh (sau đây gọi là Ban Chỉ đạo), gồm:\n"
                "1. Trưởng ban: Ông Lê Văn A, Phó Chủ tịch UBND tỉnh.\n"
                "2. Phó Trưởng ban thường trực: Ông Trần Văn B, Giám đốc Sở Xây dựng.\n"
                "3. Thành viên Ban Chỉ đạo: Giám đốc các Sở: Tài chính, Y tế; Chủ tịch UBND xã Gia Viễn.\n"
                "Điều 2. Nhiệm vụ của Ban Chỉ đạo và các thành viên\n"
                "1. Phó Trưởng ban thường trực (Giám đốc Sở Xây dựng):\n"
                "- Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện, trình trước ngày 30/6/2027;\n"
                "2. Thành viên Ban Chỉ đạo là Giám đốc Sở Tài chính: bố trí kinh phí, báo cáo UBND tỉnh trước ngày "
                "15/7/2027.\n"
                "3. Các thành viên Ban Chỉ đạo báo cáo kết quả thực hiện nhiệm vụ được phân công về Sở Xây dựng trước "
                "ngày 10/12/2027.\n"
                "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" + SIGNED)
    got = leads_by_date(decision)
    assert got["2027-06-30"] == {"Sở Xây dựng"} and got["2027-07-15"] == {"Sở Tài chính"}
    assert got["2027-12-10"] == {"Sở Tài chính", "Sở Y tế", "UBND xã Gia Viễn"}


# A decision's appendix after its signature, a table laid out in columns ("Cơ sở nhà, đất | Đơn vị quản lý |
# Phương án | Thời hạn"), and "Các cơ quan, đơn vị được giao quản lý cơ sở nhà, đất tại Phụ lục … báo cáo … trước
# ngày …" in its articles: each row's body by its time, and each body's report.
def test_a_decisions_laid_out_appendix_and_the_bodies_it_names():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 2145/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
                "Phê duyệt phương án sắp xếp lại cơ sở nhà, đất\nQUYẾT ĐỊNH:\n"
                "Điều 1. Phê duyệt Phương án sắp xếp lại 03 cơ sở nhà, đất (chi tiết tại Phụ lục kèm theo).\n"
                "Điều 2. Các cơ quan, đơn vị được giao quản lý cơ sở nhà, đất tại Phụ lục thực hiện phương án theo thời "
                "hạn tại Phụ lục; báo cáo kết quả về Sở Tài chính trước ngày 15/10/2027.\n"
                "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n" + SIGNED +
                "                                     PHỤ LỤC\n"
                " TT  Cơ sở nhà, đất                 Đơn vị quản lý     Phương án                 Thời hạn\n"
                " 1   Trụ sở cũ Sở Giao thông vận    Sở Xây dựng        Chuyển giao UBND xã       Trước 31/7/2027\n"
                "     tải, số 8 Lê Lợi                                  Gia Viễn làm trụ sở\n"
                " 2   Trụ sở cũ UBND huyện Nho       UBND xã            Làm Trung tâm Phục vụ     Quý III/2027\n"
                "     Quan                           Nho Quan           hành chính công\n")
    got = leads_by_date(decision)
    assert got["2027-07-31"] == {"Sở Xây dựng"} and got["2027-09-30"] == {"UBND xã Nho Quan"}
    assert got["2027-10-15"] == {"Sở Xây dựng", "UBND xã Nho Quan"}


# Nature reserves and national parks lead their tasks ("Vườn quốc gia Cúc Phương xây dựng, phê duyệt …",
# "Khu bảo tồn thiên nhiên Vân Long …"); a customs office of a border gate named in lower case after its head.
def test_parks_reserves_and_a_border_gates_customs():
    body = ("1. Vườn quốc gia Cúc Phương xây dựng, phê duyệt phương án phòng cháy, chữa cháy rừng, gửi Sở Tài chính "
            "trước ngày 20/5/2027.\n"
            "2. Khu bảo tồn thiên nhiên Vân Long rà soát ranh giới, báo cáo trước ngày 20/6/2027.\n"
            "3. Đề nghị Hải quan cửa khẩu quốc tế Hữu Nghị:\n- Báo cáo kết quả thông quan trước ngày 30/6/2027.\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-05-20"] == {"Vườn quốc gia Cúc Phương"}
    assert got["2027-06-20"] == {"Khu bảo tồn thiên nhiên Vân Long"}
    assert got["2027-06-30"] == {"Hải quan cửa khẩu quốc tế Hữu Nghị"}


# A visit's conclusion: a heading naming its body at its end ("Nhiệm vụ trọng tâm của UBND xã Gia Viễn"); a
# department's answer to a proposal about a thing ("- Về đề nghị cải tạo Trạm Y tế xã: rà soát …"); a table of
# proposals and answers, the answer's time (not the proposal's own).
def test_a_visits_answers_to_the_communes_proposals():
    body = ("**1. Nhiệm vụ trọng tâm của UBND xã Gia Viễn**\n- Hoàn thành giải phóng mặt bằng trước ngày 30/9/2027.\n"
            "2. Sở Y tế:\n- Về đề nghị cải tạo Trạm Y tế xã: rà soát, báo cáo UBND tỉnh trong tháng 6/2027.\n"
            "3. Trả lời các đề nghị của UBND xã Nho Quan:\n"
            "| STT | Đề nghị của UBND xã Nho Quan | Ý kiến kết luận |\n|---|---|---|\n"
            "| 1 | Hỗ trợ vắc xin lở mồm long móng trước ngày 15/5/2027 | Giao Sở Tài chính bố trí kinh phí mua vắc xin "
            "trước ngày 20/5/2027. |\n\n" + SIGNED)
    got = leads_by_date(NOTICE + body)
    assert got["2027-09-30"] == {"UBND xã Gia Viễn"} and got["2027-06-30"] == {"Sở Y tế"}
    assert got["2027-05-20"] == {"Sở Tài chính"} and "2027-05-15" not in got


# A month limit after a target's share-out ("phân bổ chỉ tiêu tuyển dụng trong tháng 8/2027"); "Các trường nêu tại
# mục 2 báo cáo …" meaning the schools item 2 lists.
def test_sharing_out_a_target_and_the_schools_of_an_item():
    body = ("1. Sở Tài chính phân bổ chỉ tiêu tuyển dụng giáo viên trong tháng 8/2027.\n"
            "2. Các trường: Tiểu học Gia Viễn, Trung học cơ sở Nho Quan:\n"
            "- Lập danh sách học sinh bán trú gửi Sở Y tế trước ngày 15/8/2027;\n"
            "3. UBND xã Gia Viễn tổ chức Lễ ra quân tại Trường Tiểu học Gia Viễn vào ngày 12/8/2027. Các trường nêu tại "
            "mục 2 báo cáo kết quả huy động học sinh ra lớp trước ngày 20/10/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"Sở Tài chính"}
    assert got["2027-10-20"] == {"Trường Tiểu học Gia Viễn", "Trường Trung học cơ sở Nho Quan"}


# A letter to a joint venture of two firms ("Liên danh Công ty A - Công ty B"), whose items head it by its role
# ("1. Liên danh nhà thầu:").
def test_a_joint_venture_by_its_role():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nV/v đôn đốc tiến độ thi công\n"
              "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n"
              "- Liên danh Công ty TNHH Xây dựng Hoàng Long - Công ty cổ phần Cầu đường Gia Viễn;\n"
              "- Sở Xây dựng;\n- Sở Tài chính.\n"
              "UBND tỉnh yêu cầu:\n1. Liên danh nhà thầu:\n- Trình hồ sơ điều chỉnh tiến độ trước ngày 08/5/2027.\n"
              "2. Sở Xây dựng kiểm tra chất lượng công trình trước ngày 20/5/2027.\n" + SIGNED)
    got = leads_by_date(letter)
    assert got["2027-05-08"] == {"Liên danh Công ty TNHH Xây dựng Hoàng Long - Công ty cổ phần Cầu đường Gia Viễn"}


# A plan (no "Kính gửi") whose item "3. Các sở, ngành, địa phương …" after items of named departments is for all of
# them, not for those above.
def test_an_item_for_every_department_after_items_of_some():
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 91/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Chuyển đổi số năm 2027\nI. MỤC ĐÍCH\nNâng cao chất lượng dịch vụ công trực tuyến.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Sở Khoa học và Công nghệ theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo UBND tỉnh "
            "trước ngày 15/12/2027.\n2. Sở Tài chính tham mưu bố trí kinh phí, trình UBND tỉnh trước ngày 15/5/2027.\n"
            "3. Các sở, ngành, địa phương xây dựng kế hoạch chi tiết, hoàn thành trong tháng 6/2027.\n" + SIGNED)
    got = leads_by_date(plan)
    assert got["2027-06-30"] == {"Các sở, ban, ngành", "UBND các xã, phường"}


# A "Kính gửi" item that refers back ("- Tổ công tác Đề án 06 các xã, phường nêu trên."): the teams, not a name
# holding "nêu trên".
def test_an_addressee_referring_back_to_those_above():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nV/v khắc phục tồn tại về Đề án 06\n"
              "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- UBND các xã: Gia Viễn, Nho Quan;\n"
              "- Tổ công tác Đề án 06 các xã, phường nêu trên.\n"
              "Yêu cầu Tổ công tác Đề án 06 các xã, phường nêu trên phân công thành viên theo dõi việc khắc phục; chậm "
              "nhất ngày 30/9/2027 hoàn thành báo cáo tự đánh giá.\n" + SIGNED)
    assert leads_and_dates(letter) == [(["Tổ công tác Đề án 06 các xã, phường"], "2027-09-30")]


# A council committee's items to UBND tỉnh about voters' petitions: "Riêng kiến nghị của cử tri xã X, trả lời …" and
# "Đối với kiến nghị về … tại xã Y, chỉ đạo …" are UBND tỉnh's (the voters' commune and the petition's place are
# no bodies); the office of the delegation and the council is one body ("Văn phòng Đoàn đại biểu Quốc hội và Hội
# đồng nhân dân tỉnh").
def test_a_councils_items_on_voters_petitions():
    notice = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\nTHƯỜNG TRỰC\nSố: 210/HĐND-VP\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
              "V/v chuyển kiến nghị của cử tri\nKính gửi: UBND tỉnh.\n"
              "Trên cơ sở đó, Thường trực HĐND tỉnh đề nghị UBND tỉnh:\n"
              "a) Chỉ đạo Sở Xây dựng sửa chữa tuyến đường, hoàn thành trước ngày 31/12/2027.\n"
              "b) Riêng kiến nghị của cử tri xã Gia Viễn, trả lời trực tiếp bằng văn bản cho cử tri trước ngày 13/11/2027.\n"
              "c) Đối với kiến nghị về nước sinh hoạt tại xã Nho Quan, chỉ đạo rà soát nguồn nước trước ngày 20/11/2027.\n"
              "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh bảo đảm điều kiện giám sát, lập dự toán kinh phí "
              "trước ngày 20/7/2027.\n" + SIGNED)
    got = leads_by_date(notice)
    assert got["2027-11-13"] == {"UBND tỉnh"} and got["2027-11-20"] == {"UBND tỉnh"}
    assert got["2027-07-20"] == {"Văn phòng Đoàn ĐBQH và HĐND tỉnh"}


# A festival's programme "| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |": when and where each event is held,
# no time limits (but a cell written as a limit, "Trước ngày 25/10/2027", is one).
def test_a_programmes_days_are_no_limits():
    body = ("| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |\n|---|---|---|---|\n"
            "| Từ ngày 16/10 đến ngày 20/10/2027 | Thi đấu môn Bóng đá nam | Sân vận động tỉnh | Tiểu ban Chuyên môn |\n"
            "| Ngày 21/10 và ngày 22/10/2027 | Kéo co, Bắn nỏ | Phường Hoa Lư | UBND phường Hoa Lư |\n"
            "| 15 giờ, ngày 23/10/2027 | Lễ Thỉnh sắc | Cố đô Hoa Lư | Ban Quản lý Khu di tích Cố đô Hoa Lư |\n"
            "| Trước ngày 10/10/2027 | Hoàn thành trang trí đường phố | Các tuyến phố chính | UBND xã Gia Viễn |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-10-10"] == {"UBND xã Gia Viễn"}
    assert not {"2027-10-20", "2027-10-21", "2027-10-22", "2027-10-23"} & set(got)


# "Các nhà đầu tư nêu trên báo cáo … trước ngày …" after a table of projects and their investors: each firm.
def test_the_investors_named_back():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSỞ XÂY DỰNG\nSố: 915/SXD-QLN\nV/v đôn đốc các dự án nhà ở xã hội\n"
              "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Công ty cổ phần Đầu tư Hoa Lư Land;\n"
              "- Công ty TNHH Nhà ở Công nhân Gián Khẩu;\n- UBND các xã: Gia Viễn, Nho Quan.\n"
              "Sở Xây dựng đề nghị:\n1. Các nhà đầu tư khắc phục tồn tại theo thời hạn sau:\n"
              "| STT | Dự án | Nhà đầu tư | Tồn tại | Thời hạn khắc phục |\n|---|---|---|---|---|\n"
              "| 1 | Nhà ở xã hội Gia Viễn | Công ty cổ phần Đầu tư Hoa Lư Land | Chậm khởi công | Trước ngày 30/5/2027 |\n"
              "| 2 | Nhà ở công nhân Gián Khẩu | Công ty TNHH Nhà ở Công nhân Gián Khẩu | Thi công chậm | Quý III/2027 |\n\n"
              "2. UBND các xã: Gia Viễn, Nho Quan phối hợp giải quyết vướng mắc về hạ tầng kết nối.\n"
              "3. Các nhà đầu tư nêu trên báo cáo kết quả khắc phục về Sở Xây dựng trước ngày 10/7/2027.\n" + SIGNED)
    got = leads_by_date(letter)
    assert got["2027-07-10"] == {"Công ty cổ phần Đầu tư Hoa Lư Land", "Công ty TNHH Nhà ở Công nhân Gián Khẩu"}


# A table of units owing advances whose header cell holds its own date and unit ("Số dư tạm ứng quá hạn đến
# 31/3/2027 (triệu đồng)"): each row's unit by its time; "Riêng UBND xã X: ngoài nội dung tại bảng trên, hoàn trả
# … trước ngày …" a second task, the row keeping its own; a sanctions table "| Tổ chức | Quyết định xử phạt |
# Biện pháp khắc phục | Thời hạn hoàn thành |": each firm.
def test_tables_of_advances_and_of_sanctioned_firms():
    body = ("| STT | Đơn vị | Số dư tạm ứng quá hạn đến 31/3/2027 (triệu đồng) | Ngày tạm ứng | Nội dung xử lý | Thời hạn |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | 18.600 | 05/3/2025 | Hoàn trả tạm ứng kinh phí bồi thường | Chậm nhất ngày 15/8/2027 |\n"
            "| 2 | Sở Y tế | 7.930 | 18/8/2025 | Thu hồi tạm ứng mua sắm trang thiết bị | Trong tháng 8/2027 |\n\n"
            "**Riêng UBND xã Gia Viễn:** ngoài nội dung tại bảng trên, hoàn trả ngân sách tỉnh toàn bộ số dư tạm ứng "
            "trước ngày 31/10/2027.\n\n"
            "| STT | Tổ chức | Quyết định xử phạt | Biện pháp khắc phục | Thời hạn hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Công ty TNHH Cát sạch Hoàng Long | Số 1874/QĐ-XPHC ngày 02/3/2027 | San lấp hố khai thác | Trước ngày "
            "30/9/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-08-15"] == {"UBND xã Gia Viễn"} and got["2027-08-31"] == {"Sở Y tế"}
    assert got["2027-10-31"] == {"UBND xã Gia Viễn"} and got["2027-09-30"] == {"Công ty TNHH Cát sạch Hoàng Long"}


# A tax office under its central department as issuer ("CỤC THUẾ" / "THUẾ TỈNH NINH BÌNH"): what it says it will do
# itself ("Thuế tỉnh Ninh Bình sẽ tổ chức hội nghị … vào ngày …") is no task.
def test_a_provinces_tax_office_as_issuer():
    letter = ("CỤC THUẾ\nTHUẾ TỈNH NINH BÌNH\nSố: 960/NBI-QLĐ\nV/v phối hợp thu tiền sử dụng đất\n"
              "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.\n"
              "1. Đề nghị UBND các xã: Gia Viễn, Nho Quan rà soát hồ sơ nghĩa vụ tài chính trước ngày 30/5/2027.\n"
              "2. Thuế tỉnh Ninh Bình sẽ tổ chức hội nghị đối thoại với người nộp thuế vào ngày 12/6/2027.\n" + SIGNED)
    got = leads_by_date(letter)
    assert got["2027-05-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"} and "2027-06-12" not in got


# A festival's opening as an event's limit ("trước ngày khai hội (ngày 15/02/2028)"); a sponsor's name ending
# before its transfer ("Công ty Cổ phần Thương mại Gia Viễn chuyển kinh phí tài trợ 300.000.000 đồng …").
def test_a_festivals_opening_and_a_sponsors_transfer():
    body = ("1. Sở Xây dựng hoàn thành sửa chữa đường vào khu di tích trước ngày khai hội (ngày 15/02/2028).\n"
            "2. Đề nghị Công ty Cổ phần Thương mại Gia Viễn chuyển kinh phí tài trợ 300.000.000 đồng vào tài khoản của "
            "Ban Tổ chức Lễ hội trước ngày 31/01/2028.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2028-02-15"] == {"Sở Xây dựng"} and got["2028-01-31"] == {"Công ty Cổ phần Thương mại Gia Viễn"}


# A dispatch's item "Các cơ quan, đơn vị nêu trên báo cáo …" followed only by the Office's follow-up item: every
# addressee of the letter, not only the bodies the items before named.
def test_a_closing_item_before_the_follow_up_item():
    body = ("1. Sở Xây dựng kiểm tra các công trình trước ngày 20/4/2027.\n"
            "2. UBND các xã: Gia Viễn, Nho Quan sơ tán các hộ dân ra khỏi vùng nguy hiểm.\n"
            "3. Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Tài chính trước 10 giờ ngày 26/4/2027.\n"
            "4. Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện./.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    # (Sở Tài chính, the one the reports go to, left out)
    assert got["2027-04-26"] == {"Sở Xây dựng", "Sở Y tế", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# An inspection's conclusion by the province's inspectorate: "1. Kiến nghị Chủ tịch UBND tỉnh" over dashes gives
# them to UBND tỉnh; a sanctions decision's "Giao Quyết định này cho: 1. Công ty TNHH X để chấp hành. Công ty phải
# …" gives the firm its items.
def test_recommendations_to_the_chairman_and_a_decision_given_to_a_firm():
    conclusion = ("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 18/KL-TTr\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾT LUẬN THANH TRA\n"
                  "Việc chấp hành pháp luật về khoáng sản tại mỏ đá Gia Viễn\n"
                  "I. KẾT QUẢ THANH TRA\nCông ty khai thác vượt ranh giới 1,2 ha.\nII. KIẾN NGHỊ\n"
                  "**1. Kiến nghị Chủ tịch UBND tỉnh**\n\n- Ban hành quyết định xử phạt vi phạm hành chính đối với Công ty "
                  "cổ phần Đá Gia Viễn.\n\n"
                  "**2. Đối với Sở Tài chính**\n\n- Xác định lại tiền cấp quyền khai thác, hoàn thành trong Quý II/2027.\n"
                  + SIGNED)
    found = leads_and_dates(conclusion)
    assert (["UBND tỉnh"], None) in found and (["Sở Tài chính"], "2027-06-30") in found
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1423/QĐ-XPHC\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
                "Xử phạt vi phạm hành chính trong lĩnh vực khoáng sản\nQUYẾT ĐỊNH:\n"
                "Điều 1. Xử phạt vi phạm hành chính đối với Công ty TNHH Cát sạch Hoàng Long.\n"
                "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nĐiều 3. Giao Quyết định này cho:\n"
                "1. Công ty TNHH Cát sạch Hoàng Long để chấp hành. Công ty phải lập phương án đưa khu vực khai thác về "
                "trạng thái an toàn, gửi Sở Tài chính chậm nhất ngày 20/5/2027.\n"
                "2. Sở Xây dựng giám sát việc thực hiện, báo cáo trước ngày 15/7/2027.\n" + SIGNED)
    got = leads_by_date(decision)
    assert got["2027-05-20"] == {"Công ty TNHH Cát sạch Hoàng Long"} and got["2027-07-15"] == {"Sở Xây dựng"}


# A reminder's table of tasks, then "UBND xã X tiếp tục xử lý …, bảo đảm hoàn thành trong tháng 7/2027 theo thời hạn đã
# giao": the row's task stands, the sentence only repeats it.
def test_a_reminders_limit_restated():
    notice = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 215/TB-VP\nNinh Bình, ngày 05 tháng 6 năm 2027\nTHÔNG BÁO\n"
              "Tình hình thực hiện nhiệm vụ UBND tỉnh giao\n"
              "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn | Tình trạng |\n|---|---|---|---|---|\n"
              "| 1 | Xử lý tình trạng ngập úng khu vực chợ Rồng | UBND xã Gia Viễn | Tháng 7/2027 | Chưa hoàn thành |\n"
              "| 2 | Trình phương án xử lý trụ sở dôi dư | Sở Tài chính | 30/5/2027 | Quá hạn |\n\n"
              "1. UBND xã Gia Viễn tiếp tục xử lý tình trạng ngập úng khu vực chợ Rồng, bảo đảm hoàn thành trong tháng 7/2027 "
              "theo thời hạn đã giao.\n"
              "2. Sở Tài chính hoàn thành trình phương án trước ngày 20/6/2027./.\n" + SIGNED)
    found = leads_and_dates(notice)
    assert [f for f in found if f[1] == "2027-07-31"] == [(["UBND xã Gia Viễn"], "2027-07-31")]
