"""Round 22 (issue 11's twenty-first round in the README): forms found misread on the invented
sets ZZZP … ZZZU and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import leads_by_date
from tbkl_xl.parse.deadlines import find_deadlines

NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 61/TB-UBND\nHà Nam, ngày 14 tháng 9 năm 2027\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n"
    "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n")


# The time allowed for each file or step ("không quá 10 ngày làm việc đối với mỗi hồ sơ", "giải
# quyết thủ tục giao đất … không quá 05 ngày làm việc"), how long an activity lasts ("thời gian
# kiểm tra … không quá 15 ngày") and a period after each round ("sau mỗi đợt kiểm tra") are no
# limit counted from the notice's day; a report "trong 10 ngày" still is.
def test_a_period_for_each_case_is_no_date():
    nd = date(2027, 9, 14)
    for sentence in ("Rút ngắn thời gian cấp giấy chứng nhận, bảo đảm không quá 10 ngày làm việc đối với mỗi hồ sơ.",
                     "Sở Xây dựng giải quyết thủ tục thẩm định dự án, giao đất không quá 05 ngày làm việc.",
                     "Kho bạc Nhà nước kiểm soát, thanh toán kịp thời hồ sơ của chủ đầu tư trong 01 ngày làm việc.",
                     "Thời gian kiểm tra tại cơ sở không quá 15 ngày.",
                     "Gửi kết quả về Sở Tài chính trong thời hạn 05 ngày làm việc sau mỗi đợt kiểm tra."):
        got = find_deadlines(sentence, nd)
        assert [d.date for d in got] == [None], sentence
        assert got[0].note, sentence
    assert [d.date for d in find_deadlines("Sở Tài chính tổng hợp, báo cáo UBND tỉnh trong 10 ngày.", nd)] \
        == [date(2027, 9, 24)]
    body = ("1. Sở Xây dựng giải quyết thủ tục thẩm định dự án không quá 05 ngày làm việc; báo cáo "
            "UBND tỉnh kết quả trước ngày 30/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {None: {"Sở Xây dựng"}, "2027-10-30": {"Sở Xây dựng"}}


PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 612/QĐ-UBND\nLâm Đồng, ngày 10 tháng 3 năm 2027\n"
        "KẾ HOẠCH\nTổ chức Tuần lễ văn hóa trà năm 2027\nII. NHIỆM VỤ CỤ THỂ\n")


# A plan's field lines without a full stop: "- Thời hạn: Quý III/2027" is the task's time limit, no
# heading of its own; "Thời hạn: …" on the line after "Cơ quan chủ trì: Sở X" is a line of its own,
# not the end of the lead's name; in "Thời gian: xong trước mùa mưa; bố trí chỗ ở tạm trong tháng 5"
# the yearless month is a time limit too.
def test_field_lines_without_a_full_stop_close_their_task():
    dashed = ("1. Xây dựng chương trình tổng thể\n- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch\n"
              "- Thời hạn: Quý III/2027\n2. Lựa chọn đơn vị tổ chức sự kiện\n- Cơ quan chủ trì: Sở Tài chính\n")
    assert leads_by_date(PLAN + dashed) == {"2027-09-30": {"Sở Văn hóa, Thể thao và Du lịch"},
                                            None: {"Sở Tài chính"}}
    bare = ("1. Rà soát, cập nhật bản đồ các điểm có nguy cơ sạt lở, cắm biển cảnh báo\n"
            "Cơ quan thực hiện: Sở Xây dựng\nThời gian: hoàn thành trước ngày 15/5\n"
            "2. Di dời khẩn cấp 126 hộ dân ra khỏi vùng có nguy cơ sạt lở cao\n"
            "Cơ quan chủ trì: Sở Nông nghiệp và Môi trường\nCơ quan phối hợp: Sở Tài chính\n"
            "Thời gian: xong trước mùa mưa; bố trí chỗ ở tạm cho các hộ trong tháng 5\n")
    assert leads_by_date(PLAN + bare) == {"2027-05-15": {"Sở Xây dựng"},
                                          "2027-05-31": {"Sở Nông nghiệp và Môi trường"}}


REPORT = ("UBND TỈNH LẠNG SƠN\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 412/BC-SNNMT\nLạng Sơn, ngày 02 tháng 4 năm 2027\n"
          "BÁO CÁO\nKết quả thực hiện nhiệm vụ UBND tỉnh giao Quý I năm 2027\n"
          "II. NHIỆM VỤ CHƯA HOÀN THÀNH, ĐỀ XUẤT THỜI HẠN MỚI\n")


# A report's table of unfinished tasks: "Đề xuất thời hạn mới" after "Thời hạn giao", "Hạn mới"
# after "Hạn cũ" — the new limit is the time limit, the old one a note.
def test_a_new_limits_column_replaces_the_given_one():
    md = ("| STT | Nội dung nhiệm vụ | Thời hạn giao | Đơn vị thực hiện | Đề xuất thời hạn mới |\n"
          "|---|---|---|---|---|\n"
          "| 1 | Cập nhật bảng giá đất điều chỉnh | 15/3/2027 | Phòng Quản lý đất đai | 30/4/2027 |\n"
          "| 2 | Rà soát hiện trạng các hồ chứa nước | Quý I/2027 | Chi cục Thủy lợi | Tháng 5/2027 |\n")
    assert leads_by_date(REPORT + md) == {"2027-04-30": {"Phòng Quản lý đất đai"}, "2027-05-31": {"Chi cục Thủy lợi"}}
    layout = ("  TT   Nhiệm vụ                           Cơ quan chủ trì       Hạn cũ        Hạn mới\n"
              "  1    Trình phê duyệt Quy hoạch chung    Sở Xây dựng           30/3/2027     Trước ngày\n"
              "       đô thị Na Sầm                                                          30/6/2027\n"
              "  2    Thanh lý tài sản công dôi dư sau   Sở Tài chính          31/3/2027     Trước 15/7\n"
              "       sắp xếp\n"
              "      III. NHIỆM VỤ QUÝ II/2027\n"
              "      1. Sở Nội vụ trình UBND tỉnh quy chế đánh giá trước ngày 30/5/2027.\n")
    assert leads_by_date(REPORT + layout) == {"2027-06-30": {"Sở Xây dựng"}, "2027-07-15": {"Sở Tài chính"},
                                              "2027-05-30": {"Sở Nội vụ"}}


# A plain-text table with bars only between its cells and a "----+----" rule under the header,
# each cell wrapped on the rows below ("     | hành chính …   |      |"): one task per numbered row.
def test_a_text_table_with_a_plus_rule():
    table = ("PHỤ LỤC\n"
             " STT | Nhiệm vụ                     | Cơ quan chủ trì    | Cơ quan phối hợp  | Thời gian\n"
             " ----+------------------------------+--------------------+-------------------+------------\n"
             " 1   | Rà soát, cắt giảm thủ tục    | Sở Tài chính       | Các sở, ngành     | Quý II/2027\n"
             "     | hành chính lĩnh vực đầu tư   |                    |                   |\n"
             " 2   | Công khai quy hoạch sử dụng  | Sở Nông nghiệp và  | UBND các xã,      | Trước\n"
             "     | đất, bảng giá đất năm 2027   | Môi trường         | phường            | 30/6/2027\n")
    assert leads_by_date(PLAN + table) == {"2027-06-30": {"Sở Tài chính", "Sở Nông nghiệp và Môi trường"}}


# Teams and councils outside any directory lead the tasks given to them: "Tổ công tác" alone or with
# its kind ("giúp việc", "liên ngành …"), "Hội đồng thẩm định giá đất tỉnh" (named in lower case).
def test_teams_and_councils_are_bodies():
    body = ("1. Giao Tổ công tác giúp việc rà soát pháp lý 14 dự án, hoàn thành trước ngày 28/9/2027.\n"
            "2. Hội đồng thẩm định giá đất tỉnh thẩm định giá đất cụ thể các dự án, xong trước 30/10/2027.\n"
            "3. Tổ công tác liên ngành hỗ trợ nhà đầu tư kiểm tra hiện trường dự án trước ngày 13/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-09-28": {"Tổ công tác giúp việc"},
                                            "2027-10-30": {"Hội đồng thẩm định giá đất tỉnh"},
                                            "2027-10-13": {"Tổ công tác liên ngành"}}


MINISTRY = ("BỘ CÔNG THƯƠNG\nSố: 7455/BCT-XNK\nHà Nội, ngày 18 tháng 11 năm 2027\n"
            "V/v bảo đảm thông quan nông sản qua cửa khẩu\n")


# A ministry's letter "Kính gửi: Ủy ban nhân dân các tỉnh: Lạng Sơn, Cao Bằng" asking "Ủy ban nhân dân
# các tỉnh" to act: each province the letter names.
def test_the_provinces_a_letter_names_lead_its_requests():
    text = (MINISTRY + "Kính gửi: Ủy ban nhân dân các tỉnh: Lạng Sơn, Cao Bằng.\n"
            "Bộ Công Thương đề nghị Ủy ban nhân dân các tỉnh:\n"
            "1. Chỉ đạo các lực lượng chức năng tại cửa khẩu xây dựng kịch bản điều tiết phương tiện, "
            "hoàn thành trước ngày 05/12/2027.\n")
    assert leads_by_date(text) == {"2027-12-05": {"UBND tỉnh Lạng Sơn", "UBND tỉnh Cao Bằng"}}


# "Kính gửi:" over addressees laid out in table cells ("| | - Các Bộ, cơ quan ngang Bộ; |"): the
# bodies, without the bars; "Các Bộ: A, B chưa ban hành … (thời hạn … là trước ngày …) khẩn trương
# ban hành": the ministries named, told what to do after what they have not done; "Đối với … theo
# Nghị định số … của Chính phủ, lập phương án …": the decree's issuer is no lead.
def test_a_government_letter_in_table_cells():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 10235/VPCP-TCCV\nHà Nội, ngày 01 tháng 12 năm 2027\n"
            "V/v tổng kết thực hiện phân cấp, phân quyền\nKính gửi:\n"
            "| | - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ; |\n"
            "| | - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. |\n"
            "Thủ tướng Chính phủ có ý kiến như sau:\n"
            "1. Các Bộ: Tài chính, Xây dựng chưa ban hành đầy đủ thông tư hướng dẫn (thời hạn ban hành theo "
            "Nghị định là trước ngày 01 tháng 9 năm 2026) khẩn trương ban hành, hoàn thành trước ngày 31/12/2027.\n"
            "2. Đối với các khoản vốn ứng trước phải thu hồi theo quy định tại Nghị định số 99/2025/NĐ-CP ngày "
            "15/4/2025 của Chính phủ, lập phương án thu hồi và gửi Bộ Tài chính trước ngày 15/01/2028.\n")
    assert leads_by_date(text) == {
        "2027-12-31": {"Bộ Tài chính", "Bộ Xây dựng"},
        "2028-01-15": {"Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                       "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}}


# A table's time cell naming a programme's years ("2026 - 2030") sets no time limit; two years
# ("2027 - 2028") still end with the last one.
def test_a_programme_period_in_a_time_cell():
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Nâng cấp nền tảng tích hợp, chia sẻ dữ liệu | Sở Khoa học và Công nghệ | 2027 - 2031 |\n"
             "| 2 | Đầu tư bãi đỗ xe tập trung | Sở Xây dựng | 2027 - 2028 |\n")
    assert leads_by_date(PLAN + table) == {None: {"Sở Khoa học và Công nghệ"}, "2028-12-31": {"Sở Xây dựng"}}


# A plan's fields written on the task's own line ("…; cơ quan chủ trì: Sở Y tế; thời hạn: tháng 01/2028.",
# a bold title then "Cơ quan chủ trì: …") lead and date that task, as fields on lines of their own
# do; a field inside a bracket ("(Sở X chủ trì, …; thời gian: Quý III/2027)") stays in its bracket.
# "Các cơ quan chủ trì báo cáo …" is the plan's lead bodies, not "Các cơ quan".
def test_fields_on_the_task_line():
    plan = PLAN.replace("10 tháng 3 năm 2027", "26 tháng 12 năm 2027")
    body = ("1. Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh; cơ quan chủ trì: Sở Y tế; "
            "thời hạn: tháng 01/2028.\n"
            "**2. Trực cháy 24/24 giờ trong thời kỳ cao điểm** Cơ quan chủ trì: Chi cục Kiểm lâm; thời hạn: "
            "Quý II/2028.\n"
            "a) Lập bản đồ phân vùng nguy cơ sạt lở đất (Sở Xây dựng chủ trì, Sở Tài chính phối hợp; thời gian: "
            "Quý III/2028).\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan chủ trì báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 10/12/2028.\n")
    assert leads_by_date(plan + body) == {"2028-01-31": {"Sở Y tế"}, "2028-06-30": {"Chi cục Kiểm lâm"},
                                          "2028-09-30": {"Sở Xây dựng"}, "2028-12-10": {"Các cơ quan chủ trì"}}


# A department's letter citing the province's document with the province's order in a bracket
# ("Thực hiện Kế hoạch số 402/KH-UBND … của UBND tỉnh (UBND tỉnh giao Sở Nội vụ trình … trước ngày
# 30/6/2027); Sở Nội vụ đề nghị UBND các xã …"): the bracket reports the cited order, no task.
def test_a_cited_order_in_a_bracket_is_no_task():
    text = ("UBND TỈNH PHÚ THỌ\nSỞ NỘI VỤ\nSố: 88/SNV-XDCQ\nPhú Thọ, ngày 04 tháng 3 năm 2027\n"
            "V/v sắp xếp thôn, tổ dân phố\nKính gửi: UBND các xã, phường trên địa bàn tỉnh.\n"
            "Thực hiện Kế hoạch số 402/KH-UBND ngày 31/12/2026 của UBND tỉnh về sắp xếp thôn, tổ dân phố "
            "(UBND tỉnh giao Sở Nội vụ trình phương án tổng thể trước ngày 30/6/2027); Sở Nội vụ đề nghị "
            "UBND các xã, phường thực hiện:\n"
            "1. Rà soát các thôn chưa đạt tiêu chuẩn, gửi Sở trước ngày 15/4/2027.\n")
    assert leads_by_date(text) == {"2027-04-15": {"UBND các xã, phường"}}


# A table of bodies and limits with no task column ("| STT | Đơn vị | Diện tích còn lại (ha) | Thời
# hạn bàn giao mặt bằng |") under "… hoàn thành bàn giao mặt bằng theo thời hạn tại bảng sau:": each
# row's task is that sentence, with the row's body and its cells after it.
def test_a_table_without_task_words_takes_the_sentence_before_it():
    body = ("1. Các xã tập trung cao độ, hoàn thành bàn giao mặt bằng theo thời hạn tại bảng sau:\n"
            "| STT | Đơn vị | Diện tích còn lại (ha) | Thời hạn bàn giao mặt bằng |\n|---|---|---|---|\n"
            "| 1 | UBND xã Văn Bàn | 14,2 | Trước ngày 15/10/2027 |\n")
    from tbkl_xl.parse import parse_notice
    tasks = parse_notice(NOTICE + body).tasks
    assert [(t.lead[0].name, str(t.deadline.date), t.text) for t in tasks] == [
        ("UBND xã Văn Bàn", "2027-10-15",
         "Các xã tập trung cao độ, hoàn thành bàn giao mặt bằng theo thời hạn tại bảng sau – UBND xã Văn Bàn: 14,2")]


# A table laid out in columns (pdftotext -layout) with a dashed rule under its header: the rule is
# no footnote rule, each numbered row a task; a part's heading after it ends it.
def test_a_layout_table_with_a_rule_under_its_header():
    table = ("  STT  Nhiệm vụ                               Cơ quan chủ trì      Cơ quan phối hợp    Thời hạn\n"
             "  ---------------------------------------------------------------------------------------------\n"
             "  1    Hoàn thành bồi thường, bàn giao 5,4%   UBND các xã: Bến     Sở Nông nghiệp và   Trước ngày\n"
             "       mặt bằng còn lại dự án cao tốc         Cầu, Trảng Bàng      Môi trường          30/11/2027\n"
             "  2    Thẩm định, trình phê duyệt điều chỉnh  Sở Xây dựng          Sở Tài chính        Tháng 12/2027\n"
             "       quy hoạch chung Khu kinh tế\n")
    assert leads_by_date(NOTICE + table) == {"2027-11-30": {"UBND xã Bến Cầu", "UBND xã Trảng Bàng"},
                                             "2027-12-31": {"Sở Xây dựng"}}


# Units named without "UBND" opening an item ("Đặc khu Phú Quốc, đặc khu Kiên Hải báo cáo …") are
# their People's Committees, each its own task; an airport's operator ("Cảng hàng không quốc tế Vân
# Đồn") is a body.
def test_bare_units_opening_an_item_and_an_airport():
    body = ("1. Đặc khu Phú Quốc, đặc khu Kiên Hải báo cáo bổ sung danh sách hộ nghèo trước ngày 15/10/2027.\n"
            "2. Đề nghị Cảng hàng không quốc tế Vân Đồn phối hợp với các hãng hàng không mở thêm đường bay.\n"
            "3. Xã Phú Bình có 120 hộ nghèo. Sở Y tế báo cáo trước ngày 20/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-10-15": {"UBND đặc khu Phú Quốc", "UBND đặc khu Kiên Hải"},
                                            None: {"Cảng hàng không quốc tế Vân Đồn"},
                                            "2027-10-20": {"Sở Y tế"}}
