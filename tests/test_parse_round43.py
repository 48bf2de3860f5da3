"""Round 43 (issue 11's forty-second round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZU … ZZZZZZZZZZZZZZZZZZJ, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.clean import clean_document
from tbkl_xl.model import RawDocument


def _letter(body: str) -> str:
    """The province's letter to departments and communes with ``body``."""
    return LETTER + "\n" + body + "\n\n" + SIGNED


def _names(text: str) -> list:
    return [m.agency.name for m in default_directory().find_mentions(text)]


def _tasks(text: str) -> list:
    """(leads, date or None, text) of each task."""
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None, t.text)
            for t in parse_notice(text).tasks]


# A table of communes whose rows hold figures and a time ("| 1 | Gia Viễn | 214 | 87 | 30/5/2027 |"), then
# "UBND các xã có tên tại bảng trên … hoàn thành … trong thời hạn nêu tại bảng trên; đối với …, lập danh sách …":
# each commune's task by its row's time, and the clause after the table's time a task of the same communes.
def test_rows_timed_by_a_sentence_after_the_table_and_the_clause_after_it():
    body = ("Số hồ sơ tồn đọng tại một số xã như sau:\n"
            "| STT | Xã | Hồ sơ tồn đọng | Trong đó quá hạn | Thời hạn giải quyết |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Gia Viễn | 214 | 87 | 30/5/2027 |\n"
            "| 2 | Nho Quan | 156 | 42 | 15/6/2027 |\n"
            "Chủ tịch UBND tỉnh yêu cầu:\n"
            "1. UBND các xã có tên tại bảng trên chỉ đạo công chức địa chính xác minh nguồn gốc đất, hoàn thành giải "
            "quyết hồ sơ tồn đọng trong thời hạn nêu tại bảng trên; đối với hồ sơ không còn quyết định giao đất, lập "
            "danh sách riêng gửi Sở Xây dựng.\n"
            "2. Sở Xây dựng kiểm tra, báo cáo trước ngày 30/6/2027.")
    tasks = _tasks(_letter(body))
    dated = {(lead[0], d) for lead, d, text in tasks if "giải quyết hồ sơ tồn đọng" in text}
    assert dated == {("UBND xã Gia Viễn", "2027-05-30"), ("UBND xã Nho Quan", "2027-06-15")}
    rest = [(lead, d) for lead, d, text in tasks if text.startswith("đối với hồ sơ")]
    # (one task of both communes or one of each, as the rows now name their communes: undated either way)
    assert sorted(a for lead, _d in rest for a in lead) == ["UBND xã Gia Viễn", "UBND xã Nho Quan"]
    assert all(d is None for _lead, d in rest)


# A plan's appendix after the signature lists communes with figures and a time each; the body's sentence "UBND các
# xã, phường có cơ sở … tại Phụ lục kèm theo xây dựng phương án …, hoàn thành xử lý theo thời gian tại Phụ lục":
# each commune's task by its row's time (the row marked done none).
def test_an_appendix_timed_by_the_sentence_that_names_it():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 62/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nXử lý cơ sở nhà, đất dôi dư\n"
            "I. NHIỆM VỤ\n"
            "1. UBND các xã, phường có cơ sở nhà, đất dôi dư tại Phụ lục kèm theo xây dựng phương án chi tiết từng cơ "
            "sở, hoàn thành xử lý theo thời gian tại Phụ lục.\n"
            "2. Sở Tài chính thẩm định phương án, xong trước ngày 30/6/2027.\n"
            + SIGNED +
            "PHỤ LỤC\nDANH MỤC CƠ SỞ NHÀ, ĐẤT DÔI DƯ\n(Kèm theo Kế hoạch số 62/KH-UBND ngày 14/4/2027 của UBND tỉnh)\n"
            "| STT | Xã, phường | Số cơ sở dôi dư | Phương án xử lý | Thời gian hoàn thành xử lý |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Xã Gia Viễn | 6 | Bán đấu giá 2, điều chuyển 4 | 30/9/2027 |\n"
            "| 2 | Xã Nho Quan | 5 | Thu hồi đất 5 | Quý IV/2027 |\n"
            "| 3 | Xã Hoa Lư | 3 | Đã xử lý xong | - |\n")
    timed = {(lead[0], d) for lead, d, t in _tasks(text) if "hoàn thành xử lý" in t}
    assert timed == {("UBND xã Gia Viễn", "2027-09-30"), ("UBND xã Nho Quan", "2027-12-31")}


