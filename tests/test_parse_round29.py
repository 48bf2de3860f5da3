"""Round 29 (issue 11's twenty-eighth round in the README): forms found misread on the invented
sets ZZZZZZZY … ZZZZZZZZF (reminders about overdue tasks, public investment, year-end and Tết
letters, commune documents), one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import has, leads_and_dates, leads_by_date

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
