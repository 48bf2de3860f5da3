"""Round 25 (issue 11's twenty-fourth round in the README): forms found misread on the invented
sets ZZZZZD … ZZZZZM and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date

from tbkl_xl.parse import parse_notice

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 211/TB-UBND\nCao Bằng, ngày 04 tháng 5 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n"
          "Ngày 28/4/2027, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:\n")
LAYOUT = ("         ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "          TỈNH CAO BẰNG                            Độc lập - Tự do - Hạnh phúc\n\n"
          "       Số: 212/TB-UBND                         Cao Bằng, ngày 05 tháng 5 năm 2027\n\n"
          "                                   THÔNG BÁO\n"
          "         Kết luận của Chủ tịch UBND tỉnh về phòng, chống sạt lở\n\n"
          "              Chủ tịch UBND tỉnh kết luận như sau:\n")


# pdftotext -layout: a line ending where a day must follow ("… trình UBND tỉnh trước ngày") and
# the day on the next line, indented like a paragraph's first line: one paragraph, one deadline (the duty after
# its semicolon, since round 49, a task of its own for the same body, held to no time).
def test_a_day_wrapped_onto_an_indented_line_goes_on_its_paragraph():
    body = ("              1. Sở Xây dựng khẩn trương hoàn chỉnh hồ sơ công bố tình huống khẩn cấp sạt lở tại\n"
            "         xã Hòa An, trình UBND tỉnh trước ngày\n"
            "              20/5/2027; phối hợp với Sở Tài chính lập phương án di dời 40 hộ dân.\n"
            "              2. Sở Tài chính bố trí kinh phí cho các công trình cấp bách, hoàn thành trong tháng\n"
            "         6/2027.\n")
    tasks = parse_notice(LAYOUT + body).tasks
    assert [(t.lead[0].name, t.deadline.date.isoformat() if t.deadline else None) for t in tasks] == [
        ("Sở Xây dựng", "2027-05-20"), ("Sở Xây dựng", None), ("Sở Tài chính", "2027-06-30")]
    assert tasks[0].text.endswith("sạt lở tại xã Hòa An, trình UBND tỉnh trước ngày 20/5/2027;")
    assert tasks[1].text == "phối hợp với Sở Tài chính lập phương án di dời 40 hộ dân."


# "… trước" / "thứ Năm, ngày 03/6/2027.": a weekday opening the next line is no ordinal item
# ("Thứ năm, …").
def test_a_weekday_after_a_line_break_is_no_list_item():
    body = ("1. Phòng Văn hóa - Xã hội xây dựng kịch bản chi tiết, trình Chủ tịch UBND tỉnh trước\n"
            "thứ Năm, ngày 03/6/2027.\n2. Sở Y tế bảo đảm y tế tại lễ hội.\n")
    assert leads_and_dates(NOTICE + body)[0] == (["Phòng Văn hóa - Xã hội"], "2027-06-03")


# A share of the plan or of the estimate to reach by a time ("giải ngân đạt tối thiểu 60% kế hoạch
# vốn được giao trong Quý III/2027"): the time limit of the share; striving for a share short of
# the whole ("phấn đấu … đạt trên 30% kế hoạch vốn đến hết Quý II/2027") stays a target.
def test_a_share_of_the_plan_by_a_time_is_a_time_limit():
    body = ("1. Ban Quản lý dự án đầu tư xây dựng tỉnh giải ngân đạt tối thiểu 60% kế hoạch vốn được giao "
            "trong Quý III/2027.\n"
            "2. UBND xã Hòa An phấn đấu thu tiền sử dụng đất đạt 100% dự toán trong năm 2027.\n"
            "3. UBND xã Trùng Khánh phấn đấu giải ngân đạt trên 30% kế hoạch vốn đến hết Quý II/2027.\n"
            "4. Sở Tài chính theo dõi kế hoạch vốn được bổ sung trong năm 2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2027-09-30"),
                                              (["UBND xã Hòa An"], "2027-12-31"),
                                              (["UBND xã Trùng Khánh"], None), (["Sở Tài chính"], None)]


# A time the letter forecasts ("theo dự báo …, đỉnh mặn xuất hiện … và đợt tiếp theo trong tháng
# 3/2027") is no one's time limit, and a plan of the issuer's own leader ("Chủ tịch UBND tỉnh sẽ
# kiểm tra … trong tháng 6/2027") neither.
def test_a_forecast_and_the_leaders_own_plan_set_no_time_limit():
    body = ("Theo dự báo của Đài Khí tượng Thủy văn tỉnh, lũ quét có thể xuất hiện từ ngày 10/5 đến ngày "
            "12/5/2027 và đợt tiếp theo trong tháng 6/2027.\n"
            "1. Sở Xây dựng rà soát các điểm sạt lở, báo cáo trước ngày 15/5/2027.\n"
            "2. Sở Tài chính bảo đảm kinh phí ứng phó.\n"
            "Chủ tịch UBND tỉnh sẽ kiểm tra thực tế tại các xã trong tháng 6/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-05-15": {"Sở Xây dựng"}, None: {"Sở Tài chính"}}


# "hoàn thành giải phóng mặt bằng các dự án đã có vốn trong tháng 3/2028": the "đã" describes the
# projects, the completion is due then (not "Sở X đã hoàn thành …": done).
def test_a_past_word_describing_the_object_leaves_the_completion_due():
    body = "1. UBND xã Hòa An hoàn thành giải phóng mặt bằng các dự án đã có vốn trong tháng 3/2028.\n"
    assert leads_and_dates(NOTICE + body) == [(["UBND xã Hòa An"], "2028-03-31")]


# A comma a converter glued to the next word ("hoàn thành,trình") is written so in the task's text
# (its verbatim words), though the parser reads it spaced; a phrase the notice also writes spaced
# stays spaced.
def test_a_glued_comma_stays_as_written_in_the_tasks_text():
    body = ("1. Sở Xây dựng rà soát hồ sơ,trình UBND tỉnh trước ngày 20/5/2027.\n"
            "2. Sở Tài chính rà soát hồ sơ, trình UBND tỉnh trước ngày 25/5/2027; kiểm tra vỉa hè,lòng đường.\n")
    texts = [t.text for t in parse_notice(NOTICE + body).tasks]
    assert texts[0] == "Sở Xây dựng rà soát hồ sơ, trình UBND tỉnh trước ngày 20/5/2027."  # (both ways: spaced)
    assert "kiểm tra vỉa hè,lòng đường" in " ".join(texts)


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 702/UBND-TH\nCao Bằng, ngày 03 tháng 4 năm 2027\n"
          "V/v gia hạn thời gian thực hiện nhiệm vụ\nKính gửi:\n- Sở Nội vụ;\n- Sở Y tế;\n- Công an tỉnh;\n"
          "- UBND xã Hòa An.\n"
          "Xét đề nghị gia hạn của các cơ quan, đơn vị, Chủ tịch UBND tỉnh có ý kiến như sau:\n")


# A letter answering requests to move time limits: the body in the bracket after each task is its
# lead ("(Sở Nội vụ; thời hạn đã giao 31/3/2027)"); the time asked for ("đề nghị gia hạn đến …") or
# refused ("Không đồng ý gia hạn đến …") is no time limit, the time granted or set instead is.
def test_a_reply_to_requests_for_more_time_keeps_the_times_granted_or_set():
    body = ("1. Đồng ý gia hạn đối với các nhiệm vụ sau:\n"
            "a) Xây dựng Đề án vị trí việc làm (Sở Nội vụ; thời hạn đã giao 31/3/2027): gia hạn đến ngày 30/4/2027.\n"
            "b) Triển khai bệnh án điện tử (Sở Y tế; thời hạn đã giao 31/3/2027, đề nghị gia hạn đến Quý IV/2027): "
            "đồng ý gia hạn đến hết Quý III/2027.\n"
            "2. Không đồng ý gia hạn đối với các nhiệm vụ sau:\n"
            "a) Xử lý phương tiện tồn đọng (Công an tỉnh đề nghị gia hạn đến ngày 30/5/2027): yêu cầu Công an tỉnh "
            "hoàn thành trước ngày 15/4/2027.\n"
            "b) Giải tỏa hành lang đường bộ (UBND xã Hòa An đề nghị gia hạn đến tháng 7/2027): UBND xã Hòa An "
            "hoàn thành trong tháng 4/2027.\n"
            "3. Không đồng ý gia hạn đến ngày 30/6/2027 đối với nhiệm vụ rà soát quy hoạch.\n")
    assert leads_by_date(LETTER + body) == {"2027-04-30": {"Sở Nội vụ", "UBND xã Hòa An"},
                                            "2027-09-30": {"Sở Y tế"}, "2027-04-15": {"Công an tỉnh"}}


# "Đồng ý gia hạn đối với xã A đến ngày 30/6/2027. Sở X chỉ đạo …, bảo đảm hoàn thành đúng thời hạn
# được gia hạn.": the grant is no task of its own; the body held to the moved limit has it.
def test_the_body_held_to_a_granted_time_has_it():
    body = ("1. Đồng ý gia hạn đối với xã Văn Quan đến ngày 30/6/2027. Sở Nông nghiệp và Môi trường chỉ đạo đơn vị "
            "tư vấn đẩy nhanh tiến độ đo đạc, bảo đảm hoàn thành đúng thời hạn được gia hạn.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Nông nghiệp và Môi trường"], "2027-06-30")]


# A notice correcting another: the text quoted as written before sets nothing, the corrected text
# is the task — after "đã ghi: “…”" / "Nay sửa lại là: “…”", in "cụm từ “A” trong câu “…” được sửa
# thành “B”", and in a table "| Đã ghi | Nay sửa lại |".
def test_a_correcting_notice_reads_the_corrected_texts():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 90/TB-UBND\nCao Bằng, ngày 24 tháng 3 năm 2027\nTHÔNG BÁO\n"
            "Đính chính thời hạn tại Thông báo số 71/TB-UBND ngày 12/3/2027\nUBND tỉnh đính chính như sau:\n")
    body = ("1. Tại điểm 2 Mục II đã ghi: “Sở Xây dựng hoàn thành thẩm định thiết kế trước ngày 15/3/2027”.\n"
            "Nay sửa lại là: “Sở Xây dựng hoàn thành thẩm định thiết kế trước ngày 15/4/2027”.\n"
            "2. Tại điểm 5 Mục II, cụm từ “Quý II/2027” trong câu “Sở Tài chính bố trí vốn đối ứng trong "
            "Quý II/2027” được sửa thành “Quý III/2027”.\n"
            "| TT | Vị trí | Đã ghi | Nay sửa lại |\n|---|---|---|---|\n"
            "| 3 | Điểm 6 Mục II | UBND xã Hòa An bàn giao mặt bằng trong tháng 4/2027. | "
            "UBND xã Hòa An bàn giao mặt bằng trong tháng 5/2027. |\n"
            "Các nội dung khác giữ nguyên giá trị thực hiện.\n")
    assert leads_by_date(head + body) == {"2027-04-15": {"Sở Xây dựng"}, "2027-09-30": {"Sở Tài chính"},
                                          "2027-05-31": {"UBND xã Hòa An"}}


# "5. Các cơ quan, đơn vị nêu trên báo cáo …" as an item of its own after items 1–4: every item's
# bodies (not only the last item's, with its co-operator).
def test_named_above_in_an_item_of_its_own_means_every_items_bodies():
    body = ("1. Sở Tài chính thẩm tra quyết toán các dự án.\n2. Sở Xây dựng hướng dẫn định mức.\n"
            "3. UBND xã Hòa An, UBND xã Trùng Khánh chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng tỉnh "
            "hoàn thành giải phóng mặt bằng trong Quý II/2027.\n"
            "4. Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về UBND tỉnh trước ngày 25/6/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-06-25"] == {"Sở Tài chính", "Sở Xây dựng", "UBND xã Hòa An",
                                                         "UBND xã Trùng Khánh"}


# A telegram's addressees under their heads' titles ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
# "Giám đốc các Sở: Xây dựng, Công Thương", "Chủ tịch UBND các xã: A, B"): "Các cơ quan, đơn vị nêu
# trên báo cáo …" closing it reaches each; "Các cơ quan, đơn vị nghiêm túc thực hiện./." is no task.
def test_a_telegrams_titled_addressees_all_get_its_closing_report():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 41/CĐ-UBND\nCao Bằng, ngày 18 tháng 6 năm 2027\nCÔNG ĐIỆN\n"
            "Về việc ứng phó nguy cơ sạt lở đất\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
            "- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;\n- Giám đốc các Sở: Xây dựng, Công Thương;\n"
            "- Chủ tịch UBND các xã: Hòa An, Trùng Khánh.\n"
            "\nChủ tịch UBND tỉnh yêu cầu:\n\n1. Sở Xây dựng bố trí máy móc tại các điểm xung yếu.\n\n"
            "2. Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng cứu hộ.\n\n"
            "Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện Công điện này trước 16 giờ ngày 20/6/2027.\n\n"
            "Các cơ quan, đơn vị nghiêm túc thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert leads_by_date(text) == {None: {"Sở Xây dựng", "Bộ Chỉ huy Quân sự tỉnh"},
                                   "2027-06-20": {"Bộ Chỉ huy Quân sự tỉnh", "Sở Xây dựng", "Sở Công Thương",
                                                  "UBND xã Hòa An", "UBND xã Trùng Khánh"}}


# "Kính gửi: - Các Sở: Văn hóa, Thể thao và Du lịch; Nông nghiệp và Môi trường; Xây dựng;": the
# list's head goes on over its semicolons; "Kính gửi: | - Sở X;" / "| - Sở Y;" in a table's cells is
# the list, not the letter's body.
def test_addressee_lists_over_semicolons_and_in_cells():
    semicolons = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 88/UBND-KGVX\nCao Bằng, ngày 14 tháng 7 năm 2027\n"
                  "V/v chuẩn bị tái thẩm định Công viên địa chất\nKính gửi:\n"
                  "- Các Sở: Văn hóa, Thể thao và Du lịch; Nông nghiệp và Môi trường; Xây dựng.\n"
                  "Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị báo cáo kết quả trước ngày 20/10/2027./.\n")
    assert leads_by_date(semicolons) == {"2027-10-20": {"Sở Văn hóa, Thể thao và Du lịch",
                                                        "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"}}
    cells = ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n"
             "Số: 2954/VP-KT | Cao Bằng, ngày 08 tháng 7 năm 2027\nV/v đẩy nhanh giải ngân |\n|\n"
             "Kính gửi: | - Sở Xây dựng;\n| - Sở Tài chính;\n| - UBND xã Hòa An.\n|\n"
             "Phó Chủ tịch UBND tỉnh có ý kiến như sau:\n"
             "1. Sở Xây dựng rà soát kế hoạch vốn, gửi Sở Tài chính trước ngày 20/7/2027.\n")
    assert leads_and_dates(cells) == [(["Sở Xây dựng"], "2027-07-20")]


# "2.3. Đối với Sở X | Chủ trì rà soát …": a row of two cells, the topic and its task.
def test_a_topic_and_its_task_in_two_cells_of_one_row():
    body = ("I. TÌNH HÌNH\nĐợt mưa lũ đã làm 146 nhà ở bị hư hỏng, 38 điểm sạt lở trên các tuyến đường tỉnh; thiệt hại "
            "ước khoảng 212 tỷ đồng.\nII. KẾT LUẬN\n1. Nhiệm vụ cụ thể\n2.1. Đối với Sở Tài chính:\n"
            "a) Chủ trì tham mưu UBND tỉnh phân bổ nguồn dự phòng ngân sách tỉnh hỗ trợ các xã bị thiệt hại, trình "
            "UBND tỉnh trước ngày 25/5/2027.\n"
            "2.2. Đối với Sở Nông nghiệp và Môi trường | Chủ trì rà soát các hộ dân trong vùng nguy cơ cao sạt lở đất, "
            "lũ quét, báo cáo UBND tỉnh trong tháng 9/2027.\n"
            "2.3. Đối với UBND xã Hòa An:\n- Hoàn thành việc hỗ trợ sửa chữa nhà ở cho các hộ bị thiệt hại trước ngày "
            "31/5/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["Sở Tài chính"], "2027-05-25"),
                                              (["Sở Nông nghiệp và Môi trường"], "2027-09-30"),
                                              (["UBND xã Hòa An"], "2027-05-31")]


# Names: a verb right after a unit's name ("Phòng Kinh tế dự toán kinh phí …", "Công Thương cử 01
# lãnh đạo …"), a field of its own after a dash ("Phòng Nghiệp vụ Dược - Trang thiết bị"), units
# listed under their kind ("Các công ty thủy điện: A Vương, Sông Bung 4").
def test_names_end_before_their_verbs_and_lists_of_units_split():
    body = ("1. Phòng Kinh tế dự toán kinh phí tổ chức Ngày hội, trình Chủ tịch UBND tỉnh chậm nhất ngày 20/5/2027.\n"
            "2. Phòng Nghiệp vụ Dược - Trang thiết bị thẩm định nhu cầu bổ sung tủ lạnh trong tháng 8/2027.\n"
            "3. Các công ty thủy điện: A Vương, Sông Bung 4 vận hành hạ mực nước hồ trước 07 giờ ngày 28/5/2027.\n"
            "4. Các Sở: Nông nghiệp và Môi trường, Công Thương cử 01 lãnh đạo tham gia trực, gửi danh sách "
            "trước ngày 18/5/2027.\n")
    assert leads_by_date(NOTICE + body) == {
        "2027-05-20": {"Phòng Kinh tế"}, "2027-08-31": {"Phòng Nghiệp vụ Dược - Trang thiết bị"},
        "2027-05-28": {"Công ty thủy điện A Vương", "Công ty thủy điện Sông Bung 4"},
        "2027-05-18": {"Sở Nông nghiệp và Môi trường", "Sở Công Thương"}}


# A heading naming two groups ("Các sở, ban, ngành Thành phố và Ủy ban nhân dân các phường, xã là chủ
# đầu tư:"): both are the addressees of its dashes. The city's level stays in the first group's name
# (as in tests/test_parse_round27.py: "Các Sở, ngành Thành phố").
def test_a_heading_naming_two_groups_gives_its_dashes_to_both():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 12/UBND-KT\nCần Thơ, ngày 08 tháng 7 năm 2027\n"
            "V/v đẩy nhanh giải ngân\nKính gửi: Sở Tài chính.\nChủ tịch UBND Thành phố có ý kiến như sau:\n"
            "1. Các sở, ban, ngành Thành phố và Ủy ban nhân dân các phường, xã là chủ đầu tư:\n"
            "- Rà soát kế hoạch vốn, gửi Sở Tài chính trước ngày 20/7/2027;\n")
    assert leads_by_date(text) == {"2027-07-20": {"Các sở, ban, ngành Thành phố", "Ủy ban nhân dân các phường, xã"}}


# A table laid out by pdftotext -layout with no lead column and group rows naming the body of the
# rows under them ("A   SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CHỦ TRÌ"), its header repeated atop the next
# page (the last row of the page before going on under it): each row is its group's body's task.
def test_a_layout_table_with_group_rows_naming_the_lead():
    body = ("STT  Nội dung                            Cơ quan phối hợp          Thời gian hoàn thành\n"
            " A   SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CHỦ TRÌ\n"
            " 1   Rà soát, cấp mã số vùng trồng      UBND xã Hòa An            Trước ngày 30/6/2027\n"
            "     sâm Ngọc Linh\n"
            " B   SỞ KHOA HỌC VÀ CÔNG NGHỆ CHỦ TRÌ\n"
            " 2   Hoàn thiện quy trình truy xuất      Sở Nông nghiệp và Môi     Tháng 8/2027\n"
            "     nguồn gốc bằng tem điện tử          trường\n"
            "                                                                                     2\n"
            "STT  Nội dung                            Cơ quan phối hợp          Thời gian hoàn thành\n"
            "     (tiếp theo mục 2) tại các xã\n"
            " 3   Đăng ký bảo hộ nhãn hiệu tập        Hiệp hội Sâm              Trước ngày 15/10/2027\n"
            "     thể tại thị trường EU\n")
    head = ("         ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "          TỈNH CAO BẰNG                            Độc lập - Tự do - Hạnh phúc\n\n"
            "       Số: 74/KH-UBND                          Cao Bằng, ngày 06 tháng 4 năm 2027\n\n"
            "                                   KẾ HOẠCH\n"
            "              Bảo tồn và phát triển sâm năm 2027\n\n"
            "    UBND tỉnh ban hành Kế hoạch, phân công như sau:\n")
    assert leads_by_date(head + body) == {"2027-06-30": {"Sở Nông nghiệp và Môi trường"},
                                          "2027-08-31": {"Sở Khoa học và Công nghệ"},
                                          "2027-10-15": {"Sở Khoa học và Công nghệ"}}


# A markdown header cell holding the issuer, its Office and the number, joined by "<br>": the
# issuer is its lines in capitals.
def test_a_header_cell_with_line_breaks_gives_the_issuer():
    text = ("| ỦY BAN NHÂN DÂN TỈNH CAO BẰNG<br>**VĂN PHÒNG**<br>Số: 131/TB-VP | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
            "<br>*Cao Bằng, ngày 08 tháng 4 năm 2027* |\n|---|---|\n\n**THÔNG BÁO**\n\n"
            "Ý kiến kết luận của Phó Chủ tịch UBND tỉnh\n\n1. Sở Y tế báo cáo trước ngày 20/4/2027.\n")
    assert parse_notice(text).issuer == "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG VĂN PHÒNG"


# The quick look of parse/corrections.py skips a notice without these words: every correction
# phrase of the cue file must hold one.
def test_every_correction_phrase_holds_a_word_of_the_quick_look():
    from tbkl_xl.parse.corrections import _CORRECTING_WORDS
    from tbkl_xl.parse.cues import directive_cues
    assert all(any(w in p for w in _CORRECTING_WORDS) for p in directive_cues()["correction_new"])


# "Các cơ quan chủ trì các nhiệm vụ số 1 và 3 nêu trên báo cáo … trước ngày …" after a task table:
# the bodies leading those rows.
def test_the_bodies_of_rows_named_by_number():
    body = ("| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Phương án bảo đảm an ninh, trật tự | Công an tỉnh | Chậm nhất ngày 15/5/2027 |\n"
            "| 2 | Kêu gọi tài trợ | Sở Tài chính | Quý I/2027 |\n"
            "| 3 | Chỉnh trang đô thị | UBND xã Hòa An | Trước ngày 30/5/2027 |\n\n"
            "Các cơ quan chủ trì các nhiệm vụ số 1 và 3 nêu trên báo cáo tiến độ về Sở Văn hóa, Thể thao và Du lịch "
            "trước ngày 25/5/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-05-25"] == {"Công an tỉnh", "UBND xã Hòa An"}


# A council's own bodies hold its tasks: "Thường trực HĐND tỉnh" and "Các Ban của HĐND tỉnh" (no
# longer names of the council itself, the issuer, which holds none).
def test_a_councils_standing_body_and_committees_are_leads():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH CAO BẰNG\nTHƯỜNG TRỰC\nSố: 55/TB-HĐND\nCao Bằng, ngày 20 tháng 10 năm 2027\n"
            "THÔNG BÁO\nKết luận phiên giải trình của Thường trực HĐND tỉnh\n"
            "1. Đề nghị UBND tỉnh chỉ đạo hoàn thành giải phóng mặt bằng trong tháng 3/2028.\n"
            "2. Các Ban của HĐND tỉnh tổ chức thẩm tra các báo cáo, gửi báo cáo thẩm tra về Thường trực HĐND tỉnh "
            "trước ngày 01/12/2027.\n3. Giao Thường trực HĐND tỉnh giám sát việc thực hiện Nghị quyết.\n")
    assert leads_by_date(text) == {"2028-03-31": {"UBND tỉnh"}, "2027-12-01": {"Các Ban của HĐND tỉnh"},
                                   None: {"Thường trực HĐND tỉnh"}}


# "Các Ban Đảng Tỉnh ủy: Tổ chức, Tuyên giáo tham mưu …": each board of the Party committee
# (bodies.yaml's party_board_fields, since the verb after the last is in lower case as they are).
def test_the_party_committees_boards_listed_by_their_fields():
    text = ("ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG\n*\nSố: 123-TB/TU\nCao Bằng, ngày 10 tháng 1 năm 2027\n"
            "THÔNG BÁO\nKết luận của Ban Thường vụ Tỉnh ủy\n"
            "1. Các Ban Đảng Tỉnh ủy: Tổ chức, Tuyên giáo tham mưu Thường trực Tỉnh ủy sắp xếp bộ máy, hoàn thành "
            "trước ngày 28/02/2027.\n")
    assert leads_by_date(text) == {"2027-02-28": {"Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"}}


# A table's time cell naming a few days ("Từ ngày 06/6 đến ngày 07/6/2027") in a row holding an
# event: the days it is held (a planned event), no time limit; in a row of work ("Cấp phát sách …")
# the work is done by the last day.
def test_a_time_cell_of_a_few_days_is_an_event():
    body = ("| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Tổ chức Lễ hội ẩm thực | UBND xã Hòa An | Từ ngày 06/6 đến ngày 07/6/2027 |\n"
            "| 2 | Cấp phát sách giáo khoa | Sở Giáo dục và Đào tạo | Từ ngày 15/8 đến ngày 25/8/2027 |\n")
    assert leads_and_dates(NOTICE + body) == [(["UBND xã Hòa An"], None), (["Sở Giáo dục và Đào tạo"], "2027-08-25")]


# "Các bộ phận nêu tại Mục II báo cáo …" as the last item of part II: the divisions its items name
# ("bộ phận" is no "Bộ", a ministry).
def test_the_divisions_named_in_a_part():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA AN\nSố: 27/BC-UBND\nHòa An, ngày 05 tháng 02 năm 2027\nBÁO CÁO\n"
            "Kết quả kiểm tra trật tự xây dựng tháng 01/2027\nI. KẾT QUẢ KIỂM TRA\nĐã kiểm tra 64 công trình.\n"
            "II. NHIỆM VỤ TRIỂN KHAI\nChủ tịch UBND phường giao:\n"
            "1. Phòng Kinh tế, Hạ tầng và Đô thị lập hồ sơ xử phạt, trình Chủ tịch UBND phường trước ngày 13/02/2027.\n"
            "2. Công an phường xác minh nhân thân các chủ đầu tư vắng mặt.\n"
            "3. Các bộ phận nêu tại Mục II báo cáo kết quả thực hiện về Chủ tịch UBND phường trước ngày 27/02/2027.\n")
    assert leads_by_date(text)["2027-02-27"] == {"Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường"}


# A work programme's table with time group rows ("| **Tháng 3/2027** |  |  |  |"): the rows below
# are due by the end of that month, up to the next such row.
def test_a_programmes_time_rows_date_the_rows_below():
    body = ("| **STT** | **Nội dung** | **Cơ quan chủ trì** | **Cấp trình** |\n|---|---|---|---|\n"
            "| **Tháng 6/2027** |  |  |  |\n"
            "| 1 | Đề án phát triển cà phê đặc sản | Sở Nông nghiệp và Môi trường | UBND tỉnh |\n"
            "| **Quý III/2027** |  |  |  |\n"
            "| 2 | Kế hoạch đầu tư công năm 2028 | Sở Tài chính | HĐND tỉnh |\n")
    assert leads_and_dates(NOTICE + body) == [(["Sở Nông nghiệp và Môi trường"], "2027-06-30"),
                                              (["Sở Tài chính"], "2027-09-30")]


# "Các đơn vị có tên tại điểm 2 Mục II xây dựng báo cáo … trước ngày …": the bodies that part names
# (a schedule of inspections), each on its own — not the head of the team ("Phó Giám đốc Sở Nội vụ").
def test_the_units_named_in_a_part_of_a_plan():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 51/KH-UBND\nCao Bằng, ngày 03 tháng 3 năm 2027\nKẾ HOẠCH\n"
            "Kiểm tra công tác cải cách hành chính năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\nĐánh giá kết quả cải cách hành chính.\n"
            "II. NỘI DUNG, LỊCH KIỂM TRA\n1. Nội dung: cải cách thủ tục hành chính.\n2. Lịch kiểm tra:\n"
            "- Sở Công Thương: ngày 14/4/2027, trưởng đoàn: Phó Giám đốc Sở Nội vụ;\n"
            "- UBND xã Hòa An: ngày 12/5/2027, trưởng đoàn: Phó Giám đốc Sở Nội vụ.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Các đơn vị có tên tại điểm 2 Mục II xây dựng báo cáo tự kiểm tra, gửi về Sở Nội vụ "
            "trước ngày 31/3/2027.\n2. Sở Nội vụ tổng hợp kết quả kiểm tra, báo cáo UBND tỉnh trước ngày 15/6/2027.\n")
    assert leads_by_date(text)["2027-03-31"] == {"Sở Công Thương", "UBND xã Hòa An"}


# A schedule's time column ("| Đối tượng kiểm tra | Thời gian kiểm tra | Đơn vị chủ trì |"): when
# each inspection is held, no time limit (a task table's "Thời gian hoàn thành" is one).
def test_a_schedules_times_are_no_time_limits():
    body = ("| STT | Đối tượng kiểm tra | Thời gian kiểm tra | Đơn vị chủ trì |\n|---|---|---|---|\n"
            "| 1 | Cơ sở dịch vụ ăn uống | Từ 19/5 đến 23/5/2027 | Trạm Y tế xã |\n"
            "| 2 | Chợ Hòa An | Ngày 06/6/2027 | Phòng Kinh tế |\n")
    assert leads_and_dates(NOTICE + body) == [(["Trạm Y tế xã"], None), (["Phòng Kinh tế"], None)]


# How long a measure applies ("các khoản miễn, giảm áp dụng đến hết ngày 31/12/2028") is no time limit.
def test_the_term_a_measure_applies_is_no_time_limit():
    body = "1. Sở Tài chính ban hành hướng dẫn trước ngày 30/9/2027; các khoản miễn, giảm áp dụng đến hết ngày 31/12/2028.\n"
    assert leads_and_dates(NOTICE + body) == [(["Sở Tài chính"], "2027-09-30")]


# "báo cáo kết quả giải ngân đến hết ngày 31/12/2027 về Sở Tài chính trước ngày 05/01/2028": the day
# the reported data run up to, the later day the time limit.
def test_the_day_data_run_up_to_before_the_time_limit():
    body = ("1. Sở Xây dựng báo cáo kết quả giải ngân đến hết ngày 31/12/2027 về Sở Tài chính trước ngày "
            "05/01/2028 để tổng hợp.\n")
    assert leads_and_dates(NOTICE + body) == [(["Sở Xây dựng"], "2028-01-05")]