# Names that hold a word read elsewhere as a verb or a describing "có": "Phòng Người có công", "Phòng Đăng ký và
# Cấp Giấy chứng nhận"; a department of a hospital or a centre ("Khoa Dược - Vật tư y tế"), never the "Khoa" of
# "Sở Khoa học và Công nghệ"; pharmacies and drug counters by their trade names.
def test_names_with_words_read_elsewhere_as_verbs_and_new_heads():
    assert _names("Phòng Người có công chủ trì rà soát hồ sơ.") == ["Phòng Người có công"]
    assert _names("Phòng Đăng ký và Cấp Giấy chứng nhận hướng dẫn nghiệp vụ.") == ["Phòng Đăng ký và Cấp Giấy chứng nhận"]
    assert _names("Khoa Dược - Vật tư y tế cấp vắc xin đợt 2.") == ["Khoa Dược - Vật tư y tế"]
    assert _names("Sở Khoa học và Công nghệ thẩm định.") == ["Sở Khoa học và Công nghệ"]
    assert _names("Nhà thuốc Minh Tâm nộp tiền phạt; Quầy thuốc Hồng Nhung tiêu hủy thuốc.") == [
        "Nhà thuốc Minh Tâm", "Quầy thuốc Hồng Nhung"]
    body = ("1. Các cơ sở vi phạm:\n"
            "- Nhà thuốc Minh Tâm khắc phục vi phạm, báo cáo kết quả về Sở Y tế trước ngày 05/6/2027.\n"
            "- Quầy thuốc Hồng Nhung tiêu hủy toàn bộ thuốc hết hạn.\n"
            "2. Khoa Phòng, chống bệnh truyền nhiễm chủ trì, phối hợp với Khoa Dược - Vật tư y tế kiểm tra dây chuyền "
            "lạnh trước ngày 31/7/2027.")
    assert leads_and_dates(_letter(body)) == [(["Nhà thuốc Minh Tâm"], "2027-06-05"), (["Quầy thuốc Hồng Nhung"], None),
                                              (["Khoa Phòng, chống bệnh truyền nhiễm"], "2027-07-31")]


# An age group before a period ("người dân từ 14 tuổi trở lên trong năm 2027", "bà mẹ có con dưới 2 tuổi trong
# Quý III/2027") leaves the period the task's limit; the year one turns an age ("đủ 90 tuổi trong năm 2027") is none.
def test_an_age_group_before_a_period():
    body = ("1. Sở Y tế hoàn thành tiêm vắc xin cho 85% người dân từ 14 tuổi trở lên trong năm 2027.\n"
            "2. Sở Tài chính tổ chức 06 buổi trình diễn cho bà mẹ có con dưới 2 tuổi trong Quý III/2027.\n"
            "3. Sở Xây dựng rà soát danh sách người cao tuổi (đủ 90 tuổi trong năm 2027).")
    assert leads_and_dates(_letter(body)) == [(["Sở Y tế"], "2027-12-31"), (["Sở Tài chính"], "2027-09-30"),
                                              (["Sở Xây dựng"], None)]


# A month opening a dash under a body's heading, then the duty after its comma: "- Trong tháng 9/2027, hướng dẫn …".
def test_a_month_opening_a_duty_under_a_heading():
    body = ("1. Sở Y tế:\n"
            "- Trước ngày 30/6/2027, rà soát nhu cầu thuốc.\n"
            "- Trong tháng 9/2027, hướng dẫn các cơ sở mua sắm bổ sung thuốc.\n"
            "- Trong Quý IV/2027, chủ trì, phối hợp với Sở Tài chính thẩm định dự toán.")
    assert leads_and_dates(_letter(body)) == [(["Sở Y tế"], "2027-06-30"), (["Sở Y tế"], "2027-09-30"),
                                              (["Sở Y tế"], "2027-12-31")]


