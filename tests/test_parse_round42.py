"""Round 42 (issue 11's forty-first round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZW … ZZZZZZZZZZZZZZZZZL, one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.deadlines import find_deadlines
from tbkl_xl.parse.tables import rebuild_cell_tables, slip_directions


def _letter(body: str) -> str:
    """The province's letter to departments and communes with ``body``."""
    return LETTER + "\n" + body + "\n\n" + SIGNED


def _names(text: str) -> list:
    return [m.agency.name for m in default_directory().find_mentions(text)]


def _dates(text: str) -> list:
    return [d.date for d in find_deadlines(text, date(2027, 4, 14)) if d.date is not None]


# A body's board named with the body after it is one body: the board of that body.
def test_a_board_of_a_body_is_one_body():
    assert _names("Đề nghị Ban Đại diện Hội Người cao tuổi tỉnh chỉ đạo các chi hội.") == ["Ban Đại diện Hội Người cao tuổi tỉnh"]
    assert _names("Ban Thường vụ Tỉnh đoàn chỉ đạo các cơ sở đoàn.") == ["Ban Thường vụ Tỉnh đoàn"]
    assert _names("Ban Giám hiệu Trường THPT Gia Viễn rà soát.") == ["Ban Giám hiệu Trường THPT Gia Viễn"]


# The year people turn an age ("đủ 75 tuổi trong năm 2027") is no time limit; the report's day is.
def test_the_year_one_turns_an_age_is_no_limit():
    text = ("Rà soát người sinh năm 1952 (đủ 75 tuổi trong năm 2027), gửi danh sách về Sở Y tế trước ngày "
            "30/5/2027.")
    assert _dates(text) == [date(2027, 5, 30)]


# The letter's courtesy after its last item ("… trân trọng đề nghị các cơ quan, đơn vị quan tâm, phối hợp./.")
# gives no task, and the item before it closes the letter: "các cơ quan, đơn vị nêu trên" there is every addressee,
# a co-operator with no task of its own too.
def test_a_courtesy_after_the_last_item():
    body = ("UBND tỉnh đề nghị:\n"
            "1. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính kiểm tra các công trình, xong trước ngày 20/5/2027.\n"
            "2. Sở Y tế rà soát các trạm y tế, xong trước ngày 25/5/2027.\n"
            "3. Đề nghị các cơ quan, đơn vị nêu trên gửi danh sách cán bộ đầu mối trước ngày 30/4/2027.\n"
            "UBND tỉnh trân trọng đề nghị các cơ quan, đơn vị quan tâm, phối hợp./.")
    by_date = leads_by_date(_letter(body))
    assert {"Sở Xây dựng", "Sở Tài chính", "Sở Y tế", "UBND xã Gia Viễn", "UBND xã Nho Quan"} <= by_date["2027-04-30"]
    assert None not in by_date


# "Chủ tịch UBND các xã nêu tại mục 4, mục 5 …": the communes those items named, the head's title before the group.
def test_communes_cited_by_their_items_after_a_title():
    body = ("Chủ tịch UBND tỉnh yêu cầu:\n\n"
            "1. Sở Y tế hướng dẫn các xã tiêu độc, khử trùng, xong trước ngày 20/4/2027.\n\n"
            "2. Chủ tịch UBND các xã: Gia Viễn, Nho Quan tiêu hủy lợn bệnh, xong trước ngày 22/4/2027.\n\n"
            "3. Chủ tịch UBND xã Hoa Lư tiêm phòng cho đàn lợn, xong trước ngày 30/4/2027.\n\n"
            "4. Chủ tịch UBND các xã nêu tại mục 2, mục 3 báo cáo kết quả về Sở Y tế trước ngày 10/5/2027.")
    assert leads_by_date(_letter(body))["2027-05-10"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND xã Hoa Lư"}


# "UBND các xã này": the communes the paragraph named before the words.
def test_communes_pointed_at():
    body = ("5. Đến nay, UBND các xã: Hoa Lư, Yên Mô chưa gửi báo cáo quý I/2027. Đề nghị UBND các xã này gửi "
            "báo cáo trước ngày 25/4/2027.")
    assert leads_by_date(_letter(body))["2027-04-25"] == {"UBND xã Hoa Lư", "UBND xã Yên Mô"}


# Vocational centres listed by their regions after a colon, each; vocational schools as a group.
def test_vocational_centres_and_schools():
    assert _names("Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên khu vực: Gia Viễn, Nho Quan mở lớp") == [
        "Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên khu vực Gia Viễn",
        "Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên khu vực Nho Quan"]
    assert _names("Các cơ sở giáo dục nghề nghiệp báo cáo kết quả tuyển sinh.") == ["Các cơ sở giáo dục nghề nghiệp"]


# A period that says which cases ("các lớp kết thúc trong tháng 12/2027"), then a limit counted from each: no month limit.
def test_a_period_before_a_relative_limit():
    assert _dates("Cấp chứng chỉ cho học viên các lớp kết thúc trong tháng 12/2027 trong 15 ngày kể từ ngày kết thúc "
                  "khóa học.") == []


# A fair held on a day of each month ("| … | Ngày 15 hằng tháng |") is its schedule, no time limit; a report's day stays.
def test_a_fair_on_a_day_of_each_month():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức phiên giao dịch việc làm định kỳ | Sở Nội vụ | Ngày 15 hằng tháng |\n"
            "| 2 | Báo cáo kết quả giải quyết việc làm | Sở Tài chính | Trước ngày 30/6/2027 |")
    found = leads_and_dates(_letter(body))
    assert (["Sở Nội vụ"], None) in found
    assert (["Sở Tài chính"], "2027-06-30") in found


