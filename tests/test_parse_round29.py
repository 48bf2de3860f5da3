"""Round 29 (issue 11's twenty-eighth round in the README): forms found misread on the invented
sets ZZZZZZZY … ZZZZZZZZF (reminders about overdue tasks, public investment, year-end and Tết
letters, commune documents), one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import has, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 902/UBND-KT\nV/v thực hiện các nhiệm vụ\n"
          "Ninh Bình, ngày 11 tháng 3 năm 2027\n"
          "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.\n")


# "| Dự án | Chủ đầu tư | … | Mục tiêu giải ngân |" with "60% trước ngày 30/9/2027; 100% trước ngày
# 31/01/2028": the investor of each row, one task per share of the target; a row already disbursed
# ("Đã giải ngân 100% ngày 24/7/2027") no task.
def test_a_table_of_disbursement_targets_by_investor():
    body = ("Chủ tịch UBND tỉnh giao mục tiêu giải ngân như sau:\n\n"
            "| STT | Dự án | Chủ đầu tư | Kế hoạch vốn (tỷ đồng) | Mục tiêu giải ngân |\n|---|---|---|---|---|\n"
            "| 1 | Đường tỉnh 477 | Sở Xây dựng | 412,0 | 60% trước ngày 30/9/2027; 100% trước ngày 31/01/2028 |\n"
            "| 2 | Kè sông Hoàng Long | UBND xã Gia Viễn | 48,7 | 100% trong Quý IV/2027 |\n"
            "| 3 | Đường liên xã | UBND xã Nho Quan | 22,4 | Đã giải ngân 100% ngày 24/2/2027 |\n")
    found = leads_and_dates(LETTER + body)
    assert sorted(found) == [(["Sở Xây dựng"], "2027-09-30"), (["Sở Xây dựng"], "2028-01-31"),
                             (["UBND xã Gia Viễn"], "2027-12-31")]


# "Thời gian thực hiện và giải ngân kế hoạch vốn năm 2027 đến hết ngày 31/01/2028": the law's term
# of a year's capital, no one's time limit.
def test_the_term_of_a_capital_plan_is_no_time_limit():
    body = ("1. Sở Tài chính tham mưu điều chuyển vốn, trình UBND tỉnh trong tháng 10/2027.\n"
            "2. Thời gian thực hiện và giải ngân kế hoạch vốn năm 2027 được kéo dài đến hết ngày 31/01/2028; "
            "các chủ đầu tư chịu trách nhiệm nếu không giải ngân hết.\n")
    assert all(d != "2028-01-31" for _l, d in leads_and_dates(LETTER + body))


# "3. Riêng Ban Quản lý dự án …:" over dashes (in a table's cells too): that body alone leads the
# dashes, not every addressee of the letter.
def test_a_body_set_apart_over_its_dashes():
    for body in ("Sở Tài chính đề nghị các đơn vị:\n1. Rà soát tiến độ, gửi Sở Tài chính trước ngày 20/3/2027.\n"
                 "2. Riêng Sở Xây dựng:\n- Rà soát 09 dự án, báo cáo trước ngày 30/3/2027;\n"
                 "- Hoàn thiện hồ sơ quyết toán trong Quý II/2027.\n",
                 "Sở Tài chính đề nghị các đơn vị:\n| 1. | Rà soát tiến độ, gửi Sở Tài chính trước ngày 20/3/2027. |\n"
                 "| 2. | Riêng Sở Xây dựng: |\n|  | - Rà soát 09 dự án, báo cáo trước ngày 30/3/2027; |\n"
                 "|  | - Hoàn thiện hồ sơ quyết toán trong Quý II/2027. |\n"):
        got = leads_by_date(LETTER + body)
        assert got["2027-03-30"] == {"Sở Xây dựng"} and got["2027-06-30"] == {"Sở Xây dựng"}
        assert got["2027-03-20"] == {"Sở Xây dựng", "Sở Tài chính", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# "Cam kết tiến độ giải ngân phần vốn còn lại theo từng tháng" as an item under "… đề nghị các đơn
# vị:": an undated task of the addressees.
def test_an_item_asking_for_a_commitment():
    body = ("Sở Tài chính đề nghị các đơn vị:\n1. Rà soát tiến độ, gửi Sở Tài chính trước ngày 20/3/2027.\n"
            "2. Cam kết tiến độ giải ngân phần vốn còn lại theo từng tháng.\n")
    assert has(leads_and_dates(LETTER + body), "Sở Xây dựng", None)


# "rà soát … khả năng giải ngân của từng dự án đến hết năm 2027, … gửi Sở Tài chính trước ngày
# 20/9/2027": how far the projects looked at run, the day is the time limit (and the sentence is one task).
def test_how_far_a_thing_looked_at_runs_is_no_time_limit():
    body = ("Sở Tài chính đề nghị Sở Xây dựng rà soát tiến độ thực hiện, khả năng giải ngân của từng dự án đến hết "
            "năm 2027, xác định số vốn không có khả năng giải ngân, gửi Sở Tài chính trước ngày 20/9/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-09-20")]


# A reminder's table of overdue tasks, then "Chậm nhất ngày …, các cơ quan, đơn vị có tên tại Bảng
# trên gửi báo cáo giải trình nguyên nhân …": a report of every body of the table, not the rows' new
# time; a row whose given time has passed with no new one ("Quá hạn, chưa báo cáo") no time; "các
# cơ quan, đơn vị có nhiệm vụ quá hạn tại Bảng trên" the bodies of the late rows.
def test_a_report_asked_of_the_bodies_of_a_reminders_table():
    table = ("Chủ tịch UBND tỉnh yêu cầu:\n"
             "1. Các cơ quan, đơn vị hoàn thành theo thời hạn tại Bảng sau:\n"
             "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn giao | Tình trạng / Thời hạn mới |\n"
             "| 1 | Tham mưu giải pháp xử lý ô nhiễm | Sở Tài chính | 28/2/2027 | Quá hạn; hoàn thành trước ngày 31/3/2027 |\n"
             "| 2 | Kiểm tra kinh doanh xăng dầu | Sở Xây dựng | Tháng 2/2027 | Quá hạn, chưa báo cáo |\n"
             "| 3 | Cân đối vốn cho dự án | UBND xã Gia Viễn | Quý II/2027 | Đang thực hiện, chưa đến hạn |\n\n")
    first = table + "2. Chậm nhất ngày 20/3/2027, các cơ quan, đơn vị có tên tại Bảng trên gửi báo cáo giải trình nguyên nhân về Sở Nội vụ.\n"
    got = leads_by_date(LETTER + first)
    assert got["2027-03-20"] == {"Sở Tài chính", "Sở Xây dựng", "UBND xã Gia Viễn"}
    assert got["2027-03-31"] == {"Sở Tài chính"} and got[None] == {"Sở Xây dựng"}
    late = table + "2. Các cơ quan, đơn vị có nhiệm vụ quá hạn tại Bảng trên báo cáo rõ nguyên nhân, gửi Văn phòng UBND tỉnh trước ngày 20/3/2027.\n"
    assert leads_by_date(LETTER + late)["2027-03-20"] == {"Sở Tài chính", "Sở Xây dựng"}


# "- Sở X: thẩm định hồ sơ … (thời hạn 28/2/2027); yêu cầu hoàn thành trước 17 giờ ngày 15/4/2027.":
# the new time of the task just named, for its body (not an order to every addressee).
def test_a_new_time_after_the_semicolon_is_the_named_tasks():
    body = ("2. Các nhiệm vụ quá hạn, chưa hoàn thành:\n"
            "- Sở Xây dựng: thẩm định hồ sơ chuyển mục đích sử dụng rừng (thời hạn 28/2/2027); "
            "yêu cầu hoàn thành trước 17 giờ ngày 15/4/2027.\n"
            "- UBND xã Gia Viễn: bàn giao mặt bằng (thời hạn 15/2/2027) chưa hoàn thành; đề nghị hoàn thành trước ngày 31/3/2027.\n")
    assert sorted(leads_and_dates(LETTER + body)) == [(["Sở Xây dựng"], "2027-04-15"), (["UBND xã Gia Viễn"], "2027-03-31")]


# "Các cơ quan, đơn vị có tên tại văn bản này báo cáo … trước …" in a letter to "UBND các xã: A, B":
# each commune addressed, not the group.
def test_a_closing_to_the_letters_bodies_names_each_commune():
    body = ("1. Sở Xây dựng hoàn thành thẩm định trước ngày 15/5/2027.\n"
            "2. UBND các xã: Gia Viễn, Nho Quan hoàn thành chi trả trong tháng 6/2027.\n"
            "3. Các cơ quan, đơn vị có tên tại văn bản này báo cáo kết quả về Văn phòng UBND tỉnh trước 16 giờ ngày 12/5/2027.\n")
    assert leads_by_date(LETTER + body)["2027-05-12"] == {"Sở Xây dựng", "Sở Tài chính", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A task table written one cell per line whose header holds the old and the new time ("Thời hạn
# giao" / "Thời hạn điều chỉnh") below the sentence announcing it ("… như sau:").
def test_a_cell_per_line_table_with_an_old_and_a_new_time():
    body = ("UBND tỉnh điều chỉnh thời hạn thực hiện một số nhiệm vụ như sau:\nSTT\nNội dung nhiệm vụ\nCơ quan chủ trì\n"
            "Thời hạn giao\nThời hạn điều chỉnh\n1\nSố hóa hồ sơ thủ tục hành chính\nSở Tài chính\n28/02/2027\n30/4/2027\n"
            "2\nHoàn thiện hạ tầng mạng tại bộ phận một cửa\nUBND các xã: Gia Viễn,\nNho Quan\nQuý I/2027\nQuý II/2027\n"
            "UBND tỉnh yêu cầu:\n1. Sở Xây dựng báo cáo UBND tỉnh trước ngày 15/4/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-04-30"] == {"Sở Tài chính"} and got["2027-06-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# "… (tức ngày 27/01/2028)" after a day of the lunar calendar: that solar day is the time limit; a
# lunar day alone gives none.
def test_a_lunar_day_with_its_solar_day_in_brackets():
    body = ("1. Sở Xây dựng tổ chức điểm bán hàng bình ổn giá, hoàn thành trước ngày 20 tháng Chạp năm Đinh Mùi "
            "(tức ngày 27/01/2028).\n2. Sở Tài chính hoàn thành cấp kinh phí trước ngày 23 tháng Chạp.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2028-01-27"), (["Sở Tài chính"], None)]


# "| Sở A, UBND xã B |" in an appendix's lead cell: both are bodies "có tên tại Phụ lục".
def test_two_bodies_of_one_appendix_cell():
    body = ("1. Các cơ quan, đơn vị có tên tại Phụ lục kèm theo khẩn trương hoàn thành các nhiệm vụ được giao; "
            "báo cáo kết quả về UBND tỉnh trước ngày 30/6/2027.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ QUÁ HẠN\n"
            "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn giao |\n"
            "| 1 | Tham mưu phương án sắp xếp trụ sở | Sở Tài chính | 30/4/2027 |\n"
            "| 2 | Đôn đốc thu hồi đất | Sở Xây dựng, UBND xã Gia Viễn | 10/6/2027 |\n")
    letter = LETTER.replace("- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.", "- Các sở, ban, ngành tỉnh;\n- UBND các xã, phường.")
    assert leads_by_date(letter + body)["2027-06-30"] == {"Sở Tài chính", "Sở Xây dựng", "UBND xã Gia Viễn"}


# "Thực hiện Công văn số … của Bộ Tài chính; theo đó tỉnh … phải … trước ngày …, gửi báo cáo … chậm
# nhất ngày …" / "Thực hiện Công điện số … (yêu cầu … trước 17 giờ ngày …)": what the cited document
# orders, no task of this letter's addressees.
def test_the_order_a_cited_document_gives_is_not_this_letters():
    for opening in ("Thực hiện Công văn số 6815/BTC-QLCS ngày 10/3/2027 của Bộ Tài chính; theo đó tỉnh Ninh Bình phải "
                    "phê duyệt phương án trước ngày 31/8/2027 và gửi báo cáo kết quả về Bộ Tài chính chậm nhất ngày 15/12/2027. "
                    "Chủ tịch UBND tỉnh yêu cầu:\n",
                    "Thực hiện Công điện số 118/CĐ-TTg ngày 10/3/2027 của Thủ tướng Chính phủ (yêu cầu đưa tàu thuyền về nơi "
                    "tránh trú trước 17 giờ ngày 12/3/2027 và báo cáo trước ngày 15/12/2027). Chủ tịch UBND tỉnh yêu cầu:\n"):
        body = opening + "1. Sở Xây dựng rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 10/8/2027.\n"
        assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-08-10")]


# "**3. Các địa phương có số cơ sở dôi dư lớn** …" over "| STT | Địa phương | Nội dung | Thời hạn |"
# with "| 1 | UBND tỉnh Lạng Sơn | … |": the committee each row names acts.
def test_a_place_column_naming_committees():
    letter = LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "BỘ TÀI CHÍNH").replace("902/UBND-KT", "902/BTC-QLCS") \
        .replace("- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.", "- UBND các tỉnh, thành phố trực thuộc Trung ương.")
    body = ("Bộ Tài chính đề nghị:\n3. Các địa phương có số cơ sở dôi dư lớn ưu tiên xử lý theo thời hạn sau:\n\n"
            "| STT | Địa phương | Nội dung | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | UBND tỉnh Lạng Sơn | Phê duyệt phương án xử lý 96 cơ sở | Trước ngày 31/8/2027 |\n"
            "| 2 | UBND tỉnh Hà Tĩnh | Phê duyệt phương án xử lý 118 cơ sở | Tháng 9/2027 |\n")
    assert leads_by_date(letter + body) == {"2027-08-31": {"UBND tỉnh Lạng Sơn"}, "2027-09-30": {"UBND tỉnh Hà Tĩnh"}}


# "… gửi báo cáo về Bộ Tài chính (qua Cục Quản lý công sản) chậm nhất ngày 15/12 để Bộ Tài chính tổng
# hợp, báo cáo Thủ tướng Chính phủ trước ngày 31/12" in the ministry's own letter: its own work after.
def test_the_issuers_own_work_the_reports_are_sent_for():
    letter = LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "BỘ TÀI CHÍNH").replace("902/UBND-KT", "902/BTC-QLCS") \
        .replace("- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.", "- UBND tỉnh Ninh Bình;\n- UBND tỉnh Hà Tĩnh.")
    body = ("Bộ Tài chính đề nghị Ủy ban nhân dân các tỉnh gửi báo cáo kết quả về Bộ Tài chính (qua Cục Quản lý công sản) "
            "chậm nhất ngày 15/12/2027 để Bộ Tài chính tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31/12/2027.\n")
    assert "2027-12-31" not in leads_by_date(letter + body)


# A commune's letter to its offices and hamlets: "Trưởng các xóm: A, B" each hamlet's head;
# "Chậm nhất ngày …, Tổ trưởng các tổ dân phố: A, B, C hoàn thành …" one task of each; "Các cơ quan,
# đơn vị, thôn nêu trên báo cáo …" after an item whose co-operator the letter does not address: every
# addressee.
def test_a_communes_offices_and_hamlets():
    letter = ("ỦY BAN NHÂN DÂN\nXÃ ĐÌNH LẬP\nSố: 145/UBND-KT\nV/v tiêm phòng\nĐình Lập, ngày 03 tháng 3 năm 2027\n"
              "Kính gửi:\n- Phòng Kinh tế xã;\n- Trưởng các thôn: Bản Lải, Khe Mò.\n")
    body = ("UBND xã đề nghị các cơ quan, đơn vị, thôn thực hiện các nội dung sau:\n"
            "1. Phòng Kinh tế xã xây dựng lịch tiêm phòng, trình UBND xã trước ngày 09/3/2027.\n"
            "2. Trưởng các xóm: Bản Giốc, Khưa Táng vận động hộ dân chỉnh trang nhà ở trong Quý III/2027.\n"
            "3. Chậm nhất ngày 20/5/2027, Tổ trưởng các tổ dân phố: Nà Cạn, Khau Cút hoàn thành lập danh sách người dân.\n"
            "4. Riêng Trưởng thôn Khe Mò phối hợp với Công an xã lập chốt kiểm soát, hoàn thành trong ngày 06/3/2027.\n"
            "Các cơ quan, đơn vị, thôn nêu trên báo cáo kết quả thực hiện về UBND xã trước ngày 05/5/2027.\n")
    got = leads_by_date(letter + body)
    assert got["2027-09-30"] == {"Trưởng xóm Bản Giốc", "Trưởng xóm Khưa Táng"}
    assert got["2027-05-20"] == {"Tổ trưởng tổ dân phố Nà Cạn", "Tổ trưởng tổ dân phố Khau Cút"}
    closing = ("UBND xã đề nghị các cơ quan, đơn vị, thôn thực hiện các nội dung sau:\n"
               "1. Phòng Kinh tế xã xây dựng lịch tiêm phòng, trình UBND xã trước ngày 09/3/2027.\n"
               "2. Trưởng các thôn: Bản Lải, Khe Mò thống kê tổng đàn vật nuôi, gửi Phòng Kinh tế xã trước ngày 12/3/2027.\n"
               "3. Riêng Trưởng thôn Khe Mò phối hợp với Công an xã lập chốt kiểm soát, hoàn thành trong ngày 06/3/2027.\n"
               "Các cơ quan, đơn vị, thôn nêu trên báo cáo kết quả thực hiện về UBND xã trước ngày 05/5/2027.\n")
    assert leads_by_date(letter + closing)["2027-05-05"] == {"Phòng Kinh tế xã", "Trưởng thôn Bản Lải", "Trưởng thôn Khe Mò"}


# A table laid out in columns (pdftotext -layout) whose header names the work each row is about
# ("| TT | Công trình | Nội dung cần hoàn thành | Đơn vị chủ trì | Thời hạn |"): the work before the
# task's words, the lead and the time of each row.
def test_a_layout_table_with_a_column_of_works():
    body = ("1. Tiến độ các công trình\n"
            " TT  Công trình           Nội dung cần hoàn thành          Đơn vị chủ trì          Thời hạn\n"
            " 1   Cầu Mỹ An            Hoàn thành thi công trụ T3,      Sở Xây dựng             Trước ngày 31/10/\n"
            "     (ĐT.902)             T4 và lao lắp dầm nhịp chính                             2027\n"
            " 2   Cầu kênh Xáng        Bàn giao mặt bằng đường dẫn      UBND xã Gia Viễn        Chậm nhất ngày\n"
            "     Ngang                phía bờ Nam                                              31/5/2027\n"
            "2. Sở Tài chính tham mưu điều chuyển vốn, trình UBND tỉnh trước ngày 15/5/2027.\n")
    n = parse_notice(LETTER + body)
    got = {(t.lead[0].name, t.deadline.date.isoformat()): t.text for t in n.tasks if t.deadline and t.deadline.date}
    assert got[("Sở Xây dựng", "2027-10-31")].startswith("Cầu Mỹ An (ĐT.902): Hoàn thành thi công trụ T3")
    assert ("UBND xã Gia Viễn", "2027-05-31") in got and ("Sở Tài chính", "2027-05-15") in got


# "3. Các cơ quan, đơn vị dự toán cấp tỉnh:" over dashes: the budget-holding units as written (not
# "Các cơ quan, đơn vị", the letter's addressees).
def test_budget_holding_units_as_written():
    body = ("3. Các cơ quan, đơn vị dự toán cấp tỉnh:\n- Lập báo cáo quyết toán năm 2026, gửi Sở Tài chính trước ngày 30/4/2027.\n")
    assert leads_by_date(LETTER + body) == {"2027-04-30": {"Các cơ quan, đơn vị dự toán cấp tỉnh"}}


# "4. Các đơn vị nêu trên báo cáo … trước …" right after a table, followed only by "Trong quá trình
# thực hiện, nếu có vướng mắc, đề nghị liên hệ …": it closes the letter, every addressee reports.
def test_a_closing_before_the_words_on_difficulties():
    letter = LETTER.replace("- UBND các xã: Gia Viễn, Nho Quan.", "- UBND các xã: Gia Viễn, Nho Quan;\n- Công ty TNHH Vạn Phúc.")
    body = ("1. Đối với Công ty TNHH Vạn Phúc\n- Đăng ký danh mục hàng bình ổn, gửi về Sở Công Thương chậm nhất ngày 30/3/2027.\n"
            "2. Sở Tài chính bố trí kinh phí trước ngày 05/4/2027.\n3. Phân công nhiệm vụ tại các chợ\n\n"
            "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Sắp xếp khu kinh doanh hàng Tết | UBND xã Gia Viễn | Trước ngày 15/4/2027 |\n"
            "| 2 | Rà soát phương án phòng cháy | Sở Xây dựng | Trước ngày 25/4/2027 |\n\n"
            "4. Các đơn vị nêu trên báo cáo tổng kết về Sở Công Thương trước 16 giờ ngày 12/5/2027.\n\n"
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Sở Công Thương để được hướng dẫn./.\n")
    assert leads_by_date(letter + body)["2027-05-12"] == {"Sở Xây dựng", "Sở Tài chính", "UBND xã Gia Viễn", "UBND xã Nho Quan",
                                                          "Công ty TNHH Vạn Phúc"}


# "4. Các đơn vị, địa phương nêu trên báo cáo …" after an item whose dashes name other bodies, with
# only the issuer's own plan after it ("Sở … sẽ kiểm tra …, dự kiến …"): every addressee, the units
# and the localities alike.
def test_a_closing_item_before_the_issuers_own_plan():
    letter = SCHOOLS_LETTER
    body = ("Sở Giáo dục và Đào tạo đề nghị:\n"
            "1. Đối với các trường PTDTBT THCS\n- Lập danh sách học sinh chưa ra lớp, gửi về Sở trước ngày 10/10/2026.\n"
            "2. Trường Phổ thông Dân tộc nội trú tỉnh rà soát hồ sơ học sinh, hoàn thành trong tháng 10/2026.\n"
            "3. Đề nghị UBND các xã: Đồng Văn, Mèo Vạc\n"
            "- Chỉ đạo Ban Chỉ đạo phổ cập giáo dục xã, trưởng thôn vận động học sinh trở lại lớp chậm nhất ngày 31/10/2026.\n"
            "4. Các đơn vị, địa phương nêu trên báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/11/2026.\n"
            "Sở Giáo dục và Đào tạo sẽ kiểm tra công tác bán trú tại một số trường, dự kiến trong tháng 11/2026.\n")
    assert leads_by_date(letter + body)["2026-11-15"] == {
        "UBND xã Đồng Văn", "UBND xã Mèo Vạc", "Các trường PTDTBT THCS", "Trường Phổ thông Dân tộc nội trú tỉnh"}


SCHOOLS_LETTER = ("UBND TỈNH TUYÊN QUANG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2418/SGDĐT-GDTrH\nV/v duy trì sĩ số học sinh\n"
                  "Tuyên Quang, ngày 25 tháng 9 năm 2026\nKính gửi:\n- UBND các xã: Đồng Văn, Mèo Vạc;\n"
                  "- Các trường PTDTBT THCS;\n- Trường Phổ thông Dân tộc nội trú tỉnh.\n")


# A ward's letter to the heads of its residential groups by number ("Tổ trưởng các tổ dân phố số 12,
# 15 và 21"), and to the vice-chair in charge of a field ("Giao đồng chí Phó Chủ tịch UBND phường phụ
# trách văn hóa - xã hội chỉ đạo …"): each head, and the vice-chair as written.
def test_numbered_groups_and_a_vice_chair_in_charge():
    letter = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀNG MAI\nSố: 512/UBND-KT\nV/v ứng phó mưa lớn\nHoàng Mai, ngày 22 tháng 9 năm 2026\n"
              "Kính gửi:\n- Công an phường;\n- Tổ trưởng các tổ dân phố số 12, 15 và 21.\n")
    body = ("1. Công an phường bố trí lực lượng trực 24/24 giờ, báo cáo trước ngày 25/9/2026.\n"
            "2. Tổ trưởng các tổ dân phố số 12, 15 và 21 rà soát các hộ có người cao tuổi, xong trước ngày 24/9/2026.\n"
            "3. Giao đồng chí Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội chỉ đạo, kiểm tra, báo cáo Chủ tịch "
            "UBND phường trước ngày 30/9/2026.\n")
    got = leads_by_date(letter + body)
    assert got["2026-09-24"] == {"Tổ trưởng tổ dân phố số 12", "Tổ trưởng tổ dân phố số 15", "Tổ trưởng tổ dân phố số 21"}
    assert got["2026-09-30"] == {"Phó Chủ tịch UBND phường phụ trách văn hóa - xã hội"}


# "Công ty Cổ phần Đầu tư Nhà ở …", "Tiểu ban Nội dung - Chương trình": "ở" and "trình" inside a
# name; "Báo … Huế tường thuật …": the press's verb ends its name.
def test_words_inside_names_and_the_verb_after_one():
    from tbkl_xl.parse.agencies import find_mentions
    assert [m.agency.name for m in find_mentions("Công ty Cổ phần Đầu tư Nhà ở Tam Hiệp Xanh hoàn thành cất nóc block A")] \
        == ["Công ty Cổ phần Đầu tư Nhà ở Tam Hiệp Xanh"]
    assert [m.agency.name for m in find_mentions("Tiểu ban Nội dung - Chương trình hoàn thiện kịch bản")] \
        == ["Tiểu ban Nội dung - Chương trình"]
    assert [m.agency.name for m in find_mentions("Báo và Phát thanh, Truyền hình Huế tường thuật trực tiếp")] \
        == ["Báo và Phát thanh, Truyền hình Huế"]


# A festival's plan: "… hoàn thành trước ngày khai mạc 10 ngày" counted back from the opening the
# preamble gives ("Festival … diễn ra từ ngày 10/12/2026 …, khai mạc vào 19 giờ 30 ngày 10/12/2026"; not
# the rehearsal "tổng duyệt chương trình Lễ khai mạc vào … ngày 08/12/2026"); "Các Tiểu ban: Lễ tân -
# Hậu cần, Tài chính báo cáo …" one sub-committee each; a programme "| Thời gian | Nội dung | Địa điểm |"
# no tasks.
def test_a_festivals_plan():
    head = ("BAN TỔ CHỨC FESTIVAL HOA ĐÀ LẠT\nSố: 12/KH-BTC\nLâm Đồng, ngày 01 tháng 10 năm 2026\nKẾ HOẠCH\n"
            "Phân công nhiệm vụ\nFestival lần thứ XI diễn ra từ ngày 10/12/2026 đến ngày 15/12/2026, khai mạc vào 19 giờ 30 "
            "ngày 10/12/2026 tại Quảng trường Lâm Viên. Trưởng Ban Tổ chức phân công nhiệm vụ như sau:\n")
    body = ("1. Tiểu ban Nội dung - Chương trình\n- Tổ chức tổng duyệt chương trình Lễ khai mạc vào 19 giờ 30 ngày 08/12/2026.\n"
            "2. Tiểu ban Lễ tân - Hậu cần\n- Lập danh sách, gửi giấy mời đại biểu trước ngày khai mạc 20 ngày.\n"
            "3. Chương trình chính:\n\n| Thời gian | Nội dung | Địa điểm |\n|---|---|---|\n"
            "| 20 giờ ngày 10/12/2026 | Lễ khai mạc | Quảng trường Lâm Viên |\n| Ngày 11/12/2026 | Hội chợ hoa | Hồ Xuân Hương |\n\n"
            "4. Các Tiểu ban: Lễ tân - Hậu cần, Tài chính báo cáo tổng kết, quyết toán kinh phí trước ngày 15/01/2027.\n")
    got = leads_by_date(head + body)
    assert got["2026-11-20"] == {"Tiểu ban Lễ tân - Hậu cần"}
    assert got["2027-01-15"] == {"Tiểu ban Lễ tân - Hậu cần", "Tiểu ban Tài chính"}
    assert "2026-12-10" not in got and "2026-12-11" not in got


# "~~trước ngày 30/6/2026~~ trong tháng 7/2026" in a draft with tracked changes: the struck words are
# deleted, the new ones stand.
def test_struck_out_words_of_a_draft_are_deleted():
    body = ("1. Sở Xây dựng rà soát phòng học xuống cấp, hoàn thành ~~trước ngày 30/6/2026~~ trong tháng 7/2026.\n"
            "2. ~~Sở Tài chính tổ chức hội nghị tổng kết, hoàn thành trước ngày 20/6/2026.~~\n")
    assert leads_and_dates(LETTER.replace("2027", "2026") + body) == [(["Sở Xây dựng"], "2026-07-31")]


# A plan's table whose rows sit under a group row ("| **I** | **Sở Tài chính chủ trì** | | |") with an
# empty lead cell and a time that is no date ("Hằng năm", "Thường xuyên"): tasks of the group's body.
def test_undated_rows_under_a_group_row():
    table = ("UBND tỉnh ban hành Kế hoạch:\n"
             "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
             "| **I** | **Sở Tài chính chủ trì** | | | |\n| 1 | Nâng cấp nền tảng dữ liệu | | Công an tỉnh | Quý II/2027 |\n"
             "| 2 | Đánh giá mức độ chuyển đổi số | | Sở Nội vụ | Hằng năm |\n"
             "| 3 | Vận hành hệ thống thông tin | | Sở Xây dựng | Thường xuyên |\n")
    assert sorted(leads_and_dates(LETTER + table), key=str) == [(["Sở Tài chính"], "2027-06-30"), (["Sở Tài chính"], None),
                                                                (["Sở Tài chính"], None)]


# A telegram to "Chủ tịch UBND các xã, phường", an item "Riêng UBND xã Mẫu Sơn … phối hợp với Công an
# tỉnh …", then "Các cơ quan, đơn vị nêu trên báo cáo …": every body the telegram addresses.
def test_a_telegrams_closing_after_one_commune_set_apart():
    cd = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 15/CĐ-UBND\nLạng Sơn, ngày 14 tháng 12 năm 2026\nCÔNG ĐIỆN\n"
          "Về việc phòng, chống rét đậm, rét hại\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
          "- Giám đốc các Sở: Nông nghiệp và Môi trường, Y tế;\n- Chủ tịch UBND các xã, phường.\n"
          "Chủ tịch UBND tỉnh yêu cầu:\n1. Sở Nông nghiệp và Môi trường thống kê thiệt hại, báo cáo UBND tỉnh chậm nhất ngày 28/12/2026.\n"
          "2. Chủ tịch UBND các xã, phường:\n- Rà soát, hỗ trợ chăn ấm cho hộ nghèo, xong trước 17 giờ ngày 16/12/2026;\n"
          "- Riêng UBND xã Mẫu Sơn tạm dừng đưa du khách lên đỉnh núi; phối hợp với Công an tỉnh phân luồng giao thông.\n"
          "Các cơ quan, đơn vị nêu trên báo cáo tình hình triển khai về UBND tỉnh trước 16 giờ ngày 17/12/2026.\n")
    assert leads_by_date(cd)["2026-12-17"] == {"Sở Nông nghiệp và Môi trường", "Sở Y tế", "UBND các xã, phường"}


# "… báo cáo kết quả về Sở trước ngày 10/12 để Sở tổng hợp, báo cáo UBND tỉnh trước ngày 15/12" in a
# department's letter, "… về UBND phường (qua Phòng …) … để tổng hợp, báo cáo UBND tỉnh …" in a ward's:
# the issuer's own work after the reports.
def test_what_the_reports_to_the_issuer_are_for():
    letter = ("UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 88/SNNMT-KL\nV/v phòng cháy rừng\n"
              "Ninh Bình, ngày 11 tháng 3 năm 2027\nKính gửi:\n- Chi cục Kiểm lâm;\n- UBND các xã: Gia Viễn, Nho Quan.\n")
    body = ("Yêu cầu các đơn vị nêu trên báo cáo kết quả thực hiện về Sở trước ngày 10/12/2027 để Sở tổng hợp, "
            "báo cáo UBND tỉnh trước ngày 15/12/2027./.\n")
    assert "2027-12-15" not in leads_by_date(letter + body)


# "Công ty Cổ phần Logistics Sao Phương Nam (sau đây gọi là Công ty)" then "Công ty tự bố trí kinh phí
# …, hoàn thành trong Quý IV/2026": the short name the letter gives the firm (no "tắt" needed).
def test_a_short_name_defined_without_tat():
    letter = LETTER.replace("- UBND các xã: Gia Viễn, Nho Quan.", "- Công ty Cổ phần Logistics Sao Phương Nam.")
    body = ("Xét Văn bản số 26/CV-SPN của Công ty Cổ phần Logistics Sao Phương Nam (sau đây gọi là Công ty) kiến nghị "
            "tháo gỡ khó khăn, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
            "1. Giao Sở Xây dựng thỏa thuận phương án đấu nối, hoàn thành chậm nhất ngày 30/6/2027. Công ty tự bố trí kinh "
            "phí xây dựng nút giao, hoàn thành trong Quý IV/2027.\n")
    assert leads_by_date(letter + body) == {"2027-06-30": {"Sở Xây dựng"},
                                           "2027-12-31": {"Công ty Cổ phần Logistics Sao Phương Nam"}}


# "| STT | Doanh nghiệp | Nội dung | Thời hạn |" laid out in columns: each firm leads its row.
def test_a_table_of_firms():
    body = ("1. Các doanh nghiệp thực hiện các nội dung sau:\n"
            " STT    Doanh nghiệp                  Nội dung                                     Thời hạn\n"
            " 1      Công ty TNHH Kỹ thuật         Hoàn thành xây dựng nhà xưởng, lắp đặt        Trước ngày\n"
            "        Điện tử Minh Việt             máy móc, đưa dự án vào hoạt động              30/9/2027\n"
            " 2      Công ty TNHH Bao bì           Khởi công xây dựng nhà máy giai đoạn 2        Quý III/2027\n"
            "        Thành Đạt Phú\n"
            "2. Sở Xây dựng kiểm tra tiến độ, báo cáo UBND tỉnh trước ngày 15/10/2027.\n")
    assert leads_by_date(LETTER + body) == {"2027-09-30": {"Công ty TNHH Kỹ thuật Điện tử Minh Việt", "Công ty TNHH Bao bì Thành Đạt Phú"},
                                           "2027-10-15": {"Sở Xây dựng"}}


# A draft's reader's note in square brackets after a dash ("… trong Quý I/2027. [Sở Xây dựng: đề nghị
# thống nhất mốc này …]"): the dash's task stands; a body's proposals under "2. Đề xuất của Sở Y tế:" in
# an office's submission slip are no tasks (the leader's opinion after it gives them).
def test_a_drafts_notes_and_a_proposal_put_to_the_leader():
    body = ("2. UBND các xã: Gia Viễn, Nho Quan\n- Hoàn thành dựng lại nhà cho các hộ bị sập trong Quý I/2028. "
            "[Sở Xây dựng: đề nghị thống nhất mốc này với Chương trình Mái ấm]\n")
    assert leads_by_date(LETTER + body) == {"2028-03-31": {"UBND xã Gia Viễn", "UBND xã Nho Quan"}}
    slip = ("UBND TỈNH PHÚ THỌ\nVĂN PHÒNG\nSố: 412/PTr-VP\nPhú Thọ, ngày 16 tháng 3 năm 2027\nPHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\n"
            "V/v đề xuất của Sở Y tế về nâng cấp trạm y tế\n1. Nội dung trình: Tờ trình số 188/TTr-SYT của Sở Y tế.\n"
            "2. Đề xuất của Sở Y tế:\n- Giao Sở Y tế làm chủ đầu tư, lập báo cáo kinh tế - kỹ thuật, hoàn thành trong tháng 5/2027;\n"
            "- Giao Sở Tài chính bố trí vốn trong Quý III/2027.\n3. Ý kiến của Văn phòng: đề nghị thực hiện trước 16 trạm.\n"
            "Ý KIẾN CHỈ ĐẠO CỦA CHỦ TỊCH UBND TỈNH:\n"
            "Giao Sở Y tế lập báo cáo kinh tế - kỹ thuật cho 16 trạm, hoàn thành trước ngày 15/5/2027.\n")
    assert leads_by_date(slip) == {"2027-05-15": {"Sở Y tế"}}


# "Chủ tịch UBND tỉnh sẽ kiểm tra thực tế công tác chống hạn, mặn tại xã A trong tháng 5/2027." after a
# table: the leader's own plan (a comma before its time), no task of the table's last body.
def test_the_leaders_own_plan_after_its_commas():
    body = ("| 1. | Sở Xây dựng bơm trữ nước ngọt, hoàn thành trước ngày 30/3/2027. |\n"
            "| 2. | Đề nghị Đài Khí tượng thủy văn tỉnh tăng tần suất bản tin dự báo. |\n|\n"
            "Chủ tịch UBND tỉnh sẽ kiểm tra thực tế công tác chống hạn, mặn tại xã Gia Viễn trong tháng 5/2027.\n")
    assert "2027-05-31" not in leads_by_date(LETTER + body)


# A table's lead cell "Các doanh nghiệp nêu trên" in a letter to three firms: each firm.
def test_a_lead_cell_naming_the_bodies_above():
    letter = LETTER.replace("- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.",
                            "- Công ty TNHH Logistics Bảo Lâm;\n- Công ty TNHH Thương mại Na Hình.")
    body = ("Ban Quản lý yêu cầu các doanh nghiệp:\n1. Công ty TNHH Logistics Bảo Lâm chấm dứt để xe đỗ trên lề đường.\n"
            "2. Các nội dung chung:\n\n| STT | Nội dung | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Kết nối dữ liệu camera giám sát | Các doanh nghiệp nêu trên | Trước ngày 15/9/2027 |\n")
    assert leads_by_date(letter + body)["2027-09-15"] == {"Công ty TNHH Logistics Bảo Lâm", "Công ty TNHH Thương mại Na Hình"}


# A commune's council asks its committee by level alone ("Đề nghị UBND xã:" in a notice of "HỘI ĐỒNG
# NHÂN DÂN XÃ CHỢ MỚI"): the committee of that commune.
def test_a_communes_council_asking_its_committee():
    notice = ("HỘI ĐỒNG NHÂN DÂN\nXÃ CHỢ MỚI\nSố: 25/TB-HĐND\nChợ Mới, ngày 20 tháng 7 năm 2026\nTHÔNG BÁO\n"
              "Kết quả giám sát việc giải quyết kiến nghị cử tri\n"
              "Thường trực HĐND xã đề nghị:\n1. Đề nghị UBND xã:\n"
              "a) Trả lời cử tri bằng văn bản các kiến nghị còn tồn đọng trước ngày 31/10/2026.\n")
    assert leads_and_dates(notice) == [(["UBND xã Chợ Mới"], "2026-10-31")]


# Items marked "(1) Sở X:" over "i) …", "ii) …", "iii) …" (inside "2. …" too): each bracketed item
# names the lead of the roman items under it.
def test_bracketed_items_over_roman_ones():
    body = ("2. Các cơ quan, đơn vị, địa phương tập trung thực hiện các nhiệm vụ sau:\n(1) Sở Xây dựng:\n"
            "i) rà soát các công trình, hoàn thành trước ngày 30/4/2027;\nii) báo cáo UBND tỉnh trước ngày 15/5/2027.\n"
            "(2) UBND các xã: Gia Viễn, Nho Quan:\ni) di dời các hộ dân trước ngày 20/4/2027.\n")
    assert leads_by_date(LETTER + body) == {"2027-04-30": {"Sở Xây dựng"}, "2027-05-15": {"Sở Xây dựng"},
                                           "2027-04-20": {"UBND xã Gia Viễn", "UBND xã Nho Quan"}}


# A commune's Party committee notice: "2.1. UBND xã:" over dashes (its own commune's committee); the
# Party's bodies as written ("Các đảng bộ trực thuộc Tỉnh ủy", "Các ban đảng Tỉnh ủy", "Các chi bộ ấp:
# Phước Yên, Long Hòa" one cell each).
def test_a_party_committees_notice():
    notice = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY XÃ ĐỒNG ĐĂNG\nSố 112-TB/ĐU\nĐồng Đăng, ngày 10 tháng 7 năm 2026\n"
              "THÔNG BÁO\nKết luận của Ban Thường vụ Đảng ủy xã\nBan Thường vụ Đảng ủy xã kết luận:\n"
              "2.1. UBND xã:\n- Hoàn thành giải phóng mặt bằng khu tái định cư trước ngày 30/9/2026.\n"
              "2.2. Các chi bộ thôn: Nà Sầm, Bản Quyền lãnh đạo vận động nhân dân hiến đất trong tháng 8/2026.\n")
    got = leads_by_date(notice)
    assert got["2026-09-30"] == {"UBND xã Đồng Đăng"}
    assert got["2026-08-31"] == {"Chi bộ thôn Nà Sầm", "Chi bộ thôn Bản Quyền"}
    from tbkl_xl.parse.agencies import find_mentions
    assert [m.agency.name for m in find_mentions("Các đảng bộ trực thuộc Tỉnh ủy lãnh đạo")] == ["Các đảng bộ trực thuộc Tỉnh ủy"]
    assert [m.agency.name for m in find_mentions("Các ban đảng Tỉnh ủy tham mưu")] == ["Các ban đảng Tỉnh ủy"]


# "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị nêu trên thực hiện; kết quả thực hiện báo cáo
# … trước ngày …" ("biết," left out): the bodies told, not the Office; "Trung tâm Dịch vụ tổng hợp xã"
# a whole name.
def test_the_office_telling_the_bodies_to_act():
    letter = LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH", "UBND TỈNH NINH BÌNH\nVĂN PHÒNG").replace("902/UBND-KT", "902/VP-KT")
    body = ("Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Sở Xây dựng rà soát hồ sơ trong tháng 5/2027.\n"
            "2. UBND các xã: Gia Viễn, Nho Quan hoàn thành giao khoán rừng trước ngày 30/6/2027.\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị nêu trên thực hiện; kết quả thực hiện báo cáo "
            "UBND tỉnh trước ngày 15/10/2027./.\n")
    assert leads_by_date(letter + body)["2027-10-15"] == {"Sở Xây dựng", "UBND xã Gia Viễn", "UBND xã Nho Quan"}
    from tbkl_xl.parse.agencies import find_mentions
    assert [m.agency.name for m in find_mentions("Trung tâm Dịch vụ tổng hợp xã tổ chức 04 lớp tập huấn")] \
        == ["Trung tâm Dịch vụ tổng hợp xã"]



# "**2. Các doanh nghiệp viễn thông: Viễn thông Nghệ An (VNPT Nghệ An), Viettel Nghệ An**" over dashes:
# the firms the heading lists lead them (not the short name in brackets).
def test_a_heading_listing_a_groups_members():
    body = ("**2. Các doanh nghiệp viễn thông: Viễn thông Nghệ An (VNPT Nghệ An), Viettel Nghệ An**\n\n"
            "- Hoàn thành phủ sóng di động 4G tại 42 thôn, bản trước ngày 30/9/2027.\n")
    assert leads_by_date(LETTER + body) == {"2027-09-30": {"Viễn thông Nghệ An", "Viettel Nghệ An"}}


# Items boxed as rows of two cells with a bullet in the first ("| – | … chậm nhất ngày |" / "|  |
# 03/6/2027; |"): the item and its words going on in the next row.
def test_bullet_items_boxed_in_rows():
    body = ("| 1. | Sở Xây dựng: |\n| – | Ra quân lập lại trật tự vỉa hè, hoàn thành chậm nhất ngày |\n|  | 03/6/2027; |\n"
            "| – | Lắp đặt biển báo trước ngày 15/6/2027. |\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-06-03"), (["Sở Xây dựng"], "2027-06-15")]