# Minutes between two bodies, each a numbered item of "THÀNH PHẦN": "Hai bên báo cáo … trước ngày …" is a task of
# each; "Hai bên thống nhất kiến nghị Sở X …" is the task of the body asked.
def test_the_two_sides_of_minutes():
    text = ("SỞ XÂY DỰNG\nSố: 57/BB-SXD\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "BIÊN BẢN LÀM VIỆC\nGiữa Sở Xây dựng và UBND xã Gia Viễn về nhà ở xã hội\n"
            "Hôm nay, ngày 14/4/2027, tại trụ sở UBND xã Gia Viễn, chúng tôi gồm:\n"
            "I. THÀNH PHẦN\n"
            "1. Sở Xây dựng: Ông Nguyễn Văn A - Giám đốc.\n"
            "2. UBND xã Gia Viễn: Bà Trần Thị B - Phó Chủ tịch.\n"
            "II. NỘI DUNG LÀM VIỆC\n"
            "1. UBND xã Gia Viễn hoàn thành giải phóng mặt bằng trước ngày 30/6/2027.\n"
            "2. Hai bên báo cáo kết quả thực hiện về UBND tỉnh trước ngày 20/12/2027.\n"
            "3. Hai bên thống nhất kiến nghị Sở Tài chính bố trí vốn xây dựng hạ tầng.\n"
            "Biên bản kết thúc hồi 11 giờ cùng ngày./.\n")
    by_date = leads_by_date(text)
    assert by_date["2027-12-20"] == {"Sở Xây dựng", "UBND xã Gia Viễn"}
    assert by_date[None] == {"Sở Tài chính"}


# A head's title before the subject ("Giám đốc Sở Xây dựng chỉ đạo thu hồi đất …, giao Trung tâm … quản lý"): the
# department acts, the centre only receives what it hands over.
def test_a_titled_subject_before_a_later_giao():
    body = ("3. Giám đốc Sở Xây dựng chỉ đạo thu hồi đất các cơ sở không còn nhu cầu sử dụng, giao Trung tâm Phát triển "
            "quỹ đất tỉnh quản lý, hoàn thành trong Quý III/2027.\n"
            "4. Giám đốc Sở Y tế giao Trung tâm Kiểm soát bệnh tật tỉnh tổ chức tiêm, hoàn thành trong Quý III/2027.")
    assert leads_and_dates(_letter(body)) == [(["Sở Xây dựng"], "2027-09-30"),
                                              (["Trung tâm Kiểm soát bệnh tật tỉnh"], "2027-09-30")]


# A plural head before a colon and the names it elides ("Các Chi nhánh … khu vực: Hữu Lũng, Chi Lăng"): one body
# each, the first one too (not a group of its own).
def test_a_plural_head_before_the_names_it_elides():
    assert _names("Kính gửi: Các Chi nhánh Văn phòng Đăng ký đất đai khu vực: Hữu Lũng, Chi Lăng, Lộc Bình.") == [
        "Chi nhánh Văn phòng Đăng ký đất đai khu vực Hữu Lũng", "Chi nhánh Văn phòng Đăng ký đất đai khu vực Chi Lăng",
        "Chi nhánh Văn phòng Đăng ký đất đai khu vực Lộc Bình"]
    assert _names("Các Trung tâm Y tế khu vực: xây dựng kế hoạch.") == ["Các Trung tâm Y tế khu vực"]


# A task table's row holding an event on the day its time cell gives ("| Lễ thắp nến tri ân … | Tối ngày 26/7/2027 |",
# "| Tổ chức khai giảng … | Ngày 05/9/2027 |"): the day it is held, no time limit; a row's "Trước ngày …" is one.
def test_event_days_in_a_task_table():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Thăm hỏi, tặng quà gia đình chính sách | Sở Y tế | Trước ngày 27/7/2027 |\n"
            "| 2 | Lễ thắp nến tri ân tại các nghĩa trang liệt sĩ | Sở Xây dựng | Tối ngày 26/7/2027 |\n"
            "| 3 | Tổ chức khai giảng các lớp mẫu giáo 5 tuổi | Sở Tài chính | Ngày 05/9/2027 |\n")
    assert leads_and_dates(_letter(body)) == [(["Sở Y tế"], "2027-07-27"), (["Sở Xây dựng"], None),
                                              (["Sở Tài chính"], None)]