# Funds allotted for a plan by a month: a time limit, though "Kế hoạch" stands before the month.
def test_funds_allotted_by_a_month():
    assert _dates("Sở Tài chính chủ trì, phối hợp với Sở Y tế thẩm định, bố trí kinh phí thực hiện Kế hoạch trong "
                  "tháng 6/2027.") == [date(2027, 6, 30)]


# A planned event's days in a time cell ("Dự kiến từ 18/9/2027 đến 20/9/2027"): when it is held, no time limit.
def test_an_expected_span_of_days_in_a_time_cell():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức Tuần Văn hóa - Du lịch Nho Quan năm 2027 | UBND xã Nho Quan | Dự kiến từ 18/9/2027 đến 20/9/2027 |")
    assert (["UBND xã Nho Quan"], None) in leads_and_dates(_letter(body))


# After a semicolon, a group described by what it has ("UBND các xã, phường có rừng phê duyệt …") is a subject of its
# own, with the time limit (the communes the letter addresses); the body before the semicolon keeps its undated duty.
def test_a_described_group_after_a_semicolon():
    body = ("1. Sở Y tế kiểm tra các cơ sở, xong trong tháng 5/2027.\n\n"
            "2. Sở Tài chính chủ động triển khai; UBND các xã, phường có rừng phê duyệt phương án phòng cháy, chữa cháy "
            "rừng chậm nhất ngày 30/9/2027.")
    found = leads_and_dates(_letter(body))
    assert (["Sở Tài chính"], None) in found
    assert (["UBND xã Gia Viễn"], "2027-09-30") in found and (["UBND xã Nho Quan"], "2027-09-30") in found


# Units under a named department or under the committee, the owner's name in full.
def test_units_under_their_owner():
    assert _names("Các đơn vị sự nghiệp công lập trực thuộc Sở Y tế:") == ["Các đơn vị sự nghiệp công lập trực thuộc Sở Y tế"]
    assert _names("Các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh báo cáo") == [
        "Các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh"]


# A ban opening a bullet ("c) Không thu các khoản …") is the heading body's task.
def test_a_ban_under_a_body():
    body = "1. Sở Y tế:\na) Công khai mức thu trước ngày 05/9/2027;\nb) Không thu các khoản ngoài danh mục được phê duyệt."
    assert (["Sở Y tế"], None) in leads_and_dates(_letter(body))


# A table a PDF reader wrote one cell per line under a part's heading ("I. NHIỆM VỤ …", no header cell), its group rows
# on two lines ("I" / "NHIỆM VỤ CHUNG"): every row read.
def test_a_table_one_cell_a_line_with_group_rows_on_two_lines():
    lines = ["I. NHIỆM VỤ VÀ PHÂN CÔNG", "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
             "I", "NHIỆM VỤ CHUNG", "1", "Đánh giá sản phẩm đợt 1", "Sở Nông nghiệp và Môi trường", "UBND các xã", "Tháng 7/2027",
             "II", "NHIỆM VỤ CỤ THỂ", "2", "Xây dựng vùng nguyên liệu", "UBND xã Gia Viễn", "Sở Nông nghiệp và Môi trường", "Quý III/2027"]
    assert rebuild_cell_tables(lines) == [
        "I. NHIỆM VỤ VÀ PHÂN CÔNG",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| 1 | Đánh giá sản phẩm đợt 1 | Sở Nông nghiệp và Môi trường | UBND các xã | Tháng 7/2027 |",
        "| 2 | Xây dựng vùng nguyên liệu | UBND xã Gia Viễn | Sở Nông nghiệp và Môi trường | Quý III/2027 |"]


