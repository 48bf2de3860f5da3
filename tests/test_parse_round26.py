"""Round 26 (issue 11's twenty-fifth round in the README): forms found misread on the invented
sets ZZZZZT … and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date

from tbkl_xl.parse import parse_notice

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 318/TB-UBND\nHà Tĩnh, ngày 06 tháng 5 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về chống ngập đô thị\n"
          "Ngày 29/4/2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận như sau:\n")
COMMUNE = ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| XÃ SƠN KIM | Độc lập - Tự do - Hạnh phúc |\n"
           "| Số: 402/UBND-VHXH | Sơn Kim, ngày 14 tháng 9 năm 2027 |\n| V/v rà soát hộ nghèo năm 2027 | |\n")


# "Trung tâm Kiểm định chất lượng xây dựng kiểm định hiện trạng …": the verb repeating the name's
# own field starts the task; the words before it, even one that is also a verb ("xây dựng"),
# are the name's.
def test_a_verb_repeating_the_names_field_ends_the_name():
    body = ("1. Trung tâm Kiểm định chất lượng xây dựng kiểm định hiện trạng tuyến cống hộp đường Trần Phú, "
            "hoàn thành trong tháng 5/2027.\n"
            "2. Trung tâm Quan trắc môi trường quan trắc chất lượng nước sông Rào Cái, báo cáo trước ngày 30/6/2027.\n"
            "3. Đề nghị Công ty cổ phần Cấp nước Hà Tĩnh ưu tiên cấp nước cho các khu dân cư bị ngập.\n")
    assert leads_and_dates(NOTICE + body) == [(["Trung tâm Kiểm định chất lượng xây dựng"], "2027-05-31"),
                                              (["Trung tâm Quan trắc môi trường"], "2027-06-30"),
                                              (["Công ty cổ phần Cấp nước Hà Tĩnh"], None)]


# "Kính gửi: - Trưởng các thôn: Kim Sơn, Kim Cương, Kim Hoa;" and then an item "Trưởng các thôn:"
# over its tasks: the three heads, one task each, as the letter listed them.
def test_a_group_named_bare_under_its_list_in_kinh_gui_is_that_list():
    body = ("Kính gửi:\n| | - Trưởng các thôn: Kim Sơn, Kim Cương, Kim Hoa; |\n| | - Công chức Văn hóa - Xã hội xã. |\n"
            "Chủ tịch UBND xã yêu cầu:\n"
            "| 1. | Trưởng các thôn: |\n"
            "| | - Tổ chức họp dân bình xét hộ nghèo, hoàn thành trước ngày 10/10/2027; |\n"
            "| 2. | Công chức Văn hóa - Xã hội xã tổng hợp danh sách, trình Chủ tịch UBND xã trước ngày 20/10/2027. |\n")
    assert leads_by_date(COMMUNE + body) == {
        "2027-10-10": {"Trưởng thôn Kim Sơn", "Trưởng thôn Kim Cương", "Trưởng thôn Kim Hoa"},
        "2027-10-20": {"Công chức Văn hóa - Xã hội"}}


# "Công chức Tư pháp - Hộ tịch xã rà soát …": a commune's officer named with its unit's level is
# the subject of the sentence (not "… xã Sơn Kim", a place, nor "xã hội").
def test_a_communes_officer_named_with_its_level_leads_the_sentence():
    body = ("Chủ tịch UBND xã yêu cầu:\n"
            "1. Công chức Tư pháp - Hộ tịch xã rà soát hồ sơ hộ tịch tồn đọng, xong trước ngày 10/10/2027.\n"
            "2. Công chức Văn hóa - Xã hội xã hoàn thiện hồ sơ, báo cáo Sở Nội vụ trong tháng 11/2027.\n")
    assert leads_and_dates(COMMUNE + body) == [(["Công chức Tư pháp - Hộ tịch"], "2027-10-10"),
                                               (["Công chức Văn hóa - Xã hội"], "2027-11-30")]


# The closing "Trong quá trình thực hiện, nếu có vướng mắc, các thôn, đơn vị phản ánh về UBND xã
# (… số điện thoại 0239.3863.xxx) để được hướng dẫn./." after the last item: the telephone
# number's dots end no sentence; the closing is no task and hands the last item to no one else.
def test_a_closing_about_difficulties_with_a_telephone_number_is_no_task():
    body = ("Kính gửi:\n- Trưởng các thôn: Kim Sơn, Kim Cương;\n- Công chức Văn hóa - Xã hội xã.\n"
            "Chủ tịch UBND xã yêu cầu:\n"
            "1. Trưởng các thôn tổ chức họp dân bình xét hộ nghèo, hoàn thành trước ngày 10/10/2027.\n"
            "2. Công chức Văn hóa - Xã hội xã hoàn thiện hồ sơ, báo cáo Sở Nội vụ trong tháng 11/2027.\n"
            "Trong quá trình thực hiện, nếu có vướng mắc, các thôn, đơn vị phản ánh về UBND xã (qua công chức "
            "Văn hóa - Xã hội, số điện thoại 0239.3863.xxx) để được hướng dẫn./.\n")
    tasks = parse_notice(COMMUNE + body).tasks
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in tasks] == [
        (["Trưởng thôn Kim Sơn"], "2027-10-10"), (["Trưởng thôn Kim Cương"], "2027-10-10"),
        (["Công chức Văn hóa - Xã hội"], "2027-11-30")]
    assert tasks[-1].text.endswith("trong tháng 11/2027.")


# "Niêm yết công khai danh sách … (dự kiến từ ngày 22/10/2027, trong 07 ngày làm việc)": the length
# of an activity after its first day, no time limit counted from the letter's day.
def test_an_activitys_length_after_its_first_day_sets_no_time_limit():
    body = ("Chủ tịch UBND xã yêu cầu:\n"
            "1. Công chức Văn hóa - Xã hội xã niêm yết công khai danh sách tại trụ sở UBND xã (dự kiến từ ngày "
            "22/10/2027, trong 07 ngày làm việc).\n"
            "2. Công chức Tư pháp - Hộ tịch xã giải quyết các kiến nghị trong 05 ngày làm việc kể từ ngày 02/11/2027.\n")
    assert leads_and_dates(COMMUNE + body) == [(["Công chức Văn hóa - Xã hội"], None),
                                               (["Công chức Tư pháp - Hộ tịch"], "2027-11-09")]


# pdftotext without its layout writes a table one cell per line, the row's number glued to its
# first cell ("2 Xây dựng cơ sở dữ liệu …"): rows numbered in order are the table's rows.
def test_a_cell_per_line_table_whose_numbers_stand_before_the_first_cell():
    body = ("Sở Nông nghiệp và Môi trường ban hành Kế hoạch như sau:\n"
            "1. Giao các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ tại Phụ lục.\n"
            "PHỤ LỤC: DANH MỤC NHIỆM VỤ\n"
            "TT Nội dung Đơn vị chủ trì Đơn vị phối hợp Thời gian thực hiện\n"
            "1 Rà soát, khoanh định vùng trồng sâm dưới tán rừng\nChi cục Kiểm lâm\nUBND các xã\nQuý II/2027\n"
            "2 Xây dựng cơ sở dữ liệu, cấp mã số vùng trồng\nTrung tâm Khuyến nông\nVăn phòng Đăng ký đất đai\nTháng 9/2027\n"
            "3 Tham mưu bố trí kinh phí hỗ trợ năm 2028\nPhòng Kế hoạch - Tài chính\nCác đơn vị thuộc Sở\nTrước ngày\n15/10/2027\n")
    head = ("UBND TỈNH LAI CHÂU\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 96/KH-SNNMT\n"
            "Lai Châu, ngày 03 tháng 3 năm 2027\nKẾ HOẠCH\nPhát triển vùng trồng sâm năm 2027\n")
    assert leads_and_dates(head + body)[1:] == [(["Chi cục Kiểm lâm"], "2027-06-30"),
                                                (["Trung tâm Khuyến nông"], "2027-09-30"),
                                                (["Phòng Kế hoạch - Tài chính"], "2027-10-15")]


# "Trung tâm Y tế: Tam Đường, Phong Thổ, Sìn Hồ": the body of each place listed after its name
# ("Trung tâm Y tế Tam Đường", …); "Trưởng các khu vực 1, 2, 3": the head of each numbered
# quarter. ("Các Sở: Tài chính, Xây dựng" stays the departments named, not the whole "Kính gửi"
# list "Các Sở: Tài chính, Xây dựng, Y tế".)
def test_units_listed_by_place_or_number_after_their_body():
    body = ("Kính gửi:\n- Các Sở: Tài chính, Xây dựng, Y tế;\n- UBND các xã.\nChủ tịch UBND tỉnh yêu cầu:\n"
            "1. Trung tâm Y tế: Tam Đường, Phong Thổ, Sìn Hồ lập danh sách đối tượng tiêm chủng, trước ngày 30/5/2027.\n"
            "2. Trưởng các khu vực 1, 2, 3 tuyên truyền đến từng hộ dân, trước ngày 15/6/2027.\n"
            "3. Các Sở: Tài chính, Xây dựng rà soát các dự án chậm giải ngân, trước ngày 30/6/2027.\n")
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 521/UBND-KGVX\nLai Châu, ngày 04 tháng 5 năm 2027\n"
              "V/v tiêm chủng bổ sung\n")
    assert leads_by_date(letter + body) == {
        "2027-05-30": {"Trung tâm Y tế Tam Đường", "Trung tâm Y tế Phong Thổ", "Trung tâm Y tế Sìn Hồ"},
        "2027-06-15": {"Trưởng khu vực 1", "Trưởng khu vực 2", "Trưởng khu vực 3"},
        "2027-06-30": {"Sở Tài chính", "Sở Xây dựng"}}


# "Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư thực hiện theo bảng sau:" … then, closing the
# letter, "Các cơ quan, đơn vị báo cáo kết quả … trước ngày …": every body of "Kính gửi", not
# the investors the introduction gave the table to.
def test_a_closing_to_the_units_after_a_table_given_to_others_is_the_letters():
    letter = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n"
              "Số: 3307/VP-KT | An Giang, ngày 08 tháng 9 năm 2027\nV/v đôn đốc các dự án giải ngân thấp |\n"
              "Kính gửi:\n| - Sở Xây dựng;\n| - Ủy ban nhân dân các phường: Long Xuyên, Rạch Giá.\n"
              "Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư thực hiện theo bảng sau:\n"
              "| STT | Dự án | Chủ đầu tư | Nhiệm vụ cần hoàn thành | Thời hạn |\n"
              "| 1 | Đường Tôn Đức Thắng | UBND phường Long Xuyên | Hoàn thành bồi thường | 30/9/2027 |\n"
              "| 2 | Trường Tiểu học Rạch Giá 2 | UBND phường Rạch Giá | Đẩy nhanh thi công | Quý IV/2027 |\n"
              "Sở Xây dựng hướng dẫn các chủ đầu tư điều chỉnh dự toán, hoàn thành trước ngày 20/9/2027.\n"
              "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Văn phòng UBND tỉnh trước ngày 05/10/2027 để tổng hợp.\n"
              "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n")
    assert leads_by_date(letter)["2027-10-05"] == {"Sở Xây dựng", "UBND phường Long Xuyên", "UBND phường Rạch Giá"}


# A decision's task list as a two-column table: "| a) Sở Tài chính: | thẩm định dự toán … |", a
# row with no label going on the item above ("| | tổ chức tổng duyệt … |": the same body's, since round 49 a
# task of its own after the dated clause's semicolon, held to no time).
def test_rows_of_an_items_label_and_its_words_in_two_cells():
    decision = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC NINH | Độc lập - Tự do - Hạnh phúc\n"
                "Số: 1532/QĐ-UBND | Bắc Ninh, ngày 12 tháng 6 năm 2027\nQUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch Tuần Văn hóa\n"
                "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch với các nội dung sau:\n"
                "| 1. Thời gian: | từ ngày 18/9 đến ngày 24/9/2027. |\n| 2. Nhiệm vụ: | |\n"
                "| a) Sở Văn hóa, Thể thao và Du lịch: | xây dựng kịch bản, trình Chủ tịch UBND tỉnh trước ngày 31/7/2027; |\n"
                "| | tổ chức tổng duyệt chương trình. |\n"
                "| b) Sở Tài chính: | thẩm định dự toán kinh phí, chậm nhất ngày 15/7/2027. |\n")
    assert leads_by_date(decision) == {"2027-07-31": {"Sở Văn hóa, Thể thao và Du lịch"}, "2027-07-15": {"Sở Tài chính"},
                                       None: {"Sở Văn hóa, Thể thao và Du lịch"}}


# "… đã giao tại Thông báo số 45/TB-UBND với thời hạn trước ngày 30/6/2027, nay điều chỉnh thời hạn
# thành trước ngày 15/8/2027": one task, the new limit (the old one moved, no limit any more).
def test_a_time_limit_moved_in_its_sentence_is_the_new_one():
    body = ("b) UBND phường Cửa Lò hoàn thành di dời 64 lồng bè ra khỏi phạm vi dự án; nhiệm vụ này đã giao tại "
            "Thông báo số 45/TB-UBND ngày 12/3/2027 với thời hạn trước ngày 30/6/2027, nay điều chỉnh thời hạn "
            "thành trước ngày 15/8/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["UBND phường Cửa Lò"], "2027-08-15")]


# Names that hold a pair with its comma ("Cục Quản lý Khám, chữa bệnh", "Vụ … Thi đua, khen
# thưởng") or "đối ngoại" ("Cục Quản lý nợ và Kinh tế đối ngoại"), and "Các Viện: A, B".
def test_ministry_units_with_commas_and_elided_institutes():
    letter = "BỘ Y TẾ\nSố: 211/BYT-DP\nHà Nội, ngày 04 tháng 6 năm 2027\nV/v phòng, chống dịch\nBộ Y tế yêu cầu:\n"
    body = ("1. Cục Quản lý Khám, chữa bệnh cập nhật hướng dẫn chẩn đoán, trước ngày 20/8/2027.\n"
            "2. Cục Quản lý nợ và Kinh tế đối ngoại xây dựng kế hoạch vay, trả nợ, trước ngày 25/8/2027.\n"
            "3. Các Viện: Vệ sinh dịch tễ Trung ương, Pasteur Thành phố Hồ Chí Minh giám sát chủng vi rút, "
            "trước ngày 15/9/2027.\n")
    assert leads_by_date(letter + body) == {
        "2027-08-20": {"Cục Quản lý Khám, chữa bệnh"}, "2027-08-25": {"Cục Quản lý nợ và Kinh tế đối ngoại"},
        "2027-09-15": {"Viện Vệ sinh dịch tễ Trung ương", "Viện Pasteur Thành phố Hồ Chí Minh"}}


# "Hiệu trưởng các trường THCS …": the heads of those schools, one addressee (not the letter's
# first "Kính gửi" line); "Hiệu trưởng các trường THPT có lớp chuyên: A, B" each school listed.
def test_heads_of_schools_of_a_kind_and_schools_listed_by_name():
    letter = ("UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1104/SGDĐT-KTKĐ\n"
              "Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2027\nV/v tuyển sinh lớp 10\nKính gửi:\n"
              "- Hiệu trưởng các trường THCS, THPT công lập;\n- Thủ trưởng các đơn vị trực thuộc.\n"
              "Sở Giáo dục và Đào tạo hướng dẫn như sau:\n"
              "1. Hiệu trưởng các trường THCS hướng dẫn học sinh đăng ký nguyện vọng, hoàn tất trước ngày 10/4/2027.\n"
              "2. Hiệu trưởng các trường THPT có lớp chuyên: Lê Hồng Phong, Trần Đại Nghĩa đề xuất cán bộ ra đề, "
              "gửi Sở chậm nhất ngày 27/3/2027.\n")
    assert leads_by_date(letter) == {"2027-04-10": {"Hiệu trưởng các trường THCS"},
                                     "2027-03-27": {"Trường THPT Lê Hồng Phong", "Trường THPT Trần Đại Nghĩa"}}


# Minutes: what the participants ask under "I. Ý KIẾN CÁC ĐẠI BIỂU" is no task; the conclusion
# after it gives them.
def test_the_opinions_in_a_meetings_minutes_give_no_task():
    minutes = ("UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\nBIÊN BẢN\nCuộc họp về hạ tầng cửa khẩu Tân Thanh\n"
               "Hôm nay, ngày 14 tháng 4 năm 2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
               "I. Ý KIẾN CÁC ĐẠI BIỂU\n"
               "1. Ban Quản lý Khu kinh tế đề nghị Sở Tài chính bố trí vốn bổ sung trước ngày 30/4/2027.\n"
               "II. KẾT LUẬN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH UBND TỈNH\n"
               "1. Sở Tài chính tham mưu bố trí vốn, trình UBND tỉnh chậm nhất ngày 24/4/2027.\n")
    assert leads_and_dates(minutes) == [(["Sở Tài chính"], "2027-04-24")]


# "2. Đối với Giám đốc Sở X chỉ đạo …" (a bold heading that lost its colon, the task after it):
# the body is the subject.
def test_for_a_titled_body_then_its_verb_is_its_task():
    body = "2. Đối với Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo cấp giấy chứng nhận tồn đọng, xong trong tháng 7/2027.\n"
    assert leads_and_dates(NOTICE + body) == [(["Sở Nông nghiệp và Môi trường"], "2027-07-31")]


# A plan's schedule in Mục I names the bodies inspected; "Các cơ quan, đơn vị được kiểm tra có tên
# tại Mục I tự kiểm tra, gửi báo cáo … trước ngày …" is for each of them.
def test_the_bodies_inspected_named_in_a_part():
    plan = ("UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\nSố: 604/KH-SNV\nĐắk Lắk, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Kiểm tra công tác cải cách hành chính năm 2027\nSở Nội vụ xây dựng Kế hoạch kiểm tra như sau:\n"
            "I. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA\n"
            "| STT | Cơ quan, đơn vị được kiểm tra | Thời gian kiểm tra (dự kiến) |\n"
            "| 1 | Sở Y tế | Ngày 12/5/2027 |\n| 2 | UBND xã Ea Kar | Ngày 19/5/2027 |\n"
            "II. TỔ CHỨC THỰC HIỆN\n"
            "1. Các cơ quan, đơn vị được kiểm tra có tên tại Mục I tự kiểm tra, gửi báo cáo về Sở Nội vụ trước ngày 05/5/2027.\n")
    assert leads_by_date(plan)["2027-05-05"] == {"Sở Y tế", "UBND xã Ea Kar"}


# pdftotext -layout under centred headers: a row's number and its task's first words, two
# places apart ("  1  Biên soạn tài liệu …" under "  TT         Nội dung"), and a cell running up
# to the next column's words left of its header ("… chất lượng Vụ Chính quyền địa").
def test_a_layout_table_under_centred_headers():
    plan = ("         BỘ NỘI VỤ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "   Số: 1045/KH-BNV\n                                              Hà Nội, ngày 27 tháng 01 năm 2027\n\n"
            "                                         KẾ HOẠCH\n            Bồi dưỡng cán bộ, công chức cấp xã năm 2027\n\n"
            " III. NHIỆM VỤ CỤ THỂ\n"
            "  TT         Nội dung               Cơ quan chủ trì       Cơ quan phối hợp      Thời gian\n"
            "  1  Biên soạn tài liệu bồi dưỡng  Vụ Chính quyền địa    Học viện Hành chính   Quý I/2027\n"
            "     kỹ năng quản lý nhà nước      phương                và Quản trị công\n"
            "  2  Kiểm tra, đánh giá chất lượng Vụ Chính quyền địa    Thanh tra Bộ          Quý IV/2027\n"
            "     bồi dưỡng                     phương\n")
    assert leads_and_dates(plan) == [(["Vụ Chính quyền địa phương"], "2027-03-31"),
                                     (["Vụ Chính quyền địa phương"], "2027-12-31")]


# Days and months written in words: "trước ngày mười lăm tháng Sáu năm 2027", "ngày mồng hai
# tháng Bảy" (the deadline keeps its words as written).
def test_days_and_months_written_in_words():
    body = ("1. Sở Tài chính tham mưu bố trí vốn, báo cáo trước ngày mười lăm tháng Sáu năm 2027.\n"
            "2. Sở Xây dựng hoàn thành thẩm định chậm nhất ngày mồng hai tháng Bảy năm 2027.\n")
    tasks = parse_notice(NOTICE + body).tasks
    assert [(t.deadline.date.isoformat(), t.deadline.text) for t in tasks] == [
        ("2027-06-15", "trước ngày mười lăm tháng Sáu năm 2027"), ("2027-07-02", "chậm nhất ngày mồng hai tháng Bảy năm 2027")]


# "Các đơn vị được giao chủ trì báo cáo kết quả … trước ngày 25 hằng tháng": the bodies the notice
# (its appendix too) gives tasks to lead, one standing report of that group, named as written.
def test_the_units_given_the_lead_are_the_notices_leading_bodies():
    plan = ("UBND TỈNH SƠN LA\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 88/KH-SNNMT\nSơn La, ngày 12 tháng 3 năm 2027\n"
            "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng năm 2027\nI. TỔ CHỨC THỰC HIỆN\n"
            "1. Chi cục Kiểm lâm rà soát phương án chữa cháy rừng, trước ngày 31/3/2027.\n"
            "2. Phòng Kế hoạch - Tài chính bố trí kinh phí trong tháng 4/2027.\n"
            "3. Các đơn vị được giao chủ trì báo cáo kết quả thực hiện về Sở trước ngày 25 hằng tháng.\n")
    tasks = parse_notice(plan).tasks
    report = tasks[-1]
    assert [a.name for a in report.lead] == ["Các đơn vị được giao chủ trì"]
    assert set(report.lead[0].members) == {"Chi cục Kiểm lâm", "Phòng Kế hoạch - Tài chính"}


# "UBND các xã … theo thời hạn tại bảng sau:" over "| STT | Xã | Diện tích | Thời hạn |" rows: each
# row is its commune's own task ("Xã Yên Định", or the name alone under the header "Xã").
def test_rows_of_communes_under_a_task_of_the_communes():
    body = ("1. UBND các xã hoàn thành bàn giao mặt bằng còn lại cho chủ đầu tư theo thời hạn tại bảng sau:\n"
            "| STT | Xã | Diện tích còn phải bàn giao (ha) | Thời hạn bàn giao |\n|---|---|---|---|\n"
            "| 1 | Xã Yên Định | 4,25 | Trước ngày 15/6/2027 |\n| 2 | Thiệu Hóa | 2,10 | Trong tháng 7/2027 |\n")
    assert leads_and_dates(NOTICE + body) == [(["UBND xã Yên Định"], "2027-06-15"), (["UBND xã Thiệu Hóa"], "2027-07-31")]


# Party bodies listed: "Các ban đảng Tỉnh ủy: Tổ chức, Tuyên giáo và Dân vận" (one board each),
# "Chi bộ các thôn: Làng Bát, Đồng Mới" (each village's branch).
def test_party_boards_and_village_branches_listed():
    party = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nTỈNH ỦY\nSố: 512-TB/TU\nLạng Sơn, ngày 12 tháng 3 năm 2027\nTHÔNG BÁO\n"
             "Kết luận của Ban Thường vụ Tỉnh ủy\n"
             "1. Các ban đảng Tỉnh ủy: Tổ chức, Tuyên giáo và Dân vận kiểm tra việc thực hiện quy chế, xong trong tháng 4/2027.\n"
             "2. Chi bộ các thôn: Làng Bát, Đồng Mới tổ chức sinh hoạt chuyên đề, chậm nhất ngày 30/9/2027.\n")
    assert leads_by_date(party) == {"2027-04-30": {"Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy"},
                                    "2027-09-30": {"Chi bộ thôn Làng Bát", "Chi bộ thôn Đồng Mới"}}


# "Riêng xã Nam Đàn hoàn thành …" under "3. Chủ tịch UBND các xã: Hưng Nguyên, Nam Đàn, Thanh
# Chương:": that commune's committee alone.
def test_only_one_unit_of_the_headings_list():
    body = ("3. Chủ tịch UBND các xã: Hưng Nguyên, Nam Đàn, Thanh Chương:\n"
            "- Hoàn thành chi trả tiền bồi thường trước ngày 31/5/2027.\n"
            "- Riêng xã Nam Đàn hoàn thành xây dựng hạ tầng khu tái định cư trong năm 2027.\n")
    assert leads_by_date(NOTICE + body)["2027-12-31"] == {"UBND xã Nam Đàn"}


# A task table pasted from a spreadsheet: tab-separated cells, a cell in quotes holding a line
# break.
def test_a_task_table_pasted_as_tab_separated_values():
    plan = ("UBND TỈNH LẠNG SƠN\nSố: 95/KH-UBND\nLạng Sơn, ngày 22 tháng 6 năm 2027\nKẾ HOẠCH\nChợ không dùng tiền mặt\n"
            "II. NHIỆM VỤ CỤ THỂ\n"
            "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "1\tXây dựng bộ tiêu chí chợ\tSở Công Thương\tCác ngân hàng\tTháng 7/2027\n"
            "2\t\"Xây dựng chuyên mục \"\"Chợ số\"\"\ntrên Cổng Thông tin điện tử tỉnh\"\tSở Khoa học và Công nghệ\t"
            "Văn phòng UBND tỉnh\tTrước 30/9/2027\n")
    tasks = parse_notice(plan).tasks
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in tasks] == [
        (["Sở Công Thương"], "2027-07-31"), (["Sở Khoa học và Công nghệ"], "2027-09-30")]
    assert tasks[1].text.startswith('Xây dựng chuyên mục "Chợ số" trên Cổng Thông tin điện tử tỉnh')


# "… hoàn thành chậm nhất 10 ngày trước lễ khai giảng năm học mới (ngày 05/9/2027)": counted back
# from the event's day the sentence gives; "Chậm nhất 20 ngày trước ngày khai mạc, …" in the plan of
# a festival that "khai mạc lúc 20 giờ 00 ngày 12/6/2027": from the opening the plan gives.
def test_limits_counted_back_from_an_events_day():
    body = ("1. Sở Giáo dục và Đào tạo hướng dẫn các trường sắp xếp phòng học tạm, hoàn thành chậm nhất 10 ngày "
            "trước lễ khai giảng năm học mới (ngày 05/9/2027).\n")
    assert leads_and_dates(NOTICE + body) == [(["Sở Giáo dục và Đào tạo"], "2027-08-26")]
    plan = ("UBND TỈNH LẠNG SƠN\nSở Văn hóa, Thể thao và Du lịch\nSố: 95/KH-SVHTTDL\nLạng Sơn, ngày 02 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nTổ chức Lễ hội Mẫu Sơn năm 2027\nI. THỜI GIAN\n"
            "Lễ hội diễn ra 03 ngày; khai mạc lúc 20 giờ 00 ngày 12/6/2027 tại quảng trường.\nII. PHÂN CÔNG\n"
            "1. Trung tâm Văn hóa tỉnh chậm nhất 20 ngày trước ngày khai mạc, hoàn thành lắp đặt sân khấu.\n")
    tasks = parse_notice(plan).tasks
    assert [(t.lead[0].name, t.deadline.date.isoformat()) for t in tasks] == [("Trung tâm Văn hóa tỉnh", "2027-05-23")]


# "| TT | Tiểu ban | Nhiệm vụ chủ yếu | Thời hạn |": the sub-committees of the organising board
# lead their rows ("Tiểu ban Hậu cần - Tài chính": "cần" no verb there).
def test_the_sub_committees_of_an_organising_board():
    plan = ("UBND TỈNH GIA LAI\nBAN TỔ CHỨC ĐẠI HỘI\nSố: 12/KH-BTC\nGia Lai, ngày 20 tháng 8 năm 2027\nKẾ HOẠCH\n"
            "Tổ chức Đại hội Thể dục thể thao tỉnh\nBan Tổ chức phân công nhiệm vụ như sau:\n"
            "| TT | Tiểu ban | Nhiệm vụ chủ yếu | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Tiểu ban Nội dung - Tuyên truyền | Xây dựng kịch bản lễ khai mạc | Trước ngày 15/9/2027 |\n"
            "| 2 | Tiểu ban Hậu cần - Tài chính | Lập dự toán, bố trí ăn nghỉ cho vận động viên | Tháng 10/2027 |\n")
    assert leads_and_dates(plan) == [(["Tiểu ban Nội dung - Tuyên truyền"], "2027-09-15"),
                                     (["Tiểu ban Hậu cần - Tài chính"], "2027-10-31")]


# A closing item "6. Các cơ quan, đơn vị nêu trên tổng hợp kết quả, báo cáo …" of a letter whose
# items lead some of its addressees: every addressee (the company only directed in an item too),
# a foreign commune's committee named "UBND" as the list names it.
def test_a_closing_item_reaches_every_addressee_of_the_letter():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 512/UBND-KT\nCà Mau, ngày 12 tháng 2 năm 2027\nV/v ứng phó hạn mặn\n"
              "Kính gửi:\n- Các Sở: Nông nghiệp và Môi trường, Xây dựng;\n- Công ty Cổ phần Cấp nước Cà Mau;\n"
              "- Ủy ban nhân dân các xã: Khánh Lâm, Trần Văn Thời.\n"
              "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
              "1. Sở Nông nghiệp và Môi trường vận hành hệ thống cống ngăn mặn.\n"
              "2. Sở Xây dựng chỉ đạo Công ty Cổ phần Cấp nước Cà Mau bảo đảm nước sinh hoạt.\n"
              "3. Ủy ban nhân dân xã Trần Văn Thời sửa chữa cống Rạch Ráng, xong trước ngày 10/3/2027.\n"
              "4. Ủy ban nhân dân xã Khánh Lâm trữ nước ngọt cho các hộ dân.\n"
              "5. Các cơ quan, đơn vị nêu trên tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2027.\n")
    assert leads_by_date(letter)["2027-04-30"] == {"Sở Nông nghiệp và Môi trường", "Sở Xây dựng",
                                                   "Công ty Cổ phần Cấp nước Cà Mau", "UBND xã Khánh Lâm",
                                                   "UBND xã Trần Văn Thời"}
    assert leads_by_date(letter)["2027-03-10"] == {"UBND xã Trần Văn Thời"}


# Minutes whose opinions are table rows and whose conclusion's heading stands between two tables
# ("| - | … |" / "|" / "B. KẾT LUẬN …" / "| a) | Sở Tài chính: |"): the heading is no page's running
# header, the items under it are the conclusion's tasks.
def test_a_conclusions_heading_between_two_tables():
    minutes = ("| UBND TỈNH THANH HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc |\n"
               "BIÊN BẢN HỌP\nVề việc cấp nước sinh hoạt mùa khô\n"
               "Hôm nay, ngày 08 tháng 6 năm 2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"
               "A. NỘI DUNG CUỘC HỌP\n1. Sở Nông nghiệp và Môi trường báo cáo tình hình thiếu nước.\n"
               "2. Ý kiến các đại biểu:\n"
               "| - | Giám đốc Công ty cổ phần Cấp nước Thanh Hóa: đề nghị các xã hoàn thành mặt bằng trước ngày 20/6/2027; |\n"
               "| - | Chủ tịch UBND xã Các Sơn: kiến nghị hỗ trợ 05 xe bồn chở nước. |\n|\n"
               "B. KẾT LUẬN CỦA ĐỒNG CHÍ PHÓ CHỦ TỊCH UBND TỈNH\n"
               "| a) | Sở Tài chính: |\n| | - Tham mưu bố trí kinh phí, trình UBND tỉnh trước ngày 15/6/2027; |\n"
               "| b) | Sở Y tế lấy mẫu, kiểm tra chất lượng nước trong tháng 6/2027. |\n")
    assert leads_and_dates(minutes) == [(["Sở Tài chính"], "2027-06-15"), (["Sở Y tế"], "2027-06-30")]


# A decision allotting funds to communes in Điều 1's table, then "1. UBND các xã có tên tại Điều 1
# phân bổ chi tiết …, hoàn thành trước ngày …; giải ngân … trước ngày …": each commune, both tasks.
def test_the_communes_named_in_an_article():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 318/QĐ-UBND\nCao Bằng, ngày 26 tháng 02 năm 2027\nQUYẾT ĐỊNH\n"
                "Về việc phân bổ kinh phí năm 2027\nQUYẾT ĐỊNH:\nĐiều 1. Phân bổ kinh phí cho các xã như sau:\n"
                "| STT | Đơn vị | Tổng cộng |\n|---|---|---|\n| 1 | UBND xã Bảo Lạc | 6.750 |\n| 2 | UBND xã Hà Quảng | 6.120 |\n"
                "Điều 2. Tổ chức thực hiện\n"
                "1. UBND các xã có tên tại Điều 1 phân bổ chi tiết cho các dự án, hoàn thành trước ngày 20/3/2027; "
                "giải ngân 100% kinh phí được giao trước ngày 31/01/2028.\n")
    assert leads_by_date(decision) == {"2027-03-20": {"UBND xã Bảo Lạc", "UBND xã Hà Quảng"},
                                       "2028-01-31": {"UBND xã Bảo Lạc", "UBND xã Hà Quảng"}}


# Bodies named with their places or fields: "Trung tâm Y tế các khu vực: Mường Nhé, Tủa Chùa" (each
# regional centre), "Phòng Bưu chính, Viễn thông" (a pair with its comma), "Các Ban Quản lý dự án:
# Đầu tư xây dựng các công trình giao thông tỉnh, …" (each board, its name in sentence case).
def test_regional_centres_rooms_with_a_comma_and_boards_listed():
    body = ("1. Trung tâm Y tế các khu vực: Mường Nhé, Tủa Chùa rà soát, cấp thẻ bảo hiểm y tế, hoàn thành trong tháng 5/2027.\n"
            "2. Phòng Chuyển đổi số; Phòng Bưu chính, Viễn thông triển khai nền tảng giám sát, trước ngày 30/6/2027.\n"
            "3. Các Ban Quản lý dự án: Đầu tư xây dựng các công trình giao thông tỉnh, Đầu tư xây dựng các công trình "
            "dân dụng và công nghiệp tỉnh báo cáo kết quả giải ngân trước ngày 05/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {
        "2027-05-31": {"Trung tâm Y tế khu vực Mường Nhé", "Trung tâm Y tế khu vực Tủa Chùa"},
        "2027-06-30": {"Phòng Chuyển đổi số", "Phòng Bưu chính, Viễn thông"},
        "2027-10-05": {"Ban Quản lý dự án Đầu tư xây dựng các công trình giao thông tỉnh",
                       "Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"}}


# The issuer's own plan in the future ("Sở Y tế sẽ tổ chức kiểm tra … trong tháng 10/2027", "Chi cục
# sẽ lấy mẫu …") is no task; a sentence that goes on to order others after it keeps that order.
def test_the_issuers_own_plan_is_no_task():
    letter = ("UBND TỈNH ĐIỆN BIÊN\nSỞ Y TẾ\nSố: 512/SYT-NVY\nĐiện Biên, ngày 04 tháng 5 năm 2027\nV/v cấp thẻ bảo hiểm y tế\n"
              "Kính gửi: Các Trung tâm Y tế khu vực.\nSở Y tế đề nghị:\n"
              "1. Trung tâm Y tế khu vực Mường Nhé rà soát danh sách, hoàn thành trong tháng 5/2027.\n"
              "2. Sở Y tế sẽ tổ chức kiểm tra, giám sát tại các đơn vị trong tháng 10/2027.\n"
              "3. Hội nghị sơ kết dự kiến tổ chức vào ngày 15/6/2027; giao Phòng Nghiệp vụ Y chuẩn bị báo cáo, trước ngày 10/6/2027.\n")
    assert leads_by_date(letter) == {"2027-05-31": {"Trung tâm Y tế khu vực Mường Nhé"}, "2027-06-10": {"Phòng Nghiệp vụ Y"}}


# "… báo cáo UBND tỉnh trong 10 ngày kể từ ngày kết thúc phiên họp" in the notice of that meeting:
# counted from the meeting's day.
def test_a_limit_counted_from_the_meeting_the_notice_concludes():
    notice = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 318/TB-UBND\nHà Tĩnh, ngày 02 tháng 6 năm 2027\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 5 năm 2027\n"
              "Ngày 29/5/2027, UBND tỉnh tổ chức phiên họp thường kỳ tháng 5. Chủ tịch UBND tỉnh kết luận như sau:\n"
              "1. Sở Tài chính tham mưu điều chuyển vốn, báo cáo UBND tỉnh trong 10 ngày kể từ ngày kết thúc phiên họp.\n")
    tasks = parse_notice(notice).tasks
    assert [(t.lead[0].name, t.deadline.date.isoformat()) for t in tasks] == [("Sở Tài chính", "2027-06-08")]


# "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": pairs a name holds with their commas.
def test_a_fire_police_room_named_with_its_commas():
    letter = ("CÔNG AN TỈNH LÀO CAI\nSố: 2105/CAT-PV01\nLào Cai, ngày 14 tháng 8 năm 2027\nV/v bảo đảm an ninh lễ kỷ niệm\n"
              "Giám đốc Công an tỉnh yêu cầu:\n"
              "1. Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ kiểm tra an toàn tại các điểm tổ chức, "
              "xong trước 17 giờ ngày 28/8/2027.\n")
    assert leads_and_dates(letter) == [(["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"], "2027-08-28")]


# A reminder "Kính gửi: Các cơ quan, đơn vị có tên tại Phụ lục kèm theo" whose appendix lists the
# bodies with the number of their overdue tasks: each body listed (not one marked done), and the
# count column gives no task of its own.
def test_the_bodies_listed_in_the_appendix():
    letter = ("UBND THÀNH PHỐ CẦN THƠ\nVĂN PHÒNG\nSố: 3055/VP-TH\nCần Thơ, ngày 12 tháng 8 năm 2027\n"
              "V/v đôn đốc nhiệm vụ quá hạn\nKính gửi: Các cơ quan, đơn vị có tên tại Phụ lục kèm theo.\n"
              "Văn phòng UBND thành phố đề nghị các cơ quan, đơn vị:\n"
              "1. Hoàn thành dứt điểm các nhiệm vụ quá hạn trước ngày 15/9/2027.\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nTrương Minh Luân\n"
              "PHỤ LỤC\nCÁC CƠ QUAN, ĐƠN VỊ CÓ NHIỆM VỤ QUÁ HẠN\n"
              "| STT | Cơ quan, đơn vị | Số nhiệm vụ quá hạn | Ghi chú |\n"
              "| 1 | Sở Xây dựng | 03 | |\n| 2 | UBND phường Ninh Kiều | 02 | |\n"
              "| 3 | UBND xã Phong Điền | 01 | Đã hoàn thành ngày 08/8/2027 |\n")
    assert leads_by_date(letter) == {"2027-09-15": {"Sở Xây dựng", "UBND phường Ninh Kiều"}}


# The meeting's day after a weekday ("Chiều thứ Ba, ngày mồng hai tháng Sáu năm 2027, …") or after
# the meeting named ("Tại phiên họp ngày 09/3/2027, …").
def test_the_meetings_day_after_a_weekday_or_the_meeting_named():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 211/TB-UBND\nLạng Sơn, ngày 04 tháng 6 năm 2027\nTHÔNG BÁO\n"
            "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về năm học mới\n\n")
    body = ("Chiều thứ Ba, ngày mồng hai tháng Sáu năm 2027, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh chủ trì "
            "cuộc họp. Phó Chủ tịch UBND tỉnh kết luận như sau:\n1. Sở Giáo dục và Đào tạo rà soát, trước ngày 30/6/2027.\n")
    assert parse_notice(head + body).meeting_date.isoformat() == "2027-06-02"
    party = ("TỈNH ỦY LẠNG SƠN\nSố 312-KL/TU\nLạng Sơn, ngày 12 tháng 3 năm 2027\nKẾT LUẬN\n"
             "của Ban Thường vụ Tỉnh ủy về chính quyền địa phương hai cấp\n\n"
             "Tại phiên họp ngày 09/3/2027, sau khi nghe Đảng ủy UBND tỉnh báo cáo, Ban Thường vụ Tỉnh ủy kết luận như sau:\n"
             "1. Đảng ủy UBND tỉnh lãnh đạo rà soát trụ sở dôi dư, hoàn thành trong Quý II/2027.\n")
    assert parse_notice(party).meeting_date.isoformat() == "2027-03-09"


# "Các Sở: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch đưa nội dung …": the list's last item a
# name holding a comma, the verb right after it — the directory's whole name, not two bodies.
def test_an_elided_lists_last_name_holding_a_comma():
    body = "4. Các Sở: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch đưa nội dung phòng, chống ma túy vào trường học, trước ngày 30/6/2027.\n"
    assert leads_by_date(NOTICE + body) == {"2027-06-30": {"Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch"}}