# pdftotext -layout: a table's header cells wrapped onto a second line ("Kinh phí" over "(triệu đồng)", "Thời gian"
# over "hoàn thành") still make a task table.
def test_a_layout_header_wrapped_onto_two_lines():
    text = ("1. Giao UBND các xã là chủ đầu tư tu bổ các nghĩa trang liệt sĩ theo bảng dưới đây:\n\n"
            "  STT   Nghĩa trang liệt sĩ       Chủ đầu tư           Hạng mục tu bổ           Kinh phí     Thời gian\n"
            "                                                                              (triệu đồng)  hoàn thành\n"
            "  1     Nghĩa trang liệt sĩ       UBND xã Gia Viễn     Sửa cổng, tường rào,     1.850         30/6/2027\n"
            "        Gia Viễn (1.112 mộ)                            nhà bia ghi danh\n"
            "  2     Nghĩa trang liệt sĩ       UBND xã Nho Quan     Ốp lát bia mộ            2.400         Quý III/2027\n"
            "        Nho Quan (784 mộ)\n\n"
            "2. Sở Xây dựng hướng dẫn, kiểm tra chất lượng, báo cáo UBND tỉnh trước ngày 31/7/2027.\n")
    paragraphs = clean_document(RawDocument(source="x.txt", text=text)).paragraphs
    assert any(p.startswith("| STT | Nghĩa trang liệt sĩ | Chủ đầu tư |") and "Thời gian hoàn thành" in p for p in paragraphs)
    assert {("UBND xã Gia Viễn", "2027-06-30"), ("UBND xã Nho Quan", "2027-09-30")} <= {
        (lead[0], d) for lead, d in leads_and_dates(_letter(text)) if lead}


# A body's heading over a dash that opens with its condition ("a) Khi nhận được tin báo …, phải xác minh …"): the
# body's duty; a time between a body and its verb ("Sở Y tế trong vòng 24 giờ … phải có mặt …", "Sở Xây dựng trước
# ngày 30/6/2027 phải hoàn thành …"): the body the subject.
def test_a_condition_opening_a_duty_and_a_time_before_the_verb():
    body = ("1. Sở Tài chính:\n"
            "a) Khi nhận được tin báo qua Tổng đài 111, phải xác minh, xử lý trong vòng 24 giờ.\n"
            "b) Rà soát các vụ việc, báo cáo trước ngày 30/6/2027.\n"
            "2. Sở Y tế trong vòng 24 giờ kể từ khi tiếp nhận thông tin phải có mặt xác minh.\n"
            "3. Sở Xây dựng trước ngày 30/6/2027 phải hoàn thành kiểm tra.")
    assert leads_and_dates(_letter(body)) == [(["Sở Tài chính"], None), (["Sở Tài chính"], "2027-06-30"),
                                              (["Sở Y tế"], None), (["Sở Xây dựng"], "2027-06-30")]


# The last numbered item closing a letter ("6. Các cơ quan, đơn vị nêu trên báo cáo … trước ngày …") after an item
# asking a body the letter does not address ("5. Đề nghị Ủy ban MTTQ Việt Nam tỉnh …"): every addressee of
# "Kính gửi", a co-operator among them (the body the reports go to left out).
def test_the_last_item_closing_a_letter_after_a_request_to_another_body():
    body = ("Chủ tịch UBND tỉnh yêu cầu:\n"
            "1. Sở Xây dựng:\n"
            "- Chủ trì, phối hợp với Sở Tài chính kiểm tra các công trình, xong trước ngày 20/5/2027;\n"
            "- Hướng dẫn các xã lập hồ sơ trong tháng 7/2027.\n"
            "2. Sở Y tế rà soát các trạm y tế, xong trước ngày 25/5/2027.\n"
            "3. UBND các xã: Gia Viễn, Nho Quan:\n"
            "- Rà soát các hộ dân, xong trước ngày 25/5/2027;\n"
            "- Tuyên truyền cho người dân.\n"
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo tuyên truyền, vận động người dân.\n"
            "5. Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Y tế trước ngày 10/12/2027.")
    assert leads_by_date(_letter(body))["2027-12-10"] == {"Sở Xây dựng", "Sở Tài chính", "UBND xã Gia Viễn",
                                                          "UBND xã Nho Quan"}


