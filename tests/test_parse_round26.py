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