# Communes that make the people of their area act ("yêu cầu 100% người đi trên phương tiện …"): their own task.
def test_communes_making_their_people_act():
    body = ("5. UBND các xã: Gia Viễn, Nho Quan yêu cầu 100% người đi trên phương tiện thủy mặc áo phao; rà soát các "
            "phương tiện chở khách, gửi Sở Xây dựng trước ngày 25/5/2027.")
    assert leads_by_date(_letter(body))["2027-05-25"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# After a semicolon, works a body is to repair ("… do Trung tâm X sửa chữa xong trước khi bàn giao"): that body's task.
def test_the_agent_of_a_repair():
    body = ("3. UBND xã Gia Viễn sửa chữa bể chứa công trình thôn A, hoàn thành trong tháng 9/2027; công trình thôn B do "
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn sửa chữa xong trước khi bàn giao.")
    found = leads_and_dates(_letter(body))
    assert (["UBND xã Gia Viễn"], "2027-09-30") in found
    assert (["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"], None) in found


# An election: its day, given once, counts the limits "N ngày trước / sau ngày bầu cử"; its boards and teams are bodies.
def test_limits_counted_from_the_election_day():
    body = ("Ngày bầu cử bổ sung đại biểu Hội đồng nhân dân xã là Chủ nhật, ngày 20/6/2027. UBND tỉnh yêu cầu:\n"
            "1. Ban bầu cử đơn vị bầu cử số 2 niêm yết danh sách những người ứng cử chậm nhất 20 ngày trước ngày bầu cử.\n"
            "2. Tổ bầu cử khu vực bỏ phiếu số 4 gửi biên bản kết quả kiểm phiếu chậm nhất 03 ngày sau ngày bầu cử.")
    found = leads_and_dates(_letter(body))
    assert (["Ban bầu cử đơn vị bầu cử số 2"], "2027-05-31") in found
    assert (["Tổ bầu cử khu vực bỏ phiếu số 4"], "2027-06-23") in found
    assert _names("Các Ban bầu cử đại biểu Hội đồng nhân dân tỉnh niêm yết") == ["Các Ban bầu cử đại biểu Hội đồng nhân dân tỉnh"]


# Interim village heads listed by their villages, each; one more of a list between commas is no subject.
def test_interim_village_heads_and_a_list_between_commas():
    assert _names("Trưởng thôn lâm thời các thôn: Bản Làn, Nà Pò lập danh sách") == [
        "Trưởng thôn lâm thời thôn Bản Làn", "Trưởng thôn lâm thời thôn Nà Pò"]
    body = ("1. Sở Nội vụ ban hành văn bản hướng dẫn quy trình bầu trưởng thôn, tổ trưởng tổ dân phố, gửi các xã trước "
            "ngày 05/5/2027.")
    assert leads_and_dates(_letter(body)) == [(["Sở Nội vụ"], "2027-05-05")]


# A leader's note in short forms: "SNN&MT", a weekday with its date in brackets, a month without its year after a
# completion whose words run over commas and brackets.
def test_a_leaders_note_in_short_forms():
    assert _names("Giao SNN&MT chủ trì, phối hợp SGD&ĐT kiểm tra") == ["Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo"]
    assert _dates("STC tổng hợp, b/c UB trước thứ Năm tuần này (22/4).") == [date(2027, 4, 22)]
    assert _dates("Sở Xây dựng hoàn thành sửa chữa mặt đường, hệ thống thoát nước (xã Gia Viễn) trong tháng 10.") == [
        date(2027, 10, 31)]


# A slip's two-column table: the leader's directions are the tasks, the summary beside them none; the list the slip is
# passed on to after it is no item.
def test_a_slips_directions_column():
    lines = ["| **Tóm tắt nội dung, đề xuất** | **Ý kiến chỉ đạo của đ/c PCT UBND tỉnh** |", "|---|---|",
             "| 1. Sở Y tế đề xuất phun hóa chất tại các ổ dịch. | Giao SYT chủ trì phun hóa chất, b/c UB trước 25/4. |"]
    assert slip_directions(lines) == ["", "Giao SYT chủ trì phun hóa chất, b/c UB trước 25/4.", ""]
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nVĂN PHÒNG\nNinh Bình, ngày 14 tháng 4 năm 2027\nPHIẾU TRÌNH\n"
            "| **Ý kiến đề xuất của Văn phòng** | **Ý kiến của lãnh đạo UBND tỉnh** |\n|---|---|\n"
            "| Đề nghị giao SNV chủ trì; đề nghị đ/c PCT cho ý kiến trước 15/4. | Đồng ý. SNV chủ trì hoàn thiện Kế hoạch, "
            "trình UB trước 30/4. |\n"
            "Ý kiến chỉ đạo trên được Văn phòng chuyển ngày 15/4/2027 đến:\n- Sở Nội vụ;\n- Sở Tài chính.\n\n" + SIGNED)
    assert leads_and_dates(text) == [(["Sở Nội vụ"], "2027-04-30")]


# A province's museum and library are bodies.
def test_a_museum_and_a_library():
    assert _names("Bảo tàng tỉnh chủ trì, phối hợp với Thư viện tỉnh") == ["Bảo tàng tỉnh", "Thư viện tỉnh"]


# "UBND các xã có tên tại Mục II" over a table of communes whose rows gave tasks to the rangers beside them: the communes
# of the rows, not the rangers.
def test_communes_named_in_a_part_whose_rows_gave_others_tasks():
    body = ("II. CÁC XÃ TRỌNG ĐIỂM\n\n"
            "| STT | Xã | Thời gian trực | Hạt Kiểm lâm phụ trách |\n|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | Từ ngày 01/5/2027 đến ngày 30/9/2027 | Hạt Kiểm lâm khu vực Gia Viễn |\n"
            "| 2 | UBND xã Nho Quan | Từ ngày 01/5/2027 đến ngày 30/9/2027 | Hạt Kiểm lâm khu vực Nho Quan |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. UBND các xã có tên tại Mục II bố trí kinh phí mua sắm dụng cụ chữa cháy, xong trước ngày 15/5/2027.")
    assert leads_by_date(_letter(body))["2027-05-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# Schools named in the appendix after the signature, "Các trường có tên tại Phụ lục": each school; a school whose place
# opens with a head word ("Đội Cấn") keeps it; a school year's term in a time cell is no limit.
def test_schools_named_in_the_appendix():
    assert _names("Trường PTDTBT TH&THCS Đội Cấn báo cáo") == ["Trường PTDTBT TH&THCS Đội Cấn"]
    text = (LETTER + "\n1. Các trường có tên tại Phụ lục báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/9/2027.\n\n"
            + SIGNED + "\nPHỤ LỤC\n"
            "| STT | Trường | Nội dung | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Trường PTDTBT TH&THCS Đội Cấn | Sửa chữa nhà ở bán trú | Trước ngày 25/8/2027 |\n"
            "| 2 | Trường PTDTBT THCS Gia Viễn | Khám sức khỏe nhân viên nấu ăn | Học kỳ I năm học 2027 - 2028 |\n")
    by_date = leads_by_date(text)
    assert by_date["2027-09-30"] == {"Trường PTDTBT TH&THCS Đội Cấn", "Trường PTDTBT THCS Gia Viễn"}
    assert "Trường PTDTBT THCS Gia Viễn" in by_date[None]


# A firm named by its head alone ("Công ty nộp hồ sơ …") is the one firm the item (or the opening) named.
def test_a_firm_named_by_its_head():
    body = ("1. Kiến nghị của Công ty TNHH Kho vận Gia Viễn: đề nghị điều chỉnh Giấy chứng nhận đăng ký đầu tư.\n\n"
            "Giao Sở Tài chính hướng dẫn Công ty hoàn thiện hồ sơ. Công ty nộp hồ sơ về Sở Tài chính trước ngày 15/5/2027.\n\n"
            "2. Kiến nghị của Công ty cổ phần Gạch Nho Quan: đề nghị gia hạn thuê đất.\n\n"
            "Giao Sở Nông nghiệp và Môi trường xem xét. Công ty cam kết nộp đủ tiền thuê đất trước ngày 30/6/2027.")
    found = leads_and_dates(NOTICE + body + "\n\n" + SIGNED)
    assert (["Công ty TNHH Kho vận Gia Viễn"], "2027-05-15") in found
    assert (["Công ty cổ phần Gạch Nho Quan"], "2027-06-30") in found


# The commune an item's heading names ("2. Ý kiến của UBND xã Gia Viễn"), then "UBND xã tiếp tục …" in its paragraph:
# that commune.
def test_a_commune_named_by_its_level_under_its_heading():
    body = ("1. Ý kiến của Sở Tài chính\n\nSở Tài chính thống nhất phương án bồi thường.\n\n"
            "2. Ý kiến của UBND xã Gia Viễn\n\n"
            "UBND xã tiếp tục vận động các hộ dân nhận tiền bồi thường, bàn giao mặt bằng trong tháng 5/2027.")
    assert (["UBND xã Gia Viễn"], "2027-05-31") in leads_and_dates(NOTICE + body + "\n\n" + SIGNED)



# A bank's or a carrier's brand before its branch ("Agribank Chi nhánh tỉnh …") is part of the branch's name.
def test_a_brand_before_its_branch():
    assert _names("Agribank Chi nhánh tỉnh Ninh Bình, Vietcombank Chi nhánh Ninh Bình triển khai") == [
        "Agribank Chi nhánh tỉnh Ninh Bình", "Vietcombank Chi nhánh Ninh Bình"]


# A ban on a body's own acts ("UBND các xã, phường không tuyển dụng mới …"), also after a time ("Từ ngày 01/01/2028, các
# địa phương không ký …"): its task.
def test_a_ban_given_to_a_group():
    body = ("1. UBND các xã không tuyển dụng mới công chức vào các vị trí dôi dư.\n\n"
            "2. Từ ngày 01/01/2028, các xã không ký hợp đồng lao động làm công việc chuyên môn.")
    found = [t for t in parse_notice(_letter(body)).tasks]
    assert any("tuyển dụng" in t.text and t.lead for t in found)
    assert any("hợp đồng" in t.text and t.lead for t in found)


# A time cell naming its work before a colon ("Thay thế cáp treo, tăng đơ: Tháng 6/2027"): the time after it.
def test_a_time_cell_with_its_work_first():
    body = ("| STT | Cầu | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Cầu treo Gia Viễn | UBND xã Gia Viễn | Thay thế cáp treo, tăng đơ: Tháng 6/2027 |\n"
            "| 2 | Cầu Nho Quan | UBND xã Nho Quan | Cắm biển hạn chế tải trọng 5 tấn: Tháng 5/2027 |")
    found = leads_and_dates(_letter(body))
    assert (["UBND xã Gia Viễn"], "2027-06-30") in found and (["UBND xã Nho Quan"], "2027-05-31") in found


# A warranty's end in brackets ("đang trong thời hạn bảo hành 24 tháng (đến ngày 30/9/2028)") and works completed in a
# year ("các công trình cầu hoàn thành năm 2027") are no time limits; the repair's and the settlement's are.
def test_a_warranty_and_works_completed_in_a_year():
    assert _dates("Tường chắn do Công ty thi công đang trong thời hạn bảo hành 24 tháng (đến ngày 30/9/2028), đề nghị "
                  "Công ty sửa chữa trước ngày 15/5/2027.") == [date(2027, 5, 15)]
    assert _dates("Lập hồ sơ quyết toán các công trình cầu hoàn thành năm 2027, trình thẩm tra trong Quý II/2028.") == [
        date(2028, 6, 30)]


# A monthly report over a span, then a summary report with its own day after a comma: two tasks of the same body.
def test_a_monthly_report_over_a_span_then_a_summary():
    body = ("5. Đề nghị Sở Y tế báo cáo về Sở Tài chính trước ngày 25 hằng tháng trong thời gian cao điểm từ ngày "
            "15/5/2027 đến ngày 15/8/2027, báo cáo tổng hợp trước ngày 20/8/2027.")
    dates = {d for leads, d in leads_and_dates(_letter(body)) if leads == ["Sở Y tế"]}
    assert "2027-08-20" in dates and len(dates) == 2


# Teams given areas ("| Tổ | Địa bàn | Thời gian | Đơn vị chủ trì |"): the span is when each team works, no time limit.
def test_teams_given_areas_over_a_span():
    body = ("| Tổ | Địa bàn | Thời gian | Đơn vị chủ trì |\n|---|---|---|---|\n"
            "| Tổ 1 | Các xã: Gia Viễn, Nho Quan | Từ 15/5/2027 đến 15/8/2027 | Sở Y tế |")
    assert (["Sở Y tế"], None) in leads_and_dates(_letter(body))


# A residential group's head by its group's number ("Tổ trưởng Tổ dân phố số 5"), and beside the hamlets' heads.
def test_residential_group_heads():
    assert _names("Tổ trưởng Tổ dân phố số 5 thăm hỏi gia đình") == ["Tổ trưởng Tổ dân phố số 5"]
    assert _names("Trưởng các thôn, Tổ trưởng các tổ dân phố phân công người theo dõi") == [
        "Trưởng các thôn", "Tổ trưởng các tổ dân phố"]