# A team of each hamlet or commune named by its kind ("Tổ công nghệ số cộng đồng các thôn"): one body, the subject.
def test_the_teams_of_each_hamlet():
    body = "3. Tổ công nghệ số cộng đồng các thôn phân công thành viên phụ trách từng hộ gia đình."
    assert leads_and_dates(_letter(body)) == [(["Tổ công nghệ số cộng đồng các thôn"], None)]


# A youth union's branches: "Chi đoàn giáo viên", "Chi đoàn khối 6", "Chi đoàn Công an phường" (the branch of that
# body), "Các chi đoàn nêu tại Mục III" (those the items name); a school's faculties listed after "Các khoa:".
def test_youth_union_branches_and_faculties_listed():
    assert _names("Chi đoàn giáo viên tổ chức sinh hoạt.") == ["Chi đoàn giáo viên"]
    assert _names("Chi đoàn Công an phường phối hợp tuần tra.") == ["Chi đoàn Công an phường"]
    assert _names("Các khoa: Sư phạm, Kỹ thuật - Công nghệ, Kinh tế - Nông lâm rà soát chương trình.") == [
        "Khoa Sư phạm", "Khoa Kỹ thuật - Công nghệ", "Khoa Kinh tế - Nông lâm"]
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 88/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Tiếp sức mùa thi\n"
            "     III. PHÂN CÔNG NHIỆM VỤ\n"
            "     1. Chi đoàn giáo viên lập danh sách, hoàn thành trước ngày 05/6/2027.\n"
            "     2. Chi đoàn khối 6 hướng dẫn thí sinh trong các ngày thi.\n"
            "     IV. TỔ CHỨC THỰC HIỆN\n"
            "     Các chi đoàn nêu tại Mục III báo cáo kết quả thực hiện về Ban Chấp hành Đoàn trường trước\n"
            "ngày 16/6/2027 để tổng hợp.\n")
    assert leads_by_date(text) == {"2027-06-05": {"Chi đoàn giáo viên"}, None: {"Chi đoàn khối 6"},
                                   "2027-06-16": {"Chi đoàn giáo viên", "Chi đoàn khối 6"}}


