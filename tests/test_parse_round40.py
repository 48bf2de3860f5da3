"""Round 40 (issue 11's thirty-ninth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZQ … ZZZZZZZZZZZZZZZZF, one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import NB_LETTER as LETTER, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.deadlines import find_deadlines


def _letter(addressees: str, body: str, issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n") -> str:
    return (issuer + "Số: 915/UBND-KT\nV/v thực hiện các nhiệm vụ\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n" + addressees + "\n\n" + body + "\n\n" + SIGNED)


def _plan(body: str, issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n") -> str:
    return (issuer + "Số: 96/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2027\n\n"
            + body + "\n\n" + SIGNED)


def _dates(text: str, on: date = date(2027, 4, 14)) -> list:
    return [(d.date.isoformat() if d.date else None) for d in find_deadlines(text, on)]


def _names(text: str) -> list:
    return [m.agency.name for m in default_directory().find_mentions(text)]


# A department's letter opening with what a decree of the Government requires, then "1. Các cơ quan, đơn vị nêu
# trên xây dựng …": the letter's addressees, not the decree's author (nor the department itself).
def test_the_author_of_a_cited_decree_is_not_named_before():
    body = ("Qua tổng hợp, các cơ quan, đơn vị nêu trên còn 12 công chức giữ vị trí phải chuyển đổi quá thời hạn theo "
            "Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ. Sở Nội vụ đề nghị:\n"
            "1. Các cơ quan, đơn vị nêu trên xây dựng Kế hoạch chuyển đổi vị trí công tác, gửi Sở Nội vụ trước ngày "
            "30/4/2027.\n2. Sở Tài chính bổ sung danh mục vị trí phải chuyển đổi trước ngày 20/4/2027.")
    found = leads_by_date(_letter("- Sở Tài chính;\n- Sở Xây dựng;\n- UBND xã Gia Viễn.", body,
                                  issuer="UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\n"))
    assert found["2027-04-30"] == {"Sở Tài chính", "Sở Xây dựng", "UBND xã Gia Viễn"}


# "Các cơ quan, đơn vị có người được xác minh cung cấp …" under a table headed "| Cơ quan, đơn vị | Người được
# xác minh | … |": the group is the table's bodies, word for word one of its columns.
def test_a_group_described_by_a_column_of_the_table_above():
    body = ("II. LỊCH XÁC MINH\n"
            "| STT | Cơ quan, đơn vị | Người được xác minh | Thời hạn cung cấp hồ sơ | Thời gian xác minh |\n|---|---|---|---|---|\n"
            "| 1 | Sở Y tế | 02 người | Trước ngày 05/5/2027 | Từ ngày 10/5 đến ngày 20/5/2027 |\n"
            "| 2 | UBND xã Nho Quan | 01 người | Trước ngày 12/5/2027 | Từ ngày 24/5 đến ngày 28/5/2027 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Các cơ quan, đơn vị có người được xác minh cung cấp bản kê khai, hồ sơ cán bộ của người được xác minh.")
    found = leads_and_dates(_plan(body, issuer="UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\n"))
    assert (["Sở Y tế"], None) in found and (["UBND xã Nho Quan"], None) in found
    assert not any(leads == ["Các cơ quan, đơn vị"] for leads, _d in found)


# Councils a law sets up in every commune, named by their work in lower case: "Hội đồng xác định mức độ khuyết tật
# cấp xã", "Hội đồng xét tuyển …".
def test_councils_named_by_their_work():
    assert _names("Hội đồng xác định mức độ khuyết tật cấp xã hoàn thành xác định lại") == \
        ["Hội đồng xác định mức độ khuyết tật cấp xã"]
    found = leads_and_dates(LETTER + "1. Hội đồng xác định mức độ khuyết tật cấp xã hoàn thành xác định lại mức độ "
                            "khuyết tật trước ngày 30/9/2027.\n\n" + SIGNED)
    assert found == [(["Hội đồng xác định mức độ khuyết tật cấp xã"], "2027-09-30")]


# "UBND các xã, phường nơi có cơ sở chủ trì thực hiện nhiệm vụ tại bảng dưới đây" over "| STT | Cơ sở | Xã, phường |
# Nhiệm vụ | Thời gian |": each row's commune leads (the facility is what the row is about); and "UBND các xã,
# phường có tên tại Mục II" means the communes of that column, written "Xã Gia Viễn" in it.
def test_the_communes_of_a_table_lead_when_its_sentence_says_so():
    body = ("II. NHIỆM VỤ TẠI CÁC CƠ SỞ\n"
            "UBND các xã, phường nơi có cơ sở chủ trì thực hiện nhiệm vụ tại bảng dưới đây.\n"
            "| STT | Cơ sở | Xã, phường | Nhiệm vụ | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Chùa Bái Đính | Xã Gia Viễn | Hoàn thiện hồ sơ đất đai | Quý III/2027 |\n"
            "| 2 | Đền Thái Vi | Phường Tam Điệp | Xây dựng quy chế quản lý lễ hội | Trước ngày 30/11/2027 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. UBND các xã, phường có tên tại Mục II báo cáo kết quả về Sở Dân tộc và Tôn giáo trước ngày 05/12/2027.")
    found = leads_and_dates(_plan(body, issuer="UBND TỈNH NINH BÌNH\nSỞ DÂN TỘC VÀ TÔN GIÁO\n"))
    assert (["UBND xã Gia Viễn"], "2027-09-30") in found
    assert (["UBND phường Tam Điệp"], "2027-11-30") in found
    assert (["UBND xã Gia Viễn"], "2027-12-05") in found and (["UBND phường Tam Điệp"], "2027-12-05") in found
    assert not any("Chùa" in " ".join(leads) for leads, _d in found)


# Two religious bodies joined by "và": "Ban Trị sự … tỉnh và Tòa Giám mục Giáo phận …", each a body.
def test_a_diocese_see_after_and():
    assert _names("Đề nghị Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và Tòa Giám mục Giáo phận Phát Diệm đăng ký") == \
        ["Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Tòa Giám mục Giáo phận Phát Diệm"]


# "Chủ tịch UBND các xã: Gia Viễn, Nho Quan, Chủ tịch UBND phường Tam Điệp chỉ đạo …": the list of communes ends
# before the next head's title (no commune "Chủ").
def test_an_elided_list_ends_at_the_next_title():
    found = leads_by_date(LETTER + "1. Chủ tịch UBND các xã: Gia Viễn, Nho Quan, Chủ tịch UBND phường Tam Điệp chỉ đạo "
                          "rà soát bản kê khai, hoàn thành trước ngày 31/12/2027.\n\n" + SIGNED)
    assert found["2027-12-31"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND phường Tam Điệp"}


# Periods that are no time limit counted from the letter: a declaration displayed for 15 days, days before Tết,
# days from an agreement's signing; and a quarter after a plan cited with a comma is a time limit.
def test_periods_and_a_quarter_after_a_cited_plan():
    assert _dates("công khai bản kê khai trong thời gian 15 ngày tại trụ sở") == [None]
    assert _dates("thanh toán tiền lương chậm nhất 07 ngày trước Tết Nguyên đán") == [None]
    assert _dates("thanh toán trong 10 ngày kể từ ngày ký kết hợp đồng") == [None]
    assert _dates("báo cáo trong 10 ngày kể từ ngày ký") == ["2027-04-24"]
    assert _dates("phủ sóng các thôn còn lại theo Kế hoạch số 96/KH-SKHCN, hoàn thành trong quý II/2028") == ["2028-06-30"]


# "1. Các đơn vị chủ trì tại bảng trên thu hồi cáp hết sử dụng …" with no time: a task of each body leading a row.
def test_an_undated_task_of_the_bodies_of_the_table_above():
    body = ("| STT | Tuyến phố | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Phố Lê Lợi | Sở Xây dựng | Tháng 10/2027 |\n| 2 | Phố Trần Hưng Đạo | Sở Y tế | Tháng 11/2027 |\n\n"
            "1. Các đơn vị chủ trì tại bảng trên thu hồi cáp hết sử dụng, bó gọn cáp bằng dây buộc chuyên dụng.")
    found = leads_and_dates(LETTER + body + "\n\n" + SIGNED)
    assert (["Sở Xây dựng"], None) in found and (["Sở Y tế"], None) in found


# An occasion before the subject: "Dịp Thanh minh (từ ngày 05/4/2027), Công an tỉnh chỉ đạo …", "Trong dịp Tết, …".
def test_an_occasion_before_the_subject():
    found = leads_and_dates(LETTER + "1. Dịp Thanh minh năm Đinh Mùi (từ ngày 20/4/2027), Công an tỉnh chỉ đạo Công an "
                            "các xã bảo đảm an ninh, trật tự tại các nghĩa trang.\n2. Trong dịp Tết Nguyên đán, Sở Y tế "
                            "bố trí lịch trực.\n\n" + SIGNED)
    assert found == [(["Công an tỉnh"], None), (["Sở Y tế"], None)]


# The agent of a passive that pays or funds ("Tiền bồi thường … do Ban Quản lý dự án … chi trả …", "Kinh phí do Sở
# Tài chính bố trí trước ngày …"), not what was done ("kinh phí do Sở Tài chính cấp đã giải ngân 80%").
def test_the_agent_of_a_passive_that_pays():
    found = leads_and_dates(LETTER + "1. Tiền bồi thường do Ban Quản lý dự án đầu tư xây dựng tỉnh chi trả cho các hộ "
                            "trong 30 ngày kể từ ngày phê duyệt phương án.\n2. Kinh phí do Sở Tài chính bố trí trước ngày "
                            "30/4/2027.\n3. Năm 2026, kinh phí do Sở Xây dựng bố trí đã giải ngân 80%.\n\n" + SIGNED)
    assert found == [(["Ban Quản lý dự án đầu tư xây dựng tỉnh"], None), (["Sở Tài chính"], "2027-04-30")]


# "… đề nghị các cơ sở đăng ký …" in a letter to "Các cơ sở có tên tại Phụ lục": the addressees; in a letter to
# the departments, the facilities are what the subject deals with.
def test_the_facilities_a_letter_is_addressed_to():
    body = ("5. Sở Nông nghiệp và Môi trường tổ chức Hội nghị tập huấn, dự kiến vào ngày 18/6/2027; đề nghị các cơ sở "
            "đăng ký danh sách người tham dự trước ngày 10/6/2027.")
    found = leads_and_dates(_letter("Các cơ sở có tên tại Phụ lục kèm theo.", body,
                                    issuer="UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"))
    assert (["Các cơ sở có tên tại Phụ lục kèm theo"], "2027-06-10") in found
    other = leads_and_dates(LETTER + "1. Sở Công Thương tổ chức kiểm tra; đề nghị các cơ sở kinh doanh tự kiểm tra "
                            "trước ngày 15/5/2027.\n\n" + SIGNED)
    assert other == [(["Sở Công Thương"], "2027-05-15")]


# The heads of quarters and the Front's working committees of villages listed after a colon, the head written once.
def test_lists_of_village_bodies():
    assert _names("Trưởng các khối phố: Tân Hòa, Phai Duốc tổ chức họp") == \
        ["Trưởng khối phố Tân Hòa", "Trưởng khối phố Phai Duốc"]
    assert _names("Ban công tác Mặt trận các thôn: Nà Thâm, Khun Slam tổ chức") == \
        ["Ban công tác Mặt trận thôn Nà Thâm", "Ban công tác Mặt trận thôn Khun Slam"]
    assert _names("Riêng Trưởng tổ dân phố Khối 4, Khối 9 tổ chức họp dân") == \
        ["Trưởng tổ dân phố Khối 4", "Trưởng tổ dân phố Khối 9"]


# "| Lợi Bác, Khánh Khê |" under "| Xã chủ trì |": each commune the cell names bare.
def test_two_communes_in_one_lead_cell():
    body = ("| STT | Hồ chứa | Xã chủ trì | Nhiệm vụ | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Yên Thắng | Gia Viễn, Nho Quan | Thành lập tổ cộng đồng quản lý nguồn lợi thủy sản | Quý III/2027 |\n")
    found = leads_and_dates(_plan(body))
    assert (["UBND xã Gia Viễn"], "2027-09-30") in found and (["UBND xã Nho Quan"], "2027-09-30") in found


# A session held over days ("kỳ họp dự kiến từ ngày 08 đến 10/12/2027"): its first day is the opening the limits
# "chậm nhất 20 ngày trước ngày khai mạc kỳ họp" count back from.
def test_days_before_a_session_held_over_days():
    body = ("Thực hiện Thông báo số 86/TB-HĐND của Thường trực HĐND tỉnh về kỳ họp thường lệ cuối năm 2027 (kỳ họp dự "
            "kiến từ ngày 08 đến 10/12/2027), UBND tỉnh yêu cầu:\n"
            "1. Văn phòng UBND tỉnh hoàn chỉnh tài liệu, gửi Thường trực HĐND tỉnh chậm nhất 20 ngày trước ngày khai "
            "mạc kỳ họp.")
    assert leads_and_dates(LETTER + body + "\n\n" + SIGNED) == [(["Văn phòng UBND tỉnh"], "2027-11-18")]


# A table whose time columns each time a step of sending the row's work on ("Thời gian gửi Sở Tư pháp thẩm định",
# "Thời gian gửi Văn phòng UBND tỉnh", or the step alone, "Gửi Sở Tư pháp thẩm định" / "Trình UBND tỉnh"): one
# limit per step, a step already taken ("Đã gửi ngày …") none.
def test_the_steps_of_sending_a_draft_on():
    body = ("| STT | Nội dung trình kỳ họp | Cơ quan chủ trì | Thời gian gửi Sở Tư pháp thẩm định | Thời gian gửi Văn phòng "
            "UBND tỉnh |\n|---|---|---|---|---|\n"
            "| 1 | Nghị quyết về dự toán ngân sách năm 2028 | Sở Tài chính | Trước ngày 23/10/2027 | Trước ngày 04/11/2027 |\n"
            "| 2 | Báo cáo tình hình kinh tế - xã hội | Sở Xây dựng | Không thuộc diện thẩm định | Trước ngày 06/11/2027 |\n")
    found = leads_and_dates(_plan(body))
    assert (["Sở Tài chính"], "2027-10-23") in found and (["Sở Tài chính"], "2027-11-04") in found
    assert (["Sở Xây dựng"], "2027-11-06") in found and (["Sở Xây dựng"], None) not in found
    drafts = ("| STT | Tên dự thảo nghị quyết | Cơ quan soạn thảo | Gửi Sở Tư pháp thẩm định | Trình UBND tỉnh |\n"
              "| 1 | Quy định mức hỗ trợ đóng bảo hiểm y tế | Sở Y tế | Trước ngày 10/11/2027 | Trước ngày 17/11/2027 |\n"
              "| 2 | Đặt tên đường, phố | Sở Xây dựng | Đã gửi ngày 28/10/2027 | Trước ngày 10/11/2027 |\n")
    found = leads_and_dates(_plan(drafts))
    assert (["Sở Y tế"], "2027-11-10") in found and (["Sở Y tế"], "2027-11-17") in found
    assert (["Sở Xây dựng"], "2027-11-10") in found and (["Sở Xây dựng"], "2027-10-28") not in found
    texts = [t.text for t in parse_notice(_plan(drafts)).tasks]
    assert "Quy định mức hỗ trợ đóng bảo hiểm y tế — Trình UBND tỉnh" in texts


# "Sở Tài chính (the issuer) dự kiến tổ chức tập huấn …; đề nghị các cơ quan, đơn vị đăng ký … trước ngày …": the
# issuer's own plan, then its request to the letter's addressees (not a task of the issuer, nor dropped with the plan).
def test_a_request_after_the_issuers_own_plan():
    body = ("5. Sở Tài chính dự kiến tổ chức tập huấn đấu thầu qua mạng vào ngày 24/11/2027; đề nghị các cơ quan, đơn vị "
            "đăng ký danh sách học viên trước ngày 18/11/2027.")
    found = leads_by_date(_letter("- Sở Xây dựng;\n- Sở Y tế;\n- UBND xã Gia Viễn.", body,
                                  issuer="UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\n"))
    assert found == {"2027-11-18": {"Sở Xây dựng", "Sở Y tế", "UBND xã Gia Viễn"}}


# "Đề nghị UBND các xã, phường có tên dưới đây chỉ đạo thực hiện chỉ tiêu theo thời gian tại bảng:" over a table of
# figures by commune: each row's task is that sentence, by the row's time.
def test_a_table_of_targets_takes_the_sentence_before_it():
    body = ("Đề nghị Ủy ban nhân dân các xã, phường có tên dưới đây chỉ đạo thực hiện chỉ tiêu theo thời gian tại bảng:\n"
            "| STT | Xã, phường | Người tham gia mới | Tỷ lệ bao phủ | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Xã Gia Viễn | 1.250 | Đạt 95% | Trước ngày 31/12/2027 |\n"
            "| 2 | Phường Tam Điệp | 1.420 | Đạt 97% | Trước ngày 30/11/2027 |\n")
    tasks = parse_notice(_plan(body)).tasks
    got = {(t.lead[0].name, t.deadline.date.isoformat()): t.text for t in tasks if t.deadline and t.deadline.date}
    assert set(got) == {("UBND xã Gia Viễn", "2027-12-31"), ("UBND phường Tam Điệp", "2027-11-30")}
    assert all(text.startswith("Đề nghị Ủy ban nhân dân các xã, phường có tên dưới đây chỉ đạo thực hiện chỉ tiêu")
               for text in got.values())


# "- Rà soát …, gửi Sở Xây dựng trước ngày 22/8/2027. Các cơ quan, đơn vị nêu trên báo cáo … trước ngày …" (the
# closing run on to the last dash's line by a hard wrap): the closing is every addressee's, not the last item's.
def test_a_closing_run_on_to_the_last_dash():
    body = ("1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập phương án sửa chữa, trình UBND tỉnh trước ngày 31/8/2027.\n"
            "2. UBND các xã: Gia Viễn, Nho Quan:\n"
            "- Vận động các hộ dân di dời tạm thời đến nơi an toàn;\n"
            "- Rà soát, thống kê thiệt hại công trình dân sinh do sạt lở, gửi Sở Xây dựng trước ngày 22/8/2027. "
            "Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 05/9/2027.")
    found = leads_by_date(LETTER + body + "\n\n" + SIGNED)
    assert found["2027-09-05"] == {"Sở Tài chính", "Sở Y tế", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# The minutes of a check at "Công ty cổ phần X" (no "Kính gửi"): "Công ty thống nhất … và cam kết:" over its dated
# commitments and "Yêu cầu Công ty …" are that firm's.
def test_the_firm_a_checks_minutes_are_about():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nĐOÀN KIỂM TRA LIÊN NGÀNH\nNinh Bình, ngày 16 tháng 4 năm 2027\n"
            "BIÊN BẢN LÀM VIỆC\nKiểm tra công tác bảo vệ môi trường tại Công ty cổ phần Gạch ngói Gia Viễn\n\n"
            "Hồi 08 giờ 30 ngày 16/4/2027, tại trụ sở Công ty cổ phần Gạch ngói Gia Viễn, chúng tôi gồm: đại diện Sở Nông "
            "nghiệp và Môi trường, UBND xã Gia Viễn.\n"
            "II. Ý KIẾN CỦA CÔNG TY\nCông ty thống nhất với kết quả kiểm tra và cam kết:\n"
            "- Bê tông hóa toàn bộ sân bãi chậm nhất ngày 31/8/2027.\n"
            "- Lắp đặt hệ thống lọc bụi, hoàn thành trước ngày 30/9/2027.\n"
            "III. KẾT LUẬN CỦA ĐOÀN KIỂM TRA\n"
            "1. Yêu cầu Công ty thực hiện đúng các nội dung đã cam kết.\n"
            "2. Đề nghị UBND xã Gia Viễn giám sát việc thực hiện cam kết của Công ty.\n\n"
            "ĐẠI DIỆN CÔNG TY\nTRƯỞNG ĐOÀN KIỂM TRA\n")
    found = leads_and_dates(text)
    firm = "Công ty cổ phần Gạch ngói Gia Viễn"
    assert ([firm], "2027-08-31") in found and ([firm], "2027-09-30") in found and ([firm], None) in found


# A time cell naming an election's day with its weekday ("Chủ nhật, ngày 18/10/2027") beside "Tổ chức bầu cử …": the
# day it is held, no limit.
def test_an_elections_day_in_a_step_table():
    body = ("| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Niêm yết danh sách cử tri | Ban Thường trực Ủy ban Mặt trận Tổ quốc xã | Trước ngày 08/10/2027 |\n"
            "| 2 | Tổ chức bầu cử, kiểm phiếu, lập biên bản kết quả bầu cử | Tổ bầu cử | Chủ nhật, ngày 18/10/2027 |\n")
    found = leads_and_dates(_plan(body))
    assert (["Tổ bầu cử"], None) in found and not any(d == "2027-10-18" for _l, d in found)


# "Kiến nghị Giám đốc Sở Y tế chỉ đạo …; tổng hợp, báo cáo kết quả … trước ngày …" in an inspection's conclusion:
# the department whose head is recommended to act.
def test_a_recommendation_to_a_departments_head():
    text = ("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 21/KL-TTr\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾT LUẬN THANH TRA\n"
            "Việc chấp hành pháp luật về đấu thầu tại Bệnh viện Đa khoa tỉnh\n\nII. KIẾN NGHỊ\n"
            "1. Kiến nghị Giám đốc Sở Y tế chỉ đạo các bệnh viện trực thuộc chấn chỉnh việc xây dựng giá gói thầu; tổng "
            "hợp, báo cáo kết quả về Thanh tra tỉnh trước ngày 15/6/2027.\n\n" + SIGNED)
    assert (["Sở Y tế"], "2027-06-15") in leads_and_dates(text)


# "| Dự án | Chủ đầu tư | Tiến độ được duyệt | Tình hình |": where the works stand beside their approved schedule, no
# time limit set now.
def test_a_table_of_approved_schedules_and_where_works_stand():
    body = ("| STT | Dự án | Chủ đầu tư | Tiến độ được duyệt | Tình hình |\n|---|---|---|---|---|\n"
            "| 1 | Nhà ở công nhân Khu công nghiệp Gián Khẩu | Công ty cổ phần Phát triển Nhà ở Gia Viễn | Hoàn thành "
            "Quý IV/2028 | Chưa được giao đất |\n\n1. Sở Xây dựng đôn đốc các chủ đầu tư đẩy nhanh tiến độ.")
    found = leads_and_dates(LETTER + body + "\n\n" + SIGNED)
    assert not any(d for _l, d in found)


# Two quarters' heads each written in full with their number ("Trưởng tổ dân phố số 3 và Trưởng tổ dân phố số 7").
def test_numbered_quarters_heads():
    assert _names("Riêng Trưởng tổ dân phố số 3 và Trưởng tổ dân phố số 7 rà soát") == \
        ["Trưởng tổ dân phố số 3", "Trưởng tổ dân phố số 7"]


# "… theo danh sách do Bảo hiểm xã hội cơ sở cung cấp …": a thing described by who provides it, no agent of the task.
def test_a_list_described_by_its_provider():
    body = ("2. Ủy ban nhân dân các xã: Gia Viễn, Nho Quan:\n- Chỉ đạo Ban Chỉ đạo xã rà soát người chưa tham gia bảo "
            "hiểm y tế theo danh sách do Bảo hiểm xã hội cơ sở cung cấp, gửi kết quả trước ngày 05/10/2027.")
    assert leads_by_date(LETTER + body + "\n\n" + SIGNED)["2027-10-05"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# Groups of firms and households named by what they are: "các doanh nghiệp có vốn đầu tư nước ngoài" after a cue,
# "Các hộ nuôi cá lồng" as a subject.
def test_groups_of_firms_and_households():
    found = leads_and_dates(LETTER + "1. Đề nghị các doanh nghiệp có vốn đầu tư nước ngoài công khai phương án trả lương "
                            "trước ngày 15/5/2027.\n2. Các hộ nuôi cá lồng thực hiện đăng ký số lồng nuôi trước ngày "
                            "15/8/2027.\n\n" + SIGNED)
    assert found == [(["Các doanh nghiệp có vốn đầu tư nước ngoài"], "2027-05-15"), (["Các hộ nuôi cá lồng"], "2027-08-15")]

