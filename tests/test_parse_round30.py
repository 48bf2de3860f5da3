"""Round 30 (issue 11's twenty-ninth round in the README): forms found misread on the invented
sets (leftovers of the twenty-eighth round and the sets ZZZZZZZZW … ZZZZZZZZZD), one test each on
text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 902/UBND-KT\nV/v thực hiện các nhiệm vụ\n"
          "Ninh Bình, ngày 11 tháng 3 năm 2027\n"
          "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.\n")


# "rà soát văn bản do HĐND, UBND tỉnh ban hành trước ngày 01/7/2026, …, hoàn thành trong Quý
# II/2027": the bodies after "do" issued the documents; the sentence is one task with its quarter.
def test_the_issuers_of_documents_after_do_are_no_second_subject():
    body = ("1. Sở Xây dựng chủ trì, phối hợp với các sở, ngành rà soát văn bản quy phạm pháp luật do "
            "HĐND, UBND tỉnh ban hành trước ngày 01/7/2026, đề xuất bãi bỏ các văn bản không còn phù hợp, "
            "hoàn thành trong Quý II/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-06-30")]


# "a.1) Sở X …; a.2) Sở Y …" and "3.1.1. Sở X …. 3.1.2. Sở Y …" run on in one paragraph: each item its
# own task with its own lead; "a.1)" under a heading is an item, not the heading's words.
def test_items_run_on_in_one_paragraph():
    body = ("2. Cải cách thủ tục hành chính\n"
            "a.1) Sở Tài chính công bố danh mục thủ tục trước ngày 31/3/2027; a.2) Sở Xây dựng "
            "triển khai tiếp nhận hồ sơ, xong trong tháng 9/2027;\n"
            "3. Cải cách tổ chức bộ máy\n"
            "3.1.1. Sở Tài chính hướng dẫn, hoàn thành chậm nhất ngày 30/4/2027. 3.1.2. Sở Xây dựng kiểm tra "
            "công vụ, hoàn thành trong tháng 10/2027.\n"
            "4. Cải cách tài chính công\n"
            "a) Sở Tài chính rà soát định mức trước ngày 15/5/2027; b) UBND xã Gia Viễn hoàn thành "
            "trong tháng 6/2027; d) Sở Xây dựng … \n")
    got = leads_by_date(LETTER + body)
    assert got["2027-03-31"] == {"Sở Tài chính"} and got["2027-09-30"] == {"Sở Xây dựng"}
    assert got["2027-04-30"] == {"Sở Tài chính"} and got["2027-10-31"] == {"Sở Xây dựng"}
    assert got["2027-05-15"] == {"Sở Tài chính"} and got["2027-06-30"] == {"UBND xã Gia Viễn"}


# "|  | Lập hồ sơ tất toán … |  |  | Trong tháng 8/2027 |" under a row with its lead: the number's and
# the lead's cells merged with the row above's, a second task of that body with its own time.
def test_a_row_without_number_or_lead_under_a_row_with_its_lead():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Phân bổ chi tiết số vốn còn lại | Sở Tài chính | Các chủ đầu tư | Trước ngày 31/3/2027 |\n"
            "| 2 | Quyết toán các dự án hoàn thành | Sở Xây dựng | Sở Tài chính | Trong tháng 5/2027 |\n"
            "|  | Lập hồ sơ đề nghị tất toán tài khoản các dự án |  |  | Trong tháng 8/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"Sở Xây dựng"} and got["2027-05-31"] == {"Sở Xây dựng"}


# "MobiFone Ninh Bình", "VinaPhone Ninh Bình": carriers' names with a capital inside, kept whole (no
# space put in as between two glued words) and known as firms, in a heading's list and as a lead.
def test_carriers_with_a_capital_inside_their_name():
    body = ("3. Các doanh nghiệp viễn thông: Viettel Ninh Bình, MobiFone Ninh Bình, VinaPhone Ninh Bình\n"
            "- Hoàn thành phủ sóng trước ngày 30/10/2027.\n"
            "4. Giao MobiFone Ninh Bình lắp đặt trạm BTS, hoàn thành trước ngày 30/11/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-10-30"] == {"Viettel Ninh Bình", "MobiFone Ninh Bình", "VinaPhone Ninh Bình"}
    assert got["2027-11-30"] == {"MobiFone Ninh Bình"}


# "chậm nhất sáng ngày 25/10/2027", "trước 10 giờ sáng ngày …", "chậm nhất chiều ngày …": the part of
# the day between the cue and the day.
def test_a_part_of_the_day_before_the_day():
    body = ("1. Sở Tài chính báo cáo thiệt hại chậm nhất sáng ngày 12/3/2027.\n"
            "2. Sở Xây dựng báo cáo trước 10 giờ sáng ngày 13/3/2027.\n"
            "3. UBND xã Gia Viễn hoàn thành sơ tán chậm nhất chiều ngày 14/3/2027.\n")
    assert sorted(leads_and_dates(LETTER + body)) == [(["Sở Tài chính"], "2027-03-12"), (["Sở Xây dựng"], "2027-03-13"),
                                                      (["UBND xã Gia Viễn"], "2027-03-14")]


# "| 2. | Sở Xây dựng hướng dẫn …, ban hành trong tháng 10/2027; …" right after a task table of five
# columns, its closing bar missing (a .docx text's frame): the notice's next item, not a row.
def test_an_item_boxed_in_two_cells_after_a_table_without_its_closing_bar():
    body = ("| 1. | Nhiệm vụ cụ thể:\n"
            "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |\n"
            "| 1 | Lựa chọn quỹ đất tái định cư | UBND xã Gia Viễn | Sở Xây dựng | Tháng 10/2027 |\n"
            "| 2 | Bố trí vốn đầu tư hạ tầng khu tái định cư | Sở Tài chính | Sở Xây dựng | Quý I/2028 |\n"
            "| 2. | Sở Xây dựng hướng dẫn thiết kế mẫu nhà ở phù hợp phong tục, ban hành trong tháng 11/2027.\n"
            "| 3. | Giao Sở Tài chính tham mưu phân bổ 15 tỷ đồng hỗ trợ làm nhà ở, trình UBND tỉnh trước ngày 10/12/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-11-30"] == {"Sở Xây dựng"} and got["2027-12-10"] == {"Sở Tài chính"}
    assert got["2027-10-31"] == {"UBND xã Gia Viễn"} and got["2028-03-31"] == {"Sở Tài chính"}


# An e-office record copied above the letter ("Văn bản đến | Số đến: …", "Chuyển xử lý: …", "Hạn xử
# lý: …"): the header below it gives the issuer (the Office), so its closing "Văn phòng UBND tỉnh
# thông báo để các cơ quan, đơn vị biết, thực hiện; kết quả … trước ngày …" is every addressee's; the
# record's own time for the receiving office is no task.
def test_an_e_office_record_above_the_header():
    text = ("Hệ thống quản lý văn bản và điều hành tỉnh Ninh Bình\n"
            "Văn bản đến | Số đến: 1422 | Ngày đến: 09/7/2027 09:12 | Độ khẩn: Thượng khẩn\n"
            "Đơn vị nhận: Sở Xây dựng\nChuyển xử lý: Phòng Quản lý chất lượng (chủ trì)\n"
            "Hạn xử lý: 15/7/2027\n"
            "UBND TỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 2460/VP-KT\nV/v giải quyết tình trạng ùn tắc giao thông\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNinh Bình, ngày 08 tháng 7 năm 2027\n"
            "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.\n"
            "Xét báo cáo của Sở Xây dựng, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
            "1. Sở Xây dựng bố trí lực lượng phân luồng giao thông trên Quốc lộ 1.\n"
            "2. Sở Tài chính bố trí kinh phí trước ngày 20/7/2027.\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện; kết quả thực hiện báo "
            "cáo UBND tỉnh trước ngày 30/9/2027./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    got = leads_by_date(text)
    assert got["2027-09-30"] == {"Sở Xây dựng", "Sở Tài chính"} and got["2027-07-20"] == {"Sở Tài chính"}
    assert "2027-07-15" not in got


# A portal's news item: "Đối với UBND các phường A, B và C, đồng chí yêu cầu khẩn trương …, chậm nhất
# ngày …": the wards of the topic are asked; the province is the portal's ("CỔNG THÔNG TIN ĐIỆN TỬ
# TỈNH THÁI NGUYÊN", in capitals), whose wards' names the list holds.
def test_the_bodies_of_a_topic_asked_by_the_speaker():
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN\nTrang chủ > Tin tức - Sự kiện > Chỉ đạo, điều hành\n"
            "Cập nhật: 16/7/2027 17:05 | Lượt xem: 1.032\n\n"
            "(Cổng TTĐT) - Chiều ngày 15/7/2027, đồng chí Phó Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng, "
            "chống sốt xuất huyết.\n\n"
            "Đối với UBND các phường Gia Sàng, Quyết Thắng và Tích Lương, đồng chí yêu cầu khẩn trương khoanh "
            "vùng, xử lý triệt để các ổ dịch, chậm nhất ngày 31/7/2027 phải cơ bản khống chế được dịch.\n\n"
            "Đối với dự án bệnh viện, đồng chí yêu cầu Sở Y tế hoàn thành trước ngày 20/8/2027.\n")
    got = leads_by_date(text)
    assert got["2027-07-31"] == {"UBND phường Gia Sàng", "UBND phường Quyết Thắng", "UBND phường Tích Lương"}
    assert got["2027-08-20"] == {"Sở Y tế"}


# A page laid out as printed: "Kính gửi:    - Các Sở: …, Giáo dục và" / "          Đào tạo;" (the
# second line further right): a name wrapped, not a new paragraph; the closing reaches every body.
def test_an_addressee_wrapped_after_its_and_in_a_laid_out_page():
    text = ("        ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "       TỈNH TUYÊN QUANG                            Độc lập - Tự do - Hạnh phúc\n"
            "     Số: 5127/UBND-KT\n"
            "V/v khắc phục hậu quả lũ lụt                  Tuyên Quang, ngày 14 tháng 8 năm 2027\n\n"
            "       Kính gửi:    - Các Sở: Xây dựng, Tài chính, Giáo dục và\n"
            "                      Đào tạo;\n"
            "                    - Bộ Chỉ huy Quân sự tỉnh.\n\n"
            "     Để nhanh chóng ổn định đời sống nhân dân, Chủ tịch UBND tỉnh yêu cầu:\n"
            "     1. Sở Xây dựng hướng dẫn thiết kế mẫu nhà ở, ban hành trước ngày 25/8/2027.\n"
            "     2. Các cơ quan, đơn vị tại Kính gửi báo cáo kết quả về Sở Tài chính trước ngày 30/9/2027.\n")
    got = leads_by_date(text)
    assert got["2027-09-30"] >= {"Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Bộ Chỉ huy Quân sự tỉnh"}


LETTER_TO_COMMANDS = ("BỘ CHỈ HUY QUÂN SỰ\nTỈNH THANH HÓA\nSố: 2185/BCH-TM\nV/v chuẩn bị tuyển quân năm 2028\n"
                      "Thanh Hóa, ngày 10 tháng 9 năm 2027\nKính gửi:\n"
                      "- Ban Chỉ huy Phòng thủ khu vực 1 - Hạc Thành;\n- Ban Chỉ huy Phòng thủ khu vực 4 - Thọ Xuân;\n"
                      "- Ủy ban nhân dân các xã, phường.\n"
                      "Để chuẩn bị tốt cho năm 2028, Bộ Chỉ huy Quân sự tỉnh đề nghị:\n")


# "1. Các Ban Chỉ huy Phòng thủ khu vực:" in a letter to "Ban Chỉ huy Phòng thủ khu vực 1 - Hạc Thành"
# and "… 4 - Thọ Xuân": the two commands of that kind the letter names, each its own task.
def test_units_of_a_kind_the_letter_names():
    body = ("1. Các Ban Chỉ huy Phòng thủ khu vực:\n"
            "- Phúc tra nguồn công dân sẵn sàng nhập ngũ, hoàn thành trước ngày 30/9/2027.\n")
    got = leads_by_date(LETTER_TO_COMMANDS + body)
    assert got["2027-09-30"] == {"Ban Chỉ huy Phòng thủ khu vực 1 - Hạc Thành", "Ban Chỉ huy Phòng thủ khu vực 4 - Thọ Xuân"}


# "b) Hội đồng nghĩa vụ quân sự các xã, phường phát lệnh gọi …, xong trước ngày …": the councils
# lead (a body's name in lower case after its head), not nobody.
def test_the_military_service_councils_as_a_lead():
    body = ("1. Nhiệm vụ thời gian tới:\n"
            "a) Ban Chỉ huy Phòng thủ khu vực 1 - Hạc Thành hoàn chỉnh danh sách trước ngày 08/01/2028.\n"
            "b) Hội đồng nghĩa vụ quân sự các xã, phường phát lệnh gọi công dân nhập ngũ, xong trước ngày "
            "15/01/2028.\n")
    got = leads_by_date(LETTER_TO_COMMANDS + body)
    assert got["2028-01-15"] == {"Hội đồng nghĩa vụ quân sự các xã, phường"}


# "| Điểm giao nhận quân | Thời gian | Đơn vị nhận quân | Số công dân |": where and when each handover
# is held and who receives, no task table (its hours are no time limits).
def test_a_table_of_event_places_and_times():
    body = ("1. Tổ chức Lễ giao nhận quân tại các điểm sau:\n\n"
            "| Điểm giao nhận quân | Thời gian | Đơn vị nhận quân | Số công dân |\n|---|---|---|---|\n"
            "| Sân vận động xã Trùng Khánh | 7 giờ 00 ngày 05/3/2028 | Sư đoàn 3 | 210 |\n"
            "| Quảng trường xã Quảng Uyên | 7 giờ 30 ngày 05/3/2028 | Lữ đoàn 368 | 185 |\n\n"
            "2. Ban Chỉ huy Phòng thủ khu vực 1 - Hạc Thành báo cáo công tác chuẩn bị trước ngày 02/3/2028.\n")
    got = leads_by_date(LETTER_TO_COMMANDS + body)
    assert "2028-03-05" not in got and got["2028-03-02"] == {"Ban Chỉ huy Phòng thủ khu vực 1 - Hạc Thành"}


HAI_PHONG = ("UBND THÀNH PHỐ HẢI PHÒNG\nSỞ TÀI CHÍNH\nSố: 3125/STC-NS\nV/v xây dựng dự toán ngân sách năm 2028\n"
             "Hải Phòng, ngày 15 tháng 7 năm 2027\nKính gửi:\n- Các sở, ban, ngành thành phố;\n"
             "- Kho bạc Nhà nước khu vực III;\n- Ủy ban nhân dân các xã, phường, đặc khu.\n"
             "Sở Tài chính đề nghị các cơ quan, đơn vị triển khai như sau:\n")


# "Các đơn vị dự toán cấp I thuộc thành phố (danh sách tại Phụ lục I kèm theo) đánh giá …" in a
# centrally run city's letter: those units lead (the city's "thuộc thành phố" is part of the name),
# not every addressee of the letter.
def test_units_of_a_centrally_run_city():
    body = ("1. Các đơn vị dự toán cấp I thuộc thành phố (danh sách tại Phụ lục I kèm theo) đánh giá tình hình "
            "thực hiện nhiệm vụ thu, chi, gửi Sở Tài chính trước ngày 31/7/2027.\n")
    assert leads_and_dates(HAI_PHONG + body) == [(["Các đơn vị dự toán cấp I thuộc thành phố"], "2027-07-31")]


# "Riêng các xã: A, B, C có số dư nguồn … lớn (trên 10 tỷ đồng) đề xuất phương án …": the communes set
# apart lead, what marks them out standing between them and their verb.
def test_bodies_set_apart_with_what_marks_them_out():
    body = ("1. Các sở, ban, ngành rà soát, báo cáo trước ngày 15/10/2027.\n"
            "2. Riêng các xã: Gia Viễn, Nho Quan, Kim Sơn có số dư nguồn cải cách tiền lương lớn (trên 10 tỷ "
            "đồng) đề xuất phương án sử dụng nguồn dư, gửi Sở Tài chính trong tháng 10/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-10-31"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND xã Kim Sơn"}


# A budget year's settlement ("thời gian chỉnh lý quyết toán đến hết ngày 31/01/2028"), what is not yet
# recovered by a day ("các khoản tạm ứng chưa thu hồi đến hết ngày … sẽ được xử lý"): no time limits;
# "| Kho bạc … | Chậm nhất ngày 15/02/2028, hoàn thành đối chiếu … |  |": the time written first in the
# task's cell is the row's.
def test_budget_terms_and_a_time_first_in_a_task_cell():
    body = ("1. Kho bạc Nhà nước khu vực III đối chiếu số dư tạm ứng trước ngày 25/12/2027; thực hiện khóa sổ "
            "kế toán theo quy định, thời gian chỉnh lý quyết toán đến hết ngày 31/01/2028.\n"
            "2. Các khoản tạm ứng chưa thu hồi đến hết ngày 31/01/2028 sẽ được xử lý theo quy định.\n\n"
            "| STT | Đơn vị | Nội dung | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Kho bạc Nhà nước khu vực III | Chậm nhất ngày 15/02/2028, hoàn thành đối chiếu, xác nhận số liệu |  |\n")
    got = leads_by_date(HAI_PHONG + body)
    assert "2028-01-31" not in got
    assert got["2027-12-25"] == {"Kho bạc Nhà nước khu vực III"} and got["2028-02-15"] == {"Kho bạc Nhà nước khu vực III"}


# "6. Các cơ quan, đơn vị có tên tại Phụ lục kèm theo … báo cáo … trước ngày …" after items led by
# named bodies: the bodies of the appendix after the signature, not those of the items above.
def test_the_bodies_of_the_appendix_over_those_of_the_items_above():
    text = ("| **ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n|---|---|\n"
            "| Số 15/TB-UBND | *Hưng Yên, ngày 20 tháng 3 năm 2027* |\n\n**THÔNG BÁO**\n\n"
            "**Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về chuyển đổi số**\n\n"
            "Ngày 17/3/2027, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận:\n\n"
            "**1. Sở Khoa học và Công nghệ** tham mưu ban hành Quy chế, trình UBND tỉnh trước ngày 15/4/2027.\n\n"
            "**2. Công an tỉnh** hướng dẫn khai thác dữ liệu dân cư.\n\n"
            "**3.** Các cơ quan, đơn vị có tên tại Phụ lục kèm theo triển khai nhiệm vụ được giao, báo cáo kết quả "
            "về Sở Khoa học và Công nghệ trước ngày 15/6/2027.\n\n"
            "| **Nơi nhận:** - Như trên; - Lưu VT. | **TL. CHỦ TỊCH** **CHÁNH VĂN PHÒNG** **Bùi Đức Khoa** |\n|---|---|\n\n"
            "**PHỤ LỤC**\n\n"
            "| STT | Cơ quan, đơn vị | Nhiệm vụ | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Sở Nội vụ | Hoàn thiện cơ sở dữ liệu cán bộ | Tháng 5/2027 |\n"
            "| 2 | Sở Tài chính | Bố trí kinh phí chuyển đổi số | Trước ngày 30/4/2027 |\n")
    got = leads_by_date(text)
    assert got["2027-06-15"] == {"Sở Nội vụ", "Sở Tài chính"}


# "4. Tổ trưởng Tổ công tác Đề án 06 cấp xã chịu trách nhiệm …": the team of the communes' level leads
# (its head's title before it, its level after "cấp").
def test_a_team_named_with_its_head_and_its_level():
    body = "4. Tổ trưởng Tổ công tác Đề án 06 cấp xã chịu trách nhiệm cấp tài khoản định danh trước ngày 30/6/2027.\n"
    assert leads_and_dates(LETTER + body) == [(["Tổ công tác Đề án 06 cấp xã"], "2027-06-30")]


# "thẩm định điều chỉnh dự toán gói thầu XL-03 trong tháng 6/2027": the review ends in that month (an
# estimate is no period of its own after "thẩm định"); "thẩm định dự toán năm 2028" has no time limit.
def test_a_review_of_an_estimate_within_a_month():
    body = ("1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thẩm định điều chỉnh dự toán gói thầu XL-03 trong "
            "tháng 6/2027, báo cáo Ủy ban nhân dân tỉnh kết quả thẩm định.\n"
            "2. Sở Tài chính thẩm định dự toán năm 2028 của các đơn vị.\n")
    assert sorted(leads_and_dates(LETTER + body)) == [(["Sở Tài chính"], None), (["Sở Xây dựng"], "2027-06-30")]


# "4. Các Công ty Cổ phần Thủy điện: Hương Sơn Thượng, Ngàn Sâu 3 hoàn thành …": each firm with its
# number.
def test_listed_firms_whose_names_end_in_a_number():
    body = ("4. Các Công ty Cổ phần Thủy điện: Hương Sơn Thượng, Ngàn Sâu 3 hoàn thành lắp đặt hệ thống loa "
            "cảnh báo trước ngày 10/9/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-09-10"] == {"Công ty Cổ phần Thủy điện Hương Sơn Thượng", "Công ty Cổ phần Thủy điện Ngàn Sâu 3"}


# "| Sơ kết 6 tháng, tổng kết năm | Sở Tài chính | … | Tháng 6/2027 và tháng 12/2027 |": one task done
# twice, each month written whole, each its own time limit.
def test_two_months_each_with_its_year_in_a_time_cell():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nội dung | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Sơ kết 6 tháng, tổng kết năm thực hiện Kế hoạch | Sở Tài chính | Các cơ quan liên quan | "
            "Tháng 6/2027 và tháng 12/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-06-30"] == {"Sở Tài chính"} and got["2027-12-31"] == {"Sở Tài chính"}


# "Ông Lương Văn Quyết, nguyên công chức địa chính xã X tự giác nộp lại số tiền … trước ngày …" in an
# inspection's conclusion: the person named leads; a person in a report ("Ông A, Giám đốc Sở X báo
# cáo …", no time) is no lead of the kind.
def test_a_person_named_as_the_subject_of_a_duty():
    body = ("3. Ông Lương Văn Quyết, nguyên công chức địa chính xã Gia Viễn tự giác nộp lại số tiền 45 triệu "
            "đồng vào ngân sách trước ngày 31/3/2027.\n"
            "4. Bà Nguyễn Thị Hoa có trách nhiệm hoàn trả khoản tiền trước ngày 30/4/2027.\n")
    assert sorted(leads_and_dates(LETTER + body)) == [(["bà Nguyễn Thị Hoa"], "2027-04-30"),
                                                      (["ông Lương Văn Quyết"], "2027-03-31")]


# "| 7. | Văn phòng thường trực Ban Chỉ huy tổ chức trực ban nghiêm túc …": the board's standing office
# leads (its head in lower case, the verb after the board's name no part of it).
def test_a_boards_standing_office():
    body = "7. Văn phòng thường trực Ban Chỉ huy tổ chức trực ban nghiêm túc 24/24 giờ, báo cáo trước 15 giờ ngày 12/9/2027.\n"
    assert leads_and_dates(LETTER + body) == [(["Văn phòng thường trực Ban Chỉ huy"], "2027-09-12")]


# "| 5 | Các cơ quan, đơn vị quản lý tài sản | Cập nhật biến động tài sản … | Trước ngày 31/12/2027 |": the
# group as the cell qualifies it leads, not every addressee.
def test_a_group_qualified_in_its_lead_cell():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Cơ quan chủ trì | Nội dung | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Sở Tài chính | Tổng hợp phương án sắp xếp nhà, đất | Trước ngày 30/11/2027 |\n"
            "| 2 | Các cơ quan, đơn vị quản lý tài sản | Cập nhật biến động tài sản vào cơ sở dữ liệu | "
            "Trước ngày 31/12/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-12-31"] == {"Các cơ quan, đơn vị quản lý tài sản"}


# "- Công ty A đã nộp đủ số nợ ngày 10/2/2027, tiếp tục đóng đúng hạn.": the firm told to go on (an
# undated task); "- Công ty B đã nộp đủ số nợ ngày …." alone: done, no task.
def test_a_body_told_to_go_on_with_what_it_did():
    body = ("Đề nghị các doanh nghiệp:\n- Công ty TNHH Dệt may Kỳ Phương đã nộp đủ số nợ ngày 10/2/2027, tiếp tục "
            "đóng đúng hạn.\n- Công ty TNHH Hoa Sen đã nộp đủ số nợ ngày 12/2/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Công ty TNHH Dệt may Kỳ Phương"], None)]


# A scan's text: "Sớ Tài chính" (the wrong tone on "Sở"), "truớc ngày" (the horn of "ư" lost), "Đê nghị"
# (a tone lost): read as printed.
def test_a_scans_misread_tones():
    body = ("1. Sớ Tài chính bố trí kinh phí truớc ngày 15/9/2027.\n"
            "2. Đê nghị Sở Xây dựng hoàn thành thẩm định truớc ngày 20/9/2027.\n")
    assert sorted(leads_and_dates(LETTER + body)) == [(["Sở Tài chính"], "2027-09-15"), (["Sở Xây dựng"], "2027-09-20")]


# A report answering voters' petitions: "| Nội dung kiến nghị | Cơ quan giải quyết | Kết quả / Thời hạn
# giải quyết |" whose last cell is the answer with its time (the task's words, a sentence read as one,
# not a span ending in a school year's last year); then "… các cơ quan được giao chủ trì giải quyết các
# kiến nghị nêu tại Mục II …, gửi báo cáo kết quả … trước ngày …": a report of every body of the table.
def test_a_table_of_answers_to_petitions_and_the_report_of_its_bodies():
    body = ("II. KẾT QUẢ GIẢI QUYẾT MỘT SỐ KIẾN NGHỊ CỤ THỂ\n\n"
            "| STT | Nội dung kiến nghị | Cơ quan giải quyết | Kết quả / Thời hạn giải quyết |\n|---|---|---|---|\n"
            "| 1 | Cử tri xã Gia Viễn kiến nghị cấp giấy chứng nhận cho 46 hộ tái định cư | UBND xã Gia Viễn | "
            "Hoàn thành cấp giấy chứng nhận cho các hộ đủ điều kiện trước ngày 30/9/2027 |\n"
            "| 2 | Cử tri xã Nho Quan kiến nghị bổ sung phòng học cho trường tiểu học | Sở Xây dựng | Chậm nhất ngày "
            "15/01/2028 hoàn thành bố trí phòng học tạm, bảo đảm học kỳ II năm học 2027 - 2028 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. UBND tỉnh yêu cầu các cơ quan được giao chủ trì giải quyết các kiến nghị nêu tại Mục II tập trung "
            "xử lý dứt điểm, gửi báo cáo kết quả giải quyết về Văn phòng UBND tỉnh trước ngày 15/11/2027.\n")
    notice = parse_notice(LETTER + body)
    got = {(t.deadline.date.isoformat() if t.deadline and t.deadline.date else None, tuple(a.name for a in t.lead))
           for t in notice.tasks}
    assert ("2027-09-30", ("UBND xã Gia Viễn",)) in got and ("2028-01-15", ("Sở Xây dựng",)) in got
    assert ("2027-11-15", ("UBND xã Gia Viễn",)) in got and ("2027-11-15", ("Sở Xây dựng",)) in got
    assert any("phòng học tạm" in t.text for t in notice.tasks)


# A ward's residential groups by number without "các" ("Tổ trưởng tổ dân phố số 5, 7, 12 vận động …"),
# quarters named by number ("| Khu phố 1, 3, 8 |", "Giao Trưởng Khu phố 2, Khu phố 5 và Khu phố 9 …"): one
# lead each; a cooperative's name holding "vệ sinh" whole.
def test_residential_groups_and_quarters_by_number():
    body = ("1. Tổ trưởng tổ dân phố số 5, 7, 12 vận động các hộ kinh doanh ký cam kết trước ngày 30/4/2027.\n"
            "2. Giao Trưởng Khu phố 2, Khu phố 5 và Khu phố 9 vận động hộ gia đình cài đặt ứng dụng, báo cáo trước "
            "ngày 20/5/2027.\n"
            "3. Hợp tác xã Dịch vụ vệ sinh Bến Nghé điều chỉnh lịch thu gom rác trước ngày 30/6/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-04-30"] == {"Tổ trưởng tổ dân phố số 5", "Tổ trưởng tổ dân phố số 7", "Tổ trưởng tổ dân phố số 12"}
    assert got["2027-05-20"] == {"Trưởng Khu phố 2", "Trưởng Khu phố 5", "Trưởng Khu phố 9"}
    assert got["2027-06-30"] == {"Hợp tác xã Dịch vụ vệ sinh Bến Nghé"}


# "UBND các xã có dịch: Sơn Hà, Ba Tơ, Minh Long tập trung xử lý …": the communes named, each a lead
# (what sets them apart written before the colon).
def test_communes_listed_after_what_sets_them_apart():
    body = "1. UBND các xã có dịch: Gia Viễn, Nho Quan, Kim Sơn tập trung xử lý dứt điểm các ổ dịch trước ngày 30/9/2027.\n"
    got = leads_by_date(LETTER + body)
    assert got["2027-09-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND xã Kim Sơn"}


# "| STT | Công trình | Đơn vị chủ trì | Địa điểm | Thời gian hoàn thành | Kinh phí |": a table of works
# whose places are named beside a time limit: a task table all the same (only a column of when each
# event is held, "Thời gian", makes a table of places and times no tasks).
def test_a_table_of_works_with_their_places():
    body = ("1. Các công trình ứng phó xâm nhập mặn:\n\n"
            "| STT | Công trình | Đơn vị chủ trì | Địa điểm | Thời gian hoàn thành | Kinh phí (tỷ đồng) |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Nâng cấp cống ngăn mặn Trà Linh | Sở Xây dựng | Xã Gia Viễn | Quý IV/2027 | 42,5 |\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-12-31")]


MINUTES = ("UBND TỈNH GIA LAI\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nSố: 142/BB-BQLDA\n"
           "Gia Lai, ngày 16 tháng 10 năm 2027\nBIÊN BẢN BÀN GIAO MẶT BẰNG\nDự án Đường liên kết vùng\n"
           "Hôm nay, vào hồi 9 giờ 00 phút, ngày 16/10/2027, tại hiện trường, chúng tôi gồm:\n")


# Minutes of a handover: "BÊN GIAO: Ban … tỉnh Gia Lai – Ông …", "BÊN NHẬN: Công ty … (nhà thầu thi
# công): Ông …", then "1. Bên nhận:" over dashes: the party's body leads (the person after the dash no
# part of its name).
def test_the_parties_of_a_handover():
    body = ("BÊN GIAO: Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Gia Lai – Ông Rơ Châm Huy – "
            "Phó Giám đốc.\n"
            "BÊN NHẬN: Công ty Cổ phần Xây dựng Giao thông Phố Núi (nhà thầu thi công): Ông Lê Hữu Phước – Giám đốc.\n"
            "II. TRÁCH NHIỆM CỦA CÁC BÊN\n1. Bên nhận:\n- Hoàn thành nền đường trước ngày 31/01/2028.\n"
            "2. Bên giao:\n- Bàn giao bổ sung đoạn còn lại cho Bên nhận trong tháng 11/2027.\n")
    got = leads_by_date(MINUTES + body)
    assert got["2028-01-31"] == {"Công ty Cổ phần Xây dựng Giao thông Phố Núi"}
    assert got["2027-11-30"] == {"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Gia Lai"}


# Minutes: what the participants said ("**Ý kiến của các thành viên:**" over dashes, "Ý kiến của nhà thầu:
# đề nghị … đến ngày …") is no task; "Đề nghị các cơ quan, đơn vị dự họp báo cáo … trước ngày …": the
# bodies named before; "Trưởng thôn các thôn: A, B" the head of each hamlet.
def test_what_participants_said_and_the_bodies_at_the_meeting():
    body = ("II. NỘI DUNG\n**Ý kiến của các thành viên:**\n"
            "- Ông Hoàng Minh Sơn – Trưởng Công an phường: đề nghị tổ chức cưỡng chế trước ngày 20/10/2027.\n"
            "Ý kiến của nhà thầu: đề nghị Ban cho gia hạn hợp đồng đến ngày 31/12/2027.\n"
            "III. KẾT LUẬN\n"
            "1. Sở Tài chính thẩm định giá đất trước ngày 15/11/2027.\n"
            "2. UBND xã Biển Hồ vận động nhân dân bàn giao mặt bằng trước ngày 20/11/2027.\n"
            "3. Trưởng thôn các thôn: Khòn Pát, Nà Rạc vận động nhân dân nhận tiền bồi thường trước ngày 25/11/2027.\n"
            "4. Đề nghị các cơ quan, đơn vị dự họp báo cáo kết quả về Ban Quản lý dự án trước ngày 05/12/2027.\n")
    got = leads_by_date(MINUTES + body)
    assert "2027-10-20" not in got and "2027-12-31" not in got
    assert got["2027-11-25"] == {"Trưởng thôn Khòn Pát", "Trưởng thôn Nà Rạc"}
    assert got["2027-12-05"] >= {"Sở Tài chính", "UBND xã Biển Hồ"}


# What was done in a period opening a sentence ("Trong năm 2026, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã
# giao 1.236 nhiệm vụ …") and a group named by its period inside a topic ("…; đối với các dự án chuyển
# tiếp hoàn thành trong năm 2027, nộp hồ sơ … trước ngày …"): no time limits of their own.
def test_periods_that_describe():
    body = ("Trong năm 2027, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao 1.236 nhiệm vụ tại 148 thông báo kết luận.\n"
            "1. Sở Xây dựng nộp hồ sơ các dự án hoàn thành trước ngày 25/10/2027; đối với các dự án chuyển tiếp "
            "hoàn thành trong năm 2027, nộp hồ sơ đề nghị quyết toán trước ngày 15/01/2028.\n")
    got = leads_by_date(LETTER + body)
    assert "2027-12-31" not in got and got["2028-01-15"] == {"Sở Xây dựng"}


# "5. Chủ tịch UBND các xã, phường chưa có dịch chủ động rà soát …" (what sets them apart: not yet
# having the outbreak) and "- Dừng ngay việc xả nước thải …" under a firm's heading: tasks.
def test_bodies_without_the_outbreak_and_an_order_to_stop():
    body = ("1. Công ty TNHH Chế biến thủy sản Minh Khang\n- Dừng ngay việc xả nước thải chưa qua xử lý.\n"
            "2. Chủ tịch UBND các xã, phường chưa có dịch chủ động rà soát tổng đàn, hướng dẫn người chăn nuôi.\n")
    got = leads_and_dates(LETTER + body)
    assert (["Công ty TNHH Chế biến thủy sản Minh Khang"], None) in got
    assert any("UBND xã Gia Viễn" in leads for leads, _d in got)


# "| Từ năm học 2027 - 2028 |" in a time column: when the measure starts, no time limit.
def test_a_school_year_a_measure_starts_in():
    body = ("Giao nhiệm vụ:\n\n| STT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Đưa kỹ năng số vào nhà trường | Sở Xây dựng | Từ năm học 2027 - 2028 |\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], None)]


# "Ý kiến của UBND tỉnh: … Giao Sở X … trước ngày …" answering a petition: the issuer's own answer
# gives orders (only other speakers' words in minutes are no tasks).
def test_the_issuers_own_opinion_gives_orders():
    body = ("1. Kiến nghị của Công ty TNHH Bao bì Hưng Thịnh\n"
            "Ý kiến của UBND tỉnh: Giao Sở Xây dựng kiểm tra thực địa, trả lời doanh nghiệp trước ngày 25/8/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-08-25")]


# A national body's letter ("BẢO HIỂM XÃ HỘI VIỆT NAM") to "Ủy ban nhân dân các tỉnh, thành phố trực thuộc
# Trung ương": the provinces are valid leads of the heading's dashes; "6 tháng (trước ngày 20/6) và hằng
# năm (trước ngày 20/12)": each time of the report with the report's words.
def test_a_national_bodys_letter_to_the_provinces():
    text = ("BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 1068/BHXH-QLT\nHà Nội, ngày 12 tháng 3 năm 2027\n"
            "V/v đôn đốc thu nợ bảo hiểm xã hội\nKính gửi:\n"
            "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n- Bảo hiểm xã hội các tỉnh, thành phố.\n"
            "Bảo hiểm xã hội Việt Nam đề nghị:\n"
            "1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
            "- Giao chỉ tiêu phát triển người tham gia cho UBND các xã, phường; hoàn thành chậm nhất ngày 31/3/2027.\n"
            "2. Bảo hiểm xã hội các tỉnh, thành phố thực hiện báo cáo định kỳ tình hình thu 6 tháng (trước ngày 20/6) "
            "và hằng năm (trước ngày 20/12) theo mẫu tại Phụ lục.\n")
    notice = parse_notice(text)
    got = {(t.deadline.date.isoformat() if t.deadline and t.deadline.date else None, tuple(a.name for a in t.lead), t.text)
           for t in notice.tasks}
    assert any(d == "2027-03-31" and lead == ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",) for d, lead, _t in got)
    assert any(d == "2027-12-20" and "báo cáo định kỳ" in t for d, _l, t in got)


# "Các cơ quan, đơn vị nêu trên báo cáo …" closing a letter to "Các Sở: …; Công an tỉnh; Ủy ban nhân dân các
# xã, phường" whose items set some communes apart ("- Riêng UBND các xã: A, B …"): every addressee.
def test_a_closing_after_communes_set_apart_reaches_every_addressee():
    text = ("UBND TỈNH LẠNG SƠN\nSố: 100/UBND-KGVX\nV/v chuẩn bị năm học mới\nLạng Sơn, ngày 10 tháng 8 năm 2027\n"
            "Kính gửi:\n- Các Sở: Giáo dục và Đào tạo, Tài chính, Nội vụ, Xây dựng;\n- Công an tỉnh;\n"
            "- Ủy ban nhân dân các xã, phường.\nChủ tịch UBND tỉnh có ý kiến như sau:\n"
            "1. Sở Giáo dục và Đào tạo rà soát, trình UBND tỉnh trước ngày 15/8/2027.\n"
            "2. Các Sở: Tài chính, Xây dựng thẩm định hồ sơ, hoàn thành trong tháng 8/2027.\n"
            "3. Ủy ban nhân dân các xã, phường:\n- Rà soát phòng học trước ngày 20/8/2027.\n"
            "- Riêng UBND các xã: Mẫu Sơn, Đình Lập, Tràng Định hoàn thành sửa chữa nhà bán trú trước ngày 28/8/2027.\n"
            "4. Công an tỉnh chỉ đạo Công an các xã, phường bảo đảm an ninh khu vực trường học.\n"
            "Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 10/9/2027./.\n")
    got = leads_by_date(text)
    assert got["2027-09-10"] >= {"Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Công an tỉnh"}


# "Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh" (the field without its
# comma): one name.
def test_a_field_without_its_comma_inside_a_name():
    body = ("3. Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh theo dõi, đôn đốc, "
            "báo cáo UBND tỉnh trước ngày 15/12/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm "
                                                 "cứu nạn tỉnh"], "2027-12-15")]


# "5. UBND xã A …, hoàn thành trước ngày 30/11/2027. 6. Giao Sở X theo dõi, …" run on in one paragraph:
# item 6 its own task (only after an item "5." opening the paragraph: "… theo khoản 2. Các …" stays).
def test_a_numbered_item_run_on_after_the_one_before():
    body = ("5. UBND xã Gia Viễn dẹp bỏ chợ tự phát, hoàn thành trước ngày 30/11/2027. 6. Giao Sở Xây dựng theo dõi, "
            "đôn đốc, báo cáo trước ngày 25/12/2027.\n")
    assert sorted(leads_and_dates(LETTER + body)) == [(["Sở Xây dựng"], "2027-12-25"), (["UBND xã Gia Viễn"], "2027-11-30")]


# "| Công an tỉnh | Thường xuyên tuần tra, kiểm soát, xử lý nghiêm các trường hợp vi phạm |" in a table of
# answers: the answer, undated, is the task's words.
def test_an_undated_answer_in_the_time_column():
    body = ("| STT | Nội dung kiến nghị | Cơ quan giải quyết | Kết quả / Thời hạn giải quyết |\n|---|---|---|---|\n"
            "| 1 | Cử tri phản ánh khai thác cát trái phép | Sở Xây dựng | Thường xuyên tuần tra, kiểm soát, xử lý nghiêm "
            "các trường hợp vi phạm |\n")
    notice = parse_notice(LETTER + body)
    assert [(list(a.name for a in t.lead), "tuần tra" in t.text) for t in notice.tasks] == [(["Sở Xây dựng"], True)]


# "| … | Thời gian | | Ghi chú |" over "| | Bắt đầu | Hoàn thành | |": the finish is the time limit, the
# start none; a row noted "Đã hoàn thành ngày …" is done.
def test_a_two_row_header_of_start_and_finish():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | | Ghi chú |\n"
            "|---|---|---|---|---|---|---|\n"
            "| | | | | Bắt đầu | Hoàn thành | |\n"
            "| 1 | Hoàn thành giải phóng mặt bằng | UBND xã Gia Viễn | Sở Xây dựng | Tháng 4/2027 | 30/6/2027 | |\n"
            "| 2 | Rà soát hồ sơ giao đất | Sở Tài chính | Sở Xây dựng | 15/3/2027 | 10/4/2027 | Đã hoàn thành |\n")
    assert leads_and_dates(LETTER + body) == [(["UBND xã Gia Viễn"], "2027-06-30")]


# A province's report to a ministry: "Kiến nghị Bộ Tài chính xem xét bổ sung … trong Quý III/2027" is what
# the province asks of the State, no task it follows up.
def test_what_a_province_asks_of_a_ministry():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 310/BC-UBND\nNinh Bình, ngày 10 tháng 7 năm 2027\nBÁO CÁO\n"
            "Tình hình giải ngân vốn đầu tư công 6 tháng đầu năm 2027\nKính gửi: Bộ Tài chính.\n"
            "III. KIẾN NGHỊ, ĐỀ XUẤT\n"
            "1. Kiến nghị Bộ Tài chính xem xét bổ sung 1.200 tỷ đồng vốn ngân sách trung ương trong Quý III/2027.\n"
            "2. Giao Sở Xây dựng đôn đốc các nhà thầu, giải ngân 100% trước ngày 31/01/2028.\n")
    assert leads_and_dates(text) == [(["Sở Xây dựng"], "2028-01-31")]


# A commune's closing "Các cơ quan, đơn vị, các thôn nêu trên báo cáo …" (every addressee) and "Các cơ quan,
# đơn vị tại mục 2, 3 báo cáo …" (the bodies of those items).
def test_a_communes_closings_by_words_and_by_items():
    head = ("ỦY BAN NHÂN DÂN\nXÃ ĐÌNH LẬP\nSố: 15/UBND\nĐình Lập, ngày 10 tháng 1 năm 2027\nV/v bảo vệ rừng\n"
            "Kính gửi:\n- Phòng Kinh tế xã;\n- Công an xã;\n- Trưởng các thôn: Khuổi Tiền, Pò Mỏ.\n"
            "Chủ tịch UBND xã yêu cầu:\n"
            "1. Phòng Kinh tế xã rà soát bản đồ, hoàn thành trước ngày 25/01/2027.\n"
            "2. Công an xã xử lý dứt điểm các vụ khai thác gỗ trái phép, xong trước ngày 15/3/2027.\n"
            "3. Riêng Trưởng thôn Pò Mỏ lập hồ sơ giao khoán rừng trước ngày 31/3/2027.\n")
    got = leads_by_date(head + "\nCác cơ quan, đơn vị, các thôn nêu trên báo cáo kết quả về UBND xã trước ngày 30/4/2027.\n")
    assert got["2027-04-30"] == {"Phòng Kinh tế xã", "Công an xã", "Trưởng thôn Khuổi Tiền", "Trưởng thôn Pò Mỏ"}
    got = leads_by_date(head + "4. Các cơ quan, đơn vị tại mục 1, 2 báo cáo kết quả về Văn phòng trước ngày 30/4/2027.\n")
    assert got["2027-04-30"] == {"Phòng Kinh tế xã", "Công an xã"}


# A transmission slip: "PHIẾU CHUYỂN", "Kính chuyển: Ủy ban nhân dân xã A.", then "Văn phòng UBND tỉnh
# chuyển đơn … đến Quý cơ quan và đề nghị: | 1. | Kiểm tra … | 3. | Báo cáo … trước ngày …": the commune
# receiving it does the items; the Office's "chuyển để Quý cơ quan biết, thực hiện./." is no task.
def test_a_transmission_slip():
    text = ("UBND TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 214/PC-VP | Ninh Bình, ngày 23 tháng 3 năm 2027\n|\nPHIẾU CHUYỂN\nVề việc chuyển đơn kiến nghị của công dân\n|\n"
            "Kính chuyển: Ủy ban nhân dân xã Gia Viễn.\n|\n"
            "Văn phòng UBND tỉnh chuyển đơn (kèm theo) đến Quý cơ quan và đề nghị:\n"
            "| 1. | Kiểm tra, xác minh nội dung đơn, giải quyết theo thẩm quyền.\n"
            "| 2. | Báo cáo kết quả giải quyết về Văn phòng UBND tỉnh trước ngày 24/4/2027.\n|\n"
            "Văn phòng UBND tỉnh chuyển để Quý cơ quan biết, thực hiện./.\n")
    assert sorted(leads_and_dates(text), key=str) == [(["UBND xã Gia Viễn"], "2027-04-24"), (["UBND xã Gia Viễn"], None)]


# A plan's table one cell per line: a group row "A. HẠ TẦNG VÀ DỮ LIỆU" before the first row, and a lead cell
# listing two bodies over two lines ("Sở Nội vụ;" / "Sở Y tế"); then "Các
# cơ quan, đơn vị chủ trì các nhiệm vụ trên báo cáo … trước ngày …": every body given a task above.
def test_a_table_one_cell_per_line_and_the_report_of_its_bodies():
    body = ("II. NHIỆM VỤ\nSTT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời hạn Sản phẩm\nA. HẠ TẦNG VÀ DỮ LIỆU\n"
            "1\nXây dựng Kho dữ liệu dùng chung của tỉnh\nSở Tài chính\nSở Xây dựng\nQuý III/2027\nKho dữ liệu\n"
            "2\nKiểm tra an toàn hồ chứa, đê điều\nSở Nội vụ;\nSở Y tế\nSở Xây dựng\n"
            "Trước ngày 31/7/2027\nBáo cáo\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Các cơ quan, đơn vị chủ trì các nhiệm vụ trên báo cáo kết quả về Sở Xây dựng trước ngày 15/9/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-09-30"] == {"Sở Tài chính"}
    assert got["2027-07-31"] == {"Sở Nội vụ", "Sở Y tế"}
    assert got["2027-09-15"] >= {"Sở Tài chính", "Sở Nội vụ", "Sở Y tế"}


# Limits counted back from a session or a drill the notice dates elsewhere ("kỳ họp dự kiến khai mạc ngày
# 08/12/2027" … "trước kỳ họp HĐND tỉnh 15 ngày"; "cuộc diễn tập dự kiến tổ chức ngày 25/9/2027" … "chậm
# nhất 05 ngày trước ngày diễn tập").
def test_limits_counted_back_from_a_dated_event():
    body = ("Kỳ họp thường lệ cuối năm 2027 dự kiến khai mạc ngày 08/12/2027; cuộc diễn tập dự kiến tổ chức ngày "
            "25/9/2027 tại xã Gia Viễn.\n"
            "1. Sở Tài chính xây dựng phương án phân bổ dự toán, trình UBND tỉnh trước kỳ họp HĐND tỉnh 15 ngày.\n"
            "2. Sở Xây dựng chuẩn bị kịch bản diễn tập, hoàn thành chậm nhất 05 ngày trước ngày diễn tập.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-11-23"] == {"Sở Tài chính"} and got["2027-09-20"] == {"Sở Xây dựng"}


# Cooperatives named by their trade in lower case ("Hợp tác xã nông nghiệp Tân Thành, Hợp tác xã nông
# nghiệp Thạnh Đông hoàn thành …"; "Các hợp tác xã nông nghiệp: Mỹ Hòa, Hưng Thạnh" over a dash) as leads.
def test_cooperatives_named_by_their_trade():
    body = ("1. Hợp tác xã nông nghiệp Tân Thành, Hợp tác xã nông nghiệp Thạnh Đông nạo vét kênh nội đồng trước ngày "
            "20/3/2027.\n"
            "2. Các hợp tác xã nông nghiệp: Mỹ Hòa, Hưng Thạnh\n- Hoàn thành ký hợp đồng bao tiêu trước ngày 30/4/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-03-20"] == {"Hợp tác xã nông nghiệp Tân Thành", "Hợp tác xã nông nghiệp Thạnh Đông"}
    assert got["2027-04-30"] == {"Hợp tác xã nông nghiệp Mỹ Hòa", "Hợp tác xã nông nghiệp Hưng Thạnh"}


# "| **IV** | **UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU** | | | |" over rows with an empty lead column: the group row
# names the rows' bodies (the kinds of unit in capitals read as kinds, not names).
def test_a_group_row_of_kinds_of_units_in_capitals():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| TT | Nội dung nhiệm vụ | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| **I** | **SỞ XÂY DỰNG** | | |\n"
            "| 1 | Kiểm tra an toàn nhà chung cư cũ | UBND các phường | Trước ngày 30/6/2027 |\n"
            "| **II** | **UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU** | | |\n"
            "| 2 | Rà soát, lập danh sách hộ dân sống tại vùng có nguy cơ sạt lở | | Trước ngày 15/6/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-06-30"] == {"Sở Xây dựng"} and "Sở Xây dựng" not in got["2027-06-15"]