# A tax office's divisions named by fields whose first word is a verb elsewhere ("Phòng Quản lý, hỗ trợ hộ kinh
# doanh, cá nhân"); a railway station and a railway company's works ("Ga Đồng Đăng", "Xí nghiệp Đường sắt …").
def test_divisions_named_by_several_fields_and_railway_bodies():
    assert _names("Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân theo dõi, tổng hợp.") == [
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân"]
    assert _names("Phòng Tuyên truyền, hỗ trợ người nộp thuế hướng dẫn.") == ["Phòng Tuyên truyền, hỗ trợ người nộp thuế"]
    assert _names("Sở Tài chính hỗ trợ hộ kinh doanh.") == ["Sở Tài chính"]
    assert _names("Ga Đồng Đăng phối hợp với Xí nghiệp Đường sắt Lạng Sơn bố trí toa xe.") == [
        "Ga Đồng Đăng", "Xí nghiệp Đường sắt Lạng Sơn"]


# Time cells that say when work is done, not by when: a planned outage's hours ("Từ 7 giờ đến 16 giờ ngày
# 17/5/2027"); a team's visits to communes ("| Thời gian | Đoạn tuyến | Xã, phường | Đơn vị phối hợp |").
def test_hour_windows_and_a_schedule_of_visits_are_no_limits():
    body = ("| STT | Thời gian cắt điện | Khu vực mất điện | Nội dung công việc | Đơn vị thực hiện |\n|---|---|---|---|---|\n"
            "| 1 | Từ 7 giờ đến 16 giờ ngày 17/5/2027 | Thôn Pác Luống | Thay 12 cột bê tông ly tâm | Sở Xây dựng |\n"
            "| 2 | Từ 6 giờ 30 đến 11 giờ 30 ngày 20/5/2027 | Khu vực chợ | Nâng công suất trạm biến áp | Sở Tài chính |\n\n"
            "Lịch khảo sát hiện trường của Tổ khảo sát:\n\n"
            "| STT | Thời gian | Đoạn tuyến | Xã, phường | Đơn vị phối hợp |\n|---|---|---|---|---|\n"
            "| 1 | 20/7/2027 - 22/7/2027 | Km 86+000 - Km 105+000 | Xã Gia Viễn | UBND xã Gia Viễn |\n"
            "| 2 | 23/7/2027 - 25/7/2027 | Km 105+000 - Km 131+500 | Xã Nho Quan | UBND xã Nho Quan |\n\n"
            "Sở Y tế rà soát, báo cáo trước ngày 30/6/2027.")
    assert [d for _lead, d in leads_and_dates(_letter(body))] == [None, None, "2027-06-30"]


# A ceremony's day set beside the limit given right before it ("… trước ngày 03/9/2027, trước Lễ khai giảng ngày
# 05/9/2027"): one limit; the ceremony alone ("hoàn thành trước Lễ khai giảng ngày 05/9/2027") is one.
def test_a_ceremony_beside_a_limit():
    body = ("1. Sở Y tế hoàn thành hồ sơ trước ngày 03/9/2027, trước Lễ khai giảng ngày 05/9/2027.\n"
            "2. Sở Xây dựng sửa chữa phòng học, hoàn thành trước Lễ khai giảng ngày 05/9/2027.")
    assert leads_and_dates(_letter(body)) == [(["Sở Y tế"], "2027-09-03"), (["Sở Xây dựng"], "2027-09-05")]


# A table whose rows the sentence before it introduces ("…, cụ thể như sau:") and a sentence after it then times
# ("… hoàn thành chuyển đổi trong thời hạn tại bảng trên"): each row's task is the later sentence's.
def test_rows_introduced_before_and_timed_after():
    body = ("Đến ngày 31/3/2027, trên địa bàn còn 89 hộ kinh doanh chưa chuyển đổi, cụ thể như sau:\n\n"
            "| STT | Xã | Số hộ kinh doanh | Số hộ chưa chuyển đổi | Thời hạn hoàn thành chuyển đổi |\n|---|---|---|---|---|\n"
            "| 1 | Gia Viễn | 2.184 | 46 | 30/4/2027 |\n"
            "| 2 | Nho Quan | 1.652 | 31 | 15/5/2027 |\n\n"
            "1. UBND các xã có hộ kinh doanh chưa chuyển đổi tại bảng trên chỉ đạo bộ phận chuyên môn vận động, hỗ trợ hộ "
            "kinh doanh hoàn thành chuyển đổi trong thời hạn tại bảng trên.")
    timed = {(lead[0], d) for lead, d, t in _tasks(_letter(body)) if "vận động, hỗ trợ hộ kinh doanh" in t}
    assert timed == {("UBND xã Gia Viễn", "2027-04-30"), ("UBND xã Nho Quan", "2027-05-15")}


# A time limit between the subject and its verb, after a comma: "Riêng UBND xã Gia Viễn, chậm nhất ngày 10/7/2027
# hoàn thành …" is that commune's task (not every addressee's).
def test_a_time_after_the_subject_and_its_comma():
    body = ("1. UBND các xã: Gia Viễn, Nho Quan rà soát hồ sơ trước ngày 30/6/2027.\n"
            "2. Riêng UBND xã Gia Viễn, chậm nhất ngày 10/7/2027 hoàn thành bàn giao hồ sơ.")
    assert leads_by_date(_letter(body))["2027-07-10"] == {"UBND xã Gia Viễn"}


# A project's expected milestones ("| STT | Hạng mục | Tiến độ dự kiến |") are no body's time limits.
def test_expected_milestones_are_no_limits():
    body = ("Dự án ký túc xá có tiến độ dự kiến như sau:\n\n"
            "| STT | Hạng mục | Tiến độ dự kiến |\n|---|---|---|\n"
            "| 1 | Khởi công xây dựng | Quý II/2027 |\n"
            "| 2 | Hoàn thành ký túc xá, đưa vào sử dụng | Quý IV/2028 |\n\n"
            "1. Sở Xây dựng thẩm định hồ sơ thiết kế, xong trước ngày 30/5/2027.")
    assert leads_and_dates(_letter(body)) == [(["Sở Xây dựng"], "2027-05-30")]


# A commune's plan with no "Kính gửi" whose opening cites the documents it carries out ("Thực hiện Kế hoạch số … của
# Sở Nội vụ …"): its last item "Các bộ phận nêu trên báo cáo … về Văn phòng …" means the items' bodies.
def test_the_last_item_of_a_plan_means_its_items_bodies():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 41/KH-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Chỉnh lý tài liệu lưu trữ\n"
            "Thực hiện Kế hoạch số 38/KH-SNV ngày 03/3/2027 của Sở Nội vụ, UBND xã Gia Viễn xây dựng Kế hoạch như sau:\n"
            "I. TỔ CHỨC THỰC HIỆN\n"
            "1. Văn phòng HĐND và UBND xã là đầu mối, theo dõi, đôn đốc thực hiện Kế hoạch.\n"
            "2. Phòng Kinh tế bố trí 02 công chức tham gia chỉnh lý.\n"
            "3. Công an xã bảo đảm an ninh, an toàn kho tài liệu.\n"
            "4. Các bộ phận nêu trên báo cáo kết quả thực hiện về Văn phòng HĐND và UBND xã chậm nhất ngày 20/6/2027.\n")
    assert leads_by_date(text)["2027-06-20"] == {"Phòng Kinh tế", "Công an xã"}


