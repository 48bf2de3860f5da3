"""Round 44 (issue 11's forty-third round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZK … ZZZZZZZZZZZZZZZZZZZ, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_SIGNED as SIGNED, dated as _dated, letter as _letter, names as _names, \
    tasks as _tasks
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.deadlines import find_deadlines
from datetime import date


# A body written whole where nothing but its name stands — a heading over dashes, a task table's lead cell, a bracket
# after "qua" — is read whole where the text names it again before a verb, though the grammar would end the name at its
# comma or at a word of its work ("Phòng Giám sát, kiểm tra và xử lý sau thanh tra", "Đội Hướng dẫn, kiểm tra an toàn
# PCCC", "Phòng Báo chí, Xuất bản", "Phòng Quản lý xây dựng và Vật liệu xây dựng").
def test_names_written_whole_in_a_heading_a_lead_cell_or_a_bracket():
    body = ("**1. Phòng Giám sát, kiểm tra và xử lý sau thanh tra**\n"
            "- Theo dõi, đôn đốc các đơn vị; tổng hợp, báo cáo Chánh Thanh tra tỉnh trước ngày 20/6/2027.\n"
            "2. Các đơn vị báo cáo Công an tỉnh (qua Đội Hướng dẫn, kiểm tra an toàn PCCC) trước ngày 10/8/2027.\n"
            "3. Đội Hướng dẫn, kiểm tra an toàn PCCC phúc kiểm việc khắc phục, hoàn thành trước ngày 30/9/2027.\n"
            "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra chất lượng gạch không nung | Phòng Quản lý xây dựng và Vật liệu xây dựng | Quý III/2027 |\n"
            "| 2 | Bồi dưỡng kỹ năng người phát ngôn | Phòng Báo chí, Xuất bản | Tháng 6/2027 |\n"
            "4. Phòng Báo chí, Xuất bản tổng hợp kết quả trước ngày 10/12/2027.")
    got = _dated(_letter(body))
    assert {("Phòng Giám sát, kiểm tra và xử lý sau thanh tra", "2027-06-20"),
            ("Đội Hướng dẫn, kiểm tra an toàn PCCC", "2027-09-30"),
            ("Phòng Quản lý xây dựng và Vật liệu xây dựng", "2027-09-30"),
            ("Phòng Báo chí, Xuất bản", "2027-06-30"), ("Phòng Báo chí, Xuất bản", "2027-12-10")} <= got
    assert not any(a in ("Phòng Giám sát", "Đội Hướng dẫn", "Phòng Quản lý", "Phòng Báo chí") for a, _d in got)


# Heads of bodies no directory lists: places of detention, treatment facilities, cooperatives by their short form,
# grassroots trade unions, work units of an office or a firm ("Tổ Kho lạnh"), shops and sole proprietorships; and the
# police's and an inspectorate's divisions named by fields whose words read as verbs elsewhere.
def test_heads_of_facilities_units_and_divisions():
    assert _names("Trại tạm giam Công an tỉnh lập danh sách") == ["Trại tạm giam Công an tỉnh"]
    assert _names("Cơ sở điều trị Methadone liên hệ, vận động bệnh nhân") == ["Cơ sở điều trị Methadone"]
    assert _names("HTX Nông nghiệp Quýt Bắc Sơn chủ trì in tem") == ["HTX Nông nghiệp Quýt Bắc Sơn"]
    assert _names("Công đoàn cơ sở Công ty TNHH Dệt kim Hồng Phong ký kết thỏa ước") \
        == ["Công đoàn cơ sở Công ty TNHH Dệt kim Hồng Phong"]
    assert _names("Tổ Kho lạnh kiểm định hệ thống máy nén") == ["Tổ Kho lạnh"]
    assert _names("Phòng Điều hành in lịch xuất bến, niêm yết tại phòng chờ") == ["Phòng Điều hành"]
    assert _names("Cửa hàng xăng dầu Mai Pha (Doanh nghiệp tư nhân Hải Yến)") \
        == ["Cửa hàng xăng dầu Mai Pha", "Doanh nghiệp tư nhân Hải Yến"]
    assert _names("Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng kiểm tra") \
        == ["Phòng Cảnh sát quản lý tạm giữ, tạm giam và thi hành án hình sự tại cộng đồng"]
    assert _names("Phòng Tiếp công dân, xử lý đơn thư tổng hợp đơn") == ["Phòng Tiếp công dân, xử lý đơn thư"]
    assert _names("Tổ chức kiểm tra các cơ sở") == []         # (a verb, no team)
    body = ("1. Trại tạm giam Công an tỉnh\n- Chậm nhất ngày 10/8/2027, lập danh sách người bị tạm giam.\n"
            "**2. Cơ sở điều trị Methadone** liên hệ, vận động bệnh nhân bỏ trị quay lại điều trị trước ngày 30/8/2027.")
    assert _dated(_letter(body)) == {("Trại tạm giam Công an tỉnh", "2027-08-10"),
                                     ("Cơ sở điều trị Methadone", "2027-08-30")}


# Lists under a plural head the grammar writes before each name: "Các đồn: Bảo Lâm, Cao Lâu", "Các Bưu cục: Đình Lập,
# Lộc Bình và Bưu cục Thất Khê" (the last one written with its head).
def test_posts_and_post_offices_listed_after_their_plural_head():
    assert _names("Các đồn: Bảo Lâm, Cao Lâu tuyên truyền") == ["Đồn Bảo Lâm", "Đồn Cao Lâu"]
    assert _names("Các Bưu cục: Đình Lập, Lộc Bình và Bưu cục Thất Khê lắp đặt") \
        == ["Bưu cục Đình Lập", "Bưu cục Lộc Bình", "Bưu cục Thất Khê"]


# A group of a kind no grammar reads, which the body defines by listing its members after a colon, then names again:
# "Các cơ sở điều trị HIV/AIDS: A, B, C rà soát …" … "Các cơ sở điều trị HIV/AIDS báo cáo …" (each member).
def test_a_group_the_body_defines_by_its_members():
    body = ("1. Các cơ sở điều trị HIV/AIDS: Trung tâm Y tế khu vực Hữu Lũng, Bệnh viện Đa khoa tỉnh rà soát dữ liệu "
            "trước ngày 31/8/2027.\n"
            "2. Phòng Giám định bảo hiểm y tế thẩm định dữ liệu; hướng dẫn các cơ sở điều trị khắc phục lỗi.\n"
            "Các cơ sở điều trị HIV/AIDS báo cáo số lượt người bệnh được thanh toán về Bảo hiểm xã hội tỉnh trước ngày "
            "25/9/2027.")
    got = _dated(_letter(body))
    assert {("Trung tâm Y tế khu vực Hữu Lũng", "2027-09-25"), ("Bệnh viện Đa khoa tỉnh", "2027-09-25")} <= got
    assert not any(d == "2027-09-25" and a == "Phòng Giám định bảo hiểm y tế" for a, d in got)


# A group of the parties asked, named by its kind and what they do, as a sentence's subject: "Các doanh nghiệp kinh
# doanh kho bãi niêm yết …", "Đề nghị các thương nhân phân phối xăng dầu duy trì …" (not those a body of the letter
# asks in its own task: "Sở Công Thương … yêu cầu các thương nhân phân phối duy trì …").
def test_groups_of_parties_asked_as_a_subject():
    body = ("1. Các doanh nghiệp kinh doanh kho bãi niêm yết công khai giá dịch vụ trước ngày 30/9/2027.\n"
            "2. Đề nghị các doanh nghiệp kinh doanh bãi đỗ xe, kho bãi trên địa bàn xã ký cam kết bảo đảm an ninh trước "
            "ngày 25/9/2027.\n"
            "3. Các thương nhân phân phối xăng dầu và thương nhân kinh doanh LPG chai gửi báo cáo kết quả trước ngày "
            "15/5/2027.\n"
            "4. Sở Y tế chủ trì, phối hợp với Sở Tài chính yêu cầu các thương nhân phân phối duy trì mức dự trữ; báo cáo "
            "UBND tỉnh trước ngày 15/6/2027.")
    got = _dated(_letter(body))
    assert {("Các doanh nghiệp kinh doanh kho bãi", "2027-09-30"),
            ("Các doanh nghiệp kinh doanh bãi đỗ xe, kho bãi", "2027-09-25"),
            ("Các thương nhân phân phối xăng dầu và thương nhân kinh doanh LPG chai", "2027-05-15"),
            ("Sở Y tế", "2027-06-15")} <= got
    assert not any(a.startswith("Các thương nhân phân phối") and d == "2027-06-15" for a, d in got)


# Minutes whose outcome section is "KẾT QUẢ LÀM VIỆC": what the parties agreed are tasks (not an evaluation part).
def test_the_outcome_of_minutes_holds_tasks():
    text = ("SỞ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "BIÊN BẢN LÀM VIỆC\nVề việc giải quyết ngừng việc tập thể\n"
            "Hôm nay, ngày 14/4/2027, tại trụ sở Công ty, chúng tôi gồm:\n"
            "I. THÀNH PHẦN\n1. Đoàn công tác liên ngành: ông Hoàng Đức Minh, Phó Giám đốc Sở Nội vụ.\n"
            "II. NỘI DUNG\nNgười lao động ngừng việc.\n"
            "III. KẾT QUẢ LÀM VIỆC\nSau khi trao đổi, các bên thống nhất như sau:\n"
            "1. Công đoàn cơ sở Công ty vận động người lao động trở lại làm việc.\n"
            "2. Sở Nội vụ theo dõi việc thực hiện cam kết của Công ty, báo cáo UBND tỉnh trước ngày 20/6/2027.\n"
            "Biên bản kết thúc vào hồi 17 giờ 15 cùng ngày./.")
    tasks = _tasks(text)
    assert (["Sở Nội vụ"], "2027-06-20") in [(lead, d) for lead, d, _t in tasks]
    assert (["Công đoàn cơ sở Công ty"], None) in [(lead, d) for lead, d, _t in tasks]


# Dates: "thỏa ước" (an agreement) is no estimate before a limit; a yearless quarter opening a duty is the notice
# year's ("- Trong quý III, tổ chức …"), not one opening a description.
def test_an_agreement_and_a_yearless_quarter_opening_a_duty():
    on = date(2027, 4, 14)
    assert [d.date for d in find_deadlines("Công đoàn cơ sở ký kết thỏa ước mới trước ngày 31/8/2027.", on)] \
        == [date(2027, 8, 31)]
    assert [d.date for d in find_deadlines("ước thực hiện trước ngày 31/8/2027", on)] == []
    assert [d.date for d in find_deadlines("- Trong quý III, tổ chức trợ giúp pháp lý lưu động tại 10 xã.", on)] \
        == [date(2027, 9, 30)]
    assert [d.date for d in find_deadlines("Trong quý III, tình hình an ninh ổn định.", on)] == []


# "… báo cáo … định kỳ 6 tháng và năm, trước ngày 15/6 và trước ngày 15/11": one report's two periods, each day a
# task of the whole sentence (not cut at "và năm").
def test_two_periods_of_one_report_before_their_days():
    body = ("2. UBND các xã báo cáo kết quả hòa giải về Sở Tư pháp định kỳ 6 tháng và năm, trước ngày 15/6/2027 và "
            "trước ngày 15/11/2027.")
    tasks = [(d, t) for _l, d, t in _tasks(_letter(body))]
    assert {d for d, _t in tasks} == {"2027-06-15", "2027-11-15"}
    assert all(t.startswith("UBND các xã báo cáo kết quả hòa giải") for _d, t in tasks)


# A table of communes with figures and a time, under a heading naming them "có tên tại bảng trên" whose dash times
# the task "trong thời hạn tại cột …": each commune's task by its row's time; the total row and a row done no task.
def test_rows_timed_by_a_dash_under_a_heading_naming_the_table():
    body = ("Số nợ tại các xã như sau:\n"
            "| STT | Đơn vị | Nợ tiền sử dụng đất (triệu đồng) | Thời hạn thu nộp |\n|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | 38.420 | 30/9/2027 |\n| 2 | UBND xã Nho Quan | 21.760 | 31/10/2027 |\n"
            "| 3 | UBND xã Gia Sinh | 2.110 | Đã thu nộp xong |\n| | **Tổng cộng** | **62.290** | |\n"
            "**1. UBND các xã có tên tại bảng trên**\n"
            "- Chủ trì đôn đốc người sử dụng đất nộp tiền vào ngân sách trong thời hạn tại cột \"Thời hạn thu nộp\".")
    tasks = _tasks(_letter(body))
    dated = {(lead[0], d) for lead, d, t in tasks if d and "đôn đốc người sử dụng đất" in t}
    assert dated == {("UBND xã Gia Viễn", "2027-09-30"), ("UBND xã Nho Quan", "2027-10-31")}
    assert not any("Tổng cộng" in lead for lead, _d, _t in tasks)


# An inspection's table of shops at fault ("| Cửa hàng (thương nhân) | Địa chỉ | Tồn tại, thiếu sót | Thời hạn khắc
# phục |"), each shop's remedy by its time (its owner in brackets too); a row already remedied no time limit.
def test_a_table_of_shops_and_their_remedies():
    body = ("| STT | Cửa hàng (thương nhân) | Địa chỉ | Tồn tại, thiếu sót | Thời hạn khắc phục |\n|---|---|---|---|---|\n"
            "| 1 | Cửa hàng xăng dầu Mai Pha (Doanh nghiệp tư nhân Hải Yến) | phường Đông Kinh | Chưa có phương án cứu nạn "
            "| 15/6/2027 |\n"
            "| 2 | Cửa hàng LPG Bình Minh | phường Đông Kinh | Kho chứa chai LPG không thông thoáng | Quý III/2027 |\n"
            "| 3 | Cửa hàng xăng dầu Cao Lộc 1 | xã Cao Lộc | Hệ thống điện không đạt | Đã khắc phục |")
    tasks = _tasks(_letter(body))
    assert _dated(_letter(body)) == {("Cửa hàng xăng dầu Mai Pha", "2027-06-15"),
                                     ("Doanh nghiệp tư nhân Hải Yến", "2027-06-15"),
                                     ("Cửa hàng LPG Bình Minh", "2027-09-30")}
    assert all(d is None for _l, d, t in tasks if "Hệ thống điện" in t)


# A village head written with the unit twice and what the villages grow, after a date opening the item: "Chậm nhất
# ngày 15/7/2027, Trưởng thôn các thôn trồng quýt lập danh sách …".
def test_village_heads_written_with_their_unit_twice():
    body = "4. Chậm nhất ngày 15/7/2027, Trưởng thôn các thôn trồng quýt lập danh sách hộ tham gia, gửi Phòng Kinh tế."
    assert _dated(_letter(body)) == {("Trưởng các thôn", "2027-07-15")}


# A docx text's footnote between the body's last line and "Nơi nhận", after a lone bar: a note, not the body's last
# paragraph (so "Các đơn vị nêu trên …" closing the body still reaches every addressee).
def test_a_note_between_the_body_and_the_recipients():
    text = ("UBND TỈNH NINH BÌNH\nSố: 274/UBND-KT\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- UBND các xã: Gia Viễn, Nho Quan;\n- Phòng Quản lý dịch bệnh.\n|\n"
            "Thực hiện Quyết định số 1125/QĐ-UBND ngày 18/3/20271 của UBND tỉnh, Sở đề nghị:\n|\n"
            "1. UBND các xã: Gia Viễn, Nho Quan bổ sung hồ sơ trước ngày 31/7/2027.\n|\n"
            "2. Phòng Quản lý dịch bệnh:\n- Thẩm định hồ sơ trong tháng 8/2027.\n|\n"
            "Các đơn vị nêu trên báo cáo tình hình tái đàn lợn về Sở trước ngày 15/9/2027./.\n|\n"
            "1 Quyết định phê duyệt kinh phí hỗ trợ đợt 1 năm 2027.\n|\n"
            "Nơi nhận: | GIÁM ĐỐC\n- Như trên; |\n- Lưu: VT. | Lâm Văn Dũng\n")
    n = parse_notice(text)
    assert any("Quyết định phê duyệt kinh phí" in x for x in n.notes)
    last = {a.name for t in n.tasks if t.deadline and t.deadline.date == date(2027, 9, 15) for a in t.lead}
    assert last == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "Phòng Quản lý dịch bệnh"}


# A firm's closing "Trưởng các phòng, tổ, ban nêu trên báo cáo …": each division, team and board its items named.
def test_divisions_teams_and_boards_named_before():
    body = ("1. Phòng Điều hành bãi bố trí lại sơ đồ khu A, hoàn thành trước ngày 31/8/2027.\n"
            "2. Ban Chỉ huy công trường đẩy nhanh tiến độ thi công, hoàn thành trước ngày 30/11/2027.\n"
            "3. Tổ Kho lạnh hoàn thành kiểm định hệ thống máy nén lạnh trước ngày 10/9/2027.\n"
            "4. Đề nghị các chủ hàng, doanh nghiệp vận tải đăng ký lịch đưa xe vào bãi trước 24 giờ.\n"
            "5. Trưởng các phòng, tổ, ban nêu trên báo cáo kết quả thực hiện về Giám đốc Công ty trước ngày 05/10/2027.")
    got = {a for a, d in _dated(_letter(body)) if d == "2027-10-05"}
    assert got == {"Phòng Điều hành bãi", "Ban Chỉ huy công trường", "Tổ Kho lạnh"}


# Names: a unit's noun written once ("Trưởng các khối: Khối 2, Khối 5" -> "Trưởng Khối 2"); a division named with a dash
# whose last field is a head ("Phòng Lao động - Tiền lương và Bảo hiểm xã hội tổng hợp …"); nouns of names whose first
# word reads as a verb or a function word ("Các doanh nghiệp cấp nước …", "Các doanh nghiệp viễn thông báo cáo …").
def test_names_with_words_read_elsewhere_as_verbs():
    assert _names("Trưởng các khối: Khối 2, Khối 5 tổ chức họp dân") == ["Trưởng Khối 2", "Trưởng Khối 5"]
    assert _names("Phòng Lao động - Tiền lương và Bảo hiểm xã hội tổng hợp kết quả") \
        == ["Phòng Lao động - Tiền lương và Bảo hiểm xã hội"]
    assert _names("Sở Nội vụ và Bảo hiểm xã hội tỉnh kiểm tra") == ["Sở Nội vụ", "Bảo hiểm xã hội tỉnh"]
    assert _names("Đề nghị các doanh nghiệp cấp nước lắp đặt thiết bị quan trắc") == ["Các doanh nghiệp cấp nước"]
    assert _names("Các doanh nghiệp viễn thông báo cáo kết quả chuyển đổi") == ["Các doanh nghiệp viễn thông"]
    assert _names("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo vận động") \
        == ["Đảng ủy Mặt trận Tổ quốc", "Các đoàn thể tỉnh"]


# A letter to telecom firms and communes: "Các doanh nghiệp viễn thông báo cáo …" is for the firms addressed, not the
# communes.
def test_firms_named_as_a_group_are_the_firms_addressed():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- Viettel Ninh Bình;\n- VNPT Ninh Bình;\n- UBND các xã: Gia Viễn, Nho Quan.\n"
            "1. UBND các xã: Gia Viễn, Nho Quan tuyên truyền cho người dân trước ngày 30/6/2027.\n"
            "2. Các doanh nghiệp viễn thông báo cáo kết quả chuyển đổi thuê bao về Sở Khoa học và Công nghệ trước ngày "
            "20/10/2027.\n\n" + SIGNED)
    got = {a for a, d in _dated(text) if d == "2027-10-20"}
    assert got == {"Viettel Ninh Bình", "VNPT Ninh Bình"}


# Dates that are no limits: a stock that lasts until then ("đủ dùng đến hết Quý IV"), a price kept or a measure paused
# until then; and a task table's row commemorating a day its words name on that day ("Hưởng ứng Ngày Dân số thế giới
# 11/7" beside "Ngày 11/7/2027").
def test_stocks_kept_prices_and_commemorations_are_no_limits():
    on = date(2027, 4, 14)
    for t in ("bảo đảm thuốc Methadone đủ dùng đến hết Quý IV/2027;",
              "giữ nguyên giá dịch vụ lưu bãi, lưu kho lạnh đến hết ngày 31/12/2027.",
              "tạm dừng biện pháp cưỡng chế đến hết ngày 20/12/2027."):
        assert find_deadlines(t, on) == [], t
    assert [d.date for d in find_deadlines("hoàn thành đến hết Quý IV/2027", on)] == [date(2027, 12, 31)]
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Hưởng ứng Ngày Dân số thế giới 11/7 | Phòng Văn hóa - Xã hội | Ngày 11/7/2027 |\n"
            "| 2 | Rà soát danh sách hộ | Phòng Văn hóa - Xã hội | Ngày 15/7/2027 |")
    assert _dated(_letter(body)) == {("Phòng Văn hóa - Xã hội", "2027-07-15")}
