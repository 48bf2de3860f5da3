"""Round 30 (issue 11's twenty-ninth round in the README): forms found misread on the invented
sets (leftovers of the twenty-eighth round and the sets ZZZZZZZZW … ZZZZZZZZZD), one test each on
text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date

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