# Minutes' list of those present, a person in lower case after the colon ("3. Ban Quản lý di tích Đền Bắc Lệ: ông
# Nguyễn Đức Toàn, Trưởng ban;"): no task.
def test_an_attendee_in_lower_case_is_no_task():
    text = ("SỞ XÂY DỰNG\nSố: 57/BB-SXD\nNinh Bình, ngày 14 tháng 4 năm 2027\nBIÊN BẢN LÀM VIỆC\nVề nhà ở xã hội\n"
            "Hôm nay, ngày 14/4/2027, tại trụ sở UBND xã Gia Viễn, chúng tôi gồm:\n"
            "I. THÀNH PHẦN\n"
            "1. Sở Xây dựng: Ông Nguyễn Văn A - Giám đốc.\n"
            "2. Ban Quản lý di tích Đền Bắc Lệ: ông Nguyễn Đức Toàn, Trưởng ban;\n"
            "II. NỘI DUNG LÀM VIỆC\n"
            "1. UBND xã Gia Viễn hoàn thành giải phóng mặt bằng trước ngày 30/6/2027.\n")
    assert leads_and_dates(text) == [(["UBND xã Gia Viễn"], "2027-06-30")]


# A division advising its commune to ask a department ("- Tham mưu UBND xã đề nghị Sở Xây dựng bổ sung …" under "3.
# Phòng Kinh tế:"): the division's task; heads of a described group with a verb of their own ("Trưởng các thôn có
# đường sắt đi qua vận động Nhân dân …"): theirs.
def test_an_advised_request_and_a_described_group_of_heads():
    body = ("3. Phòng Kinh tế:\n"
            "- Đôn đốc nhà thầu hoàn thành đường gom trước ngày 31/10/2027;\n"
            "- Tham mưu UBND xã đề nghị Sở Xây dựng bổ sung đường ngang vào danh mục nâng cấp năm 2028.\n"
            "4. Trưởng các thôn có đường sắt đi qua vận động Nhân dân không họp chợ, phơi nông sản trên đường sắt.")
    assert leads_and_dates(_letter(body)) == [(["Phòng Kinh tế"], "2027-10-31"), (["Phòng Kinh tế"], None),
                                              (["Trưởng các thôn"], None)]
