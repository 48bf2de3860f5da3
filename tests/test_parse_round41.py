"""Round 41 (issue 11's fortieth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZG … ZZZZZZZZZZZZZZZZV (and two left from the round before), one test each on text
written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import NB_LETTER as LETTER, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.deadlines import find_deadlines


def _plan(body: str, issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n") -> str:
    return (issuer + "Số: 96/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2027\n\n"
            + body + "\n\n" + SIGNED)


def _letter(body: str) -> str:
    """The province's letter to departments and communes with ``body``."""
    return LETTER + "\n" + body + "\n\n" + SIGNED


def _commune_letter(number: str, addressees: str, body: str) -> str:
    """A commune's letter on policy loans, "Kính gửi:" ``addressees`` (dashed lines), with ``body``."""
    return ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: " + number + "/UBND-KT\nV/v cho vay vốn chính sách\n"
            "Gia Viễn, ngày 14 tháng 4 năm 2027\nKính gửi:\n" + addressees + "\nUBND xã đề nghị:\n" + body + "\n\n" + SIGNED)


def _names(text: str) -> list:
    return [m.agency.name for m in default_directory().find_mentions(text)]


# A leader's note in one paragraph, a sentence per body, one of them ending on a month without its year: "…, báo
# cáo trong tháng 9." ends its sentence (not a short number like "khoản 2." inside a reference).
def test_a_month_without_its_year_ends_a_sentence():
    body = ("Sở Xây dựng kiểm tra các điểm trường xuống cấp, báo cáo trong tháng 9.\n"
            "Sở Y tế rà soát các trạm y tế xuống cấp, báo cáo trong quý 3.\n"
            "Sở Tài chính bố trí kinh phí sửa chữa theo khoản 2. Điều 5 Nghị định số 10/2026/NĐ-CP.")
    found = leads_and_dates(_letter(body))
    assert (["Sở Xây dựng"], "2027-09-30") in found
    assert (["Sở Y tế"], "2027-09-30") in found
    assert (["Sở Tài chính"], None) in found


# "b/c" (báo cáo) in a leader's handwritten note: a month without its year after it is a time limit.
def test_a_report_abbreviated_in_a_note():
    assert [d.date for d in find_deadlines("Sở GDĐT tổng hợp các điểm trường, b/c trong tháng 9.", date(2027, 4, 14))] \
        == [date(2027, 9, 30)]


# A forwarding slip ("PHIẾU CHUYỂN") typed as a two-column form, the Vice-Chairman's note in the field "Ý kiến chỉ
# đạo của đ/c …:" and its rows below; then the commune's letter the slip forwards, with its own "Kính gửi:" after
# the slip's signature.  The note's sentences are the tasks; the forwarded letter's "Kính gửi" is not the slip's.
SLIP = """| ỦY BAN NHÂN DÂN TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc |
| Số: 512/PC-VP | Ninh Bình, ngày 14 tháng 4 năm 2027 |
|
PHIẾU CHUYỂN
|
| Văn phòng UBND tỉnh nhận được: | Văn bản số 33/UBND ngày 10/4/2027 của UBND xã Gia Viễn về việc sửa chữa cầu treo |
| Ngày đến: | 12/4/2027 |
| Chuyển đến: | - Sở Xây dựng; |
|  | - Sở Tài chính. |
| Ý kiến chỉ đạo của đ/c Đinh Văn Hùng, PCT UBND tỉnh (ngày 13/4/2027): | "Giao Sở Xây dựng kiểm tra hiện trạng cầu, báo cáo trước 25/4. |
|  | STC rà soát nguồn kinh phí, đề xuất mức hỗ trợ trước 30/4. |
|  | UBND xã Gia Viễn cắm biển cảnh báo, không để người dân qua cầu." |
|
Văn phòng UBND tỉnh xin chuyển các cơ quan, đơn vị thực hiện theo ý kiến chỉ đạo nêu trên./.
|
| Nơi nhận: | KT. CHÁNH VĂN PHÒNG |
| - Như trên; | PHÓ CHÁNH VĂN PHÒNG |
| - Lưu: VT. | Trần Thị Lan |
|
TÀI LIỆU KÈM THEO PHIẾU CHUYỂN
| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| XÃ GIA VIỄN | Độc lập - Tự do - Hạnh phúc |
| Số: 33/UBND | Gia Viễn, ngày 10 tháng 4 năm 2027 |
Kính gửi: Ủy ban nhân dân tỉnh Ninh Bình.
Ngày 08/4/2027, cầu treo thôn Đồng Bài bị hư hỏng. UBND xã kính đề nghị UBND tỉnh hỗ trợ kinh phí sửa chữa.
| Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
| - Như trên; | CHỦ TỊCH |
| - Lưu: VT. | Phạm Văn Tú |
"""


def test_a_forwarding_slip_typed_as_a_form():
    found = leads_and_dates(SLIP)
    assert (["Sở Xây dựng"], "2027-04-25") in found
    assert (["Sở Tài chính"], "2027-04-30") in found
    assert (["UBND xã Gia Viễn"], None) in found


# A slip in plain text whose forwarded petition, after the slip's signature, has its own "Kính gửi:": the slip's
# body is read (the notes' tasks), not the petition's.
def test_the_forwarded_petitions_addressee_is_not_the_slips():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 385/PC-VP\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "PHIẾU CHUYỂN ĐƠN\n"
            "Văn phòng UBND tỉnh nhận được đơn đề ngày 02/4/2027 của ông Hoàng Văn A, trú tại xã Nho Quan.\n"
            "Ý kiến của đ/c Chủ tịch UBND tỉnh (ngày 12/4/2027):\n"
            "\"Giao UBND xã Nho Quan giải quyết theo thẩm quyền, trả lời công dân, b/c UBND tỉnh trước 25/4.\"\n"
            + SIGNED +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN ĐỀ NGHỊ\n"
            "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình.\n"
            "Tôi là Hoàng Văn A. Tôi kính đề nghị Chủ tịch UBND tỉnh xem xét, giải quyết dứt điểm.\n")
    assert (["UBND xã Nho Quan"], "2027-04-25") in leads_and_dates(text)


# "Các hội có tên tại Mục II báo cáo …" under "II. NHIỆM VỤ CỦA CÁC HỘI" over a table of associations (one of them
# named with a slash, "da cam/dioxin"): each association of that part.
def test_associations_named_by_the_part_of_the_plan():
    body = ("II. NHIỆM VỤ CỦA CÁC HỘI ĐẶC THÙ\n"
            "| STT | Hội | Nhiệm vụ | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Hội Chữ thập đỏ tỉnh | Hoàn thiện dự thảo Điều lệ sửa đổi | Tháng 5/2027 |\n"
            "| 2 | Hội Nạn nhân chất độc da cam/dioxin tỉnh | Báo cáo tình hình hoạt động | Tháng 6/2027 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Nội vụ hướng dẫn các hội thực hiện Kế hoạch.\n"
            "2. Các hội có tên tại Mục II báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 15/11/2027.")
    found = leads_by_date(_plan(body))
    assert found["2027-11-15"] == {"Hội Chữ thập đỏ tỉnh", "Hội Nạn nhân chất độc da cam/dioxin tỉnh"}


# "Các đơn vị có tên tại Lịch tổ chức hiến máu (mục II) đăng ký …" where part II is a schedule whose rows give no
# task ("| 1 | UBND xã Gia Viễn | 12/6/2027 | Trạm Y tế xã … |"): the bodies of the rows' first cell naming bodies
# (not the place of a later column); the same group in a task table's lead cell.
def test_bodies_of_a_schedule_in_a_cited_part():
    body = ("II. LỊCH TỔ CHỨC HIẾN MÁU\n"
            "| STT | Đơn vị tổ chức | Ngày hiến máu | Địa điểm |\n|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | 12/6/2027 | Trung tâm Y tế khu vực Gia Viễn |\n"
            "| 2 | UBND xã Nho Quan | 16/6/2027 | Hội trường UBND xã Nho Quan |\n"
            "III. NHIỆM VỤ CỤ THỂ\n"
            "1. Các đơn vị có tên tại Lịch tổ chức hiến máu (mục II) đăng ký số lượng người tham gia về Hội Chữ thập đỏ "
            "tỉnh trước ngày 15/5/2027.\n"
            "2. Bảng phân công:\n"
            "| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Lập danh sách tình nguyện viên phục vụ | Các đơn vị có tên tại mục II | Trước ngày 20/5/2027 |")
    found = leads_by_date(_plan(body))
    assert found["2027-05-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert found["2027-05-20"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# "… đề nghị các cơ quan, đơn vị có hồ sơ quá hạn tại bảng dưới đây khẩn trương giải quyết … trước ngày 25/4/2027:"
# over a table with no time column: each row's body by that limit, and a row's own date a task of its own.
def test_the_limit_of_the_sentence_over_a_table_without_times():
    body = ("Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị có hồ sơ quá hạn tại bảng dưới đây khẩn trương giải quyết "
            "dứt điểm, trả kết quả cho tổ chức, cá nhân trước ngày 25/4/2027:\n"
            "| STT | Cơ quan, đơn vị | Số hồ sơ quá hạn | Yêu cầu |\n"
            "| 1 | Sở Xây dựng | 41 | Riêng 12 hồ sơ cấp giấy phép xây dựng trả kết quả trước ngày 20/4/2027 |\n"
            "| 2 | UBND xã Nho Quan | 58 | Giải quyết hồ sơ chứng thực quá hạn |")
    found = leads_and_dates(_letter(body))
    assert (["Sở Xây dựng"], "2027-04-25") in found and (["Sở Xây dựng"], "2027-04-20") in found
    assert (["UBND xã Nho Quan"], "2027-04-25") in found


# "Riêng UBND các xã: A, B (địa bàn rộng) được lùi thời hạn lập bảng kê hộ đến hết ngày …", "Sở X được gia hạn báo
# cáo đến …": more time for the same duty, the bodies still do it.
def test_bodies_given_more_time_keep_their_duty():
    body = ("1. UBND các xã lập bảng kê hộ trước ngày 20/4/2027.\n"
            "2. Riêng UBND các xã: Gia Viễn, Nho Quan (địa bàn rộng) được lùi thời hạn lập bảng kê hộ đến hết ngày "
            "28/4/2027.\n3. Sở Y tế được gia hạn báo cáo kết quả rà soát đến hết ngày 29/4/2027.")
    found = leads_by_date(_letter(body))
    assert found["2027-04-28"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert found["2027-04-29"] == {"Sở Y tế"}


# "4. UBND các xã: A, B:" over dashes, then "Riêng UBND xã A …" in that item, then "5. Các cơ quan, đơn vị nêu trên
# báo cáo … trước ngày …": a numbered item of its own closes the list, every item's bodies (not the last paragraph's
# commune and the department it sends to).
def test_a_closing_item_after_an_exception_in_the_item_before():
    body = ("1. Sở Xây dựng kiểm tra các công trình trước ngày 20/4/2027.\n\n"
            "2. Sở Y tế kiểm tra các trạm y tế trước ngày 22/4/2027.\n\n"
            "3. UBND các xã: Gia Viễn, Nho Quan:\n\n- Rà soát các điểm trường xuống cấp;\n\n"
            "- Báo cáo danh sách trước ngày 25/4/2027.\n\n"
            "Riêng UBND xã Gia Viễn xây dựng phương án, gửi Sở Xây dựng thẩm định.\n\n"
            "4. Các cơ quan, đơn vị nêu trên báo cáo kết quả về Sở Tài chính trước ngày 30/5/2027.")
    found = leads_by_date(_letter(body))
    assert found["2027-05-30"] == {"Sở Xây dựng", "Sở Y tế", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A school whose name ends in a number, the list's last, before a note in brackets: "Các trường THPT: Hàm Rồng, Đào
# Duy Từ, Tĩnh Gia 1 (được giao tăng chỉ tiêu) bố trí …" each school, and the sentence theirs.
def test_a_listed_school_whose_name_ends_in_a_number():
    assert _names("Các trường THPT: Hàm Rồng, Đào Duy Từ, Tĩnh Gia 1 (được giao tăng chỉ tiêu) bố trí thêm phòng học") \
        == ["Trường THPT Hàm Rồng", "Trường THPT Đào Duy Từ", "Trường THPT Tĩnh Gia 1"]
    body = ("3. Các trường THPT: Hàm Rồng, Đào Duy Từ, Tĩnh Gia 1 (được giao tăng chỉ tiêu năm học 2027 - 2028) bố trí "
            "thêm phòng học, báo cáo Sở Giáo dục và Đào tạo trước ngày 31/7/2027.")
    found = leads_by_date(_letter(body))
    assert found["2027-07-31"] == {"Trường THPT Hàm Rồng", "Trường THPT Đào Duy Từ", "Trường THPT Tĩnh Gia 1"}


# The youth union's bodies: "Các ban, đơn vị thuộc Tỉnh đoàn" (not "thuộc tỉnh" and a stray word), a school's
# union "Đoàn trường Cao đẳng Y tế Lạng Sơn" (a name with "và" inside: "… Công nghệ và Nông lâm Đông Bắc"); not
# "Đoàn trường" followed by a verb.
def test_the_youth_unions_bodies():
    assert _names("Các ban, đơn vị thuộc Tỉnh đoàn, Đoàn trường Cao đẳng Y tế Lạng Sơn, Đoàn trường Cao đẳng Công nghệ "
                  "và Nông lâm Đông Bắc và Hội Liên hiệp Thanh niên Việt Nam tỉnh báo cáo tổng kết") == [
        "Các ban, đơn vị thuộc Tỉnh đoàn", "Đoàn trường Cao đẳng Y tế Lạng Sơn",
        "Đoàn trường Cao đẳng Công nghệ và Nông lâm Đông Bắc", "Hội Liên hiệp Thanh niên Việt Nam tỉnh"]
    # (the school union's standing board by its whole name, closed before its verb — round 47; "Ban Thường vụ" alone
    # before it)
    assert _names("Ban Thường vụ Đoàn trường quyết định kết nạp") == ["Ban Thường vụ Đoàn trường"]


# A crop calendar's harvest column ("| Thời vụ gieo, cấy | Thời gian thu hoạch | Địa bàn |"): when the fields are
# harvested, no time limit of the communes.
def test_a_harvest_column_sets_no_limit():
    body = ("1. Khung lịch thời vụ:\n"
            "| Phương thức | Thời vụ gieo, cấy | Thời gian thu hoạch | Địa bàn |\n|---|---|---|---|\n"
            "| Gieo thẳng | Sạ tập trung từ 20/5 đến 05/6/2027 | Từ 25/8 đến 05/9/2027 | Các xã: Gia Viễn, Nho Quan |\n"
            "2. UBND các xã chỉ đạo gieo cấy theo khung lịch thời vụ, kết thúc gieo cấy trước ngày 10/6/2027.")
    found = leads_by_date(_letter(body))
    assert "2027-09-05" not in found and "2027-06-10" in found


# The minutes of a science council: "Tổ chức chủ trì: Trường Đại học …" among the parties, then "2. Tổ chức chủ trì
# chuyển giao phần mềm …, hoàn thành trong Quý III/2027" that body's.
def test_a_science_projects_host_named_by_its_role():
    text = ("UBND TỈNH NINH BÌNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/BB-HĐ\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "BIÊN BẢN\nHọp Hội đồng đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ\n"
            "Hôm nay, ngày 14/4/2027, tại Sở Khoa học và Công nghệ, Hội đồng họp đánh giá, nghiệm thu nhiệm vụ.\n"
            "Tổ chức chủ trì: Trường Đại học Hoa Lư. Chủ nhiệm nhiệm vụ: TS. Nguyễn Văn B.\n"
            "KẾT LUẬN CỦA HỘI ĐỒNG\n"
            "1. Tổ chức chủ trì chuyển giao phần mềm cảnh báo cho UBND xã Gia Viễn, hoàn thành trong Quý III/2027.\n"
            "2. Sở Khoa học và Công nghệ ban hành Quyết định công nhận kết quả theo quy định.\n\n" + SIGNED)
    assert (["Trường Đại học Hoa Lư"], "2027-09-30") in leads_and_dates(text)


# A closing request with a date that ends "… để phối hợp thực hiện./.": a task of every addressee, not the letter's
# formula "Đề nghị các cơ quan, đơn vị triển khai thực hiện./.".
def test_a_dated_closing_request_ending_in_carry_out():
    body = ("1. Sở Xây dựng hoàn thành số hóa hồ sơ trước ngày 30/5/2027.\n\n2. Sở Y tế cập nhật trạng thái hồ sơ.\n\n"
            "Đề nghị các cơ quan, đơn vị nêu trên gửi danh sách công chức đầu mối về Văn phòng UBND tỉnh trước ngày "
            "25/4/2027 để phối hợp thực hiện./.")
    found = leads_by_date(_letter(body))
    assert {"Sở Xây dựng", "Sở Y tế"} <= found["2027-04-25"]


# A topic clause naming "tổ chức, cá nhân" before the subject: "Đối với động vật hoang dã do tổ chức, cá nhân giao nộp
# hoặc do cơ quan chức năng chuyển giao, các Hạt Kiểm lâm lập biên bản …" (the rangers' offices a group of bodies).
def test_a_topic_naming_persons_before_the_subject():
    body = ("3. Đối với động vật hoang dã do tổ chức, cá nhân tự nguyện giao nộp hoặc do cơ quan chức năng chuyển giao, "
            "các Hạt Kiểm lâm lập biên bản tiếp nhận, bàn giao cho cơ sở cứu hộ trong vòng 24 giờ kể từ khi tiếp nhận.")
    assert (["Các Hạt Kiểm lâm"], None) in leads_and_dates(_letter(body))


# A sentence ending on a part's number ("… đã cam kết tại mục II.2.") before the next body's sentence: two sentences
# (not "khoản 2. Điều 5 …", where the reference goes on).
def test_a_sentence_ending_on_a_parts_number():
    body = ("Yêu cầu Nhà thầu thực hiện đúng các nội dung đã cam kết tại mục II.2. Ban Quản lý dự án đầu tư xây dựng tỉnh "
            "báo cáo tiến độ về Sở Xây dựng trước ngày 25/4/2027.\n"
            "Sở Tài chính bố trí kinh phí theo khoản 2. Điều 5 Nghị định số 10/2026/NĐ-CP trước ngày 30/4/2027.")
    found = leads_and_dates(_letter(body))
    assert (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2027-04-25") in found
    assert (["Sở Tài chính"], "2027-04-30") in found


# Wards numbered after a merger, the first of the list: "Công an các phường: Hà Giang 1, Hà Giang 2, Minh Xuân" each
# ward's police.
def test_the_police_of_wards_numbered_after_a_merger():
    assert _names("Công an các phường: Hà Giang 1, Hà Giang 2, Minh Xuân lập danh sách đối tượng") == [
        "Công an phường Hà Giang 1", "Công an phường Hà Giang 2", "Công an phường Minh Xuân"]


# The policy bank's savings and loan groups as a heading over dashes: "2. Các Tổ tiết kiệm và vay vốn:" / "- Hoàn
# thiện hồ sơ … chậm nhất ngày …" that group's (not every addressee's).
def test_savings_and_loan_groups_under_their_heading():
    text = _commune_letter(
        "215", "- Trưởng thôn các thôn: Đồng Bục, Na Hoa;\n- Tổ trưởng các Tổ tiết kiệm và vay vốn trên địa bàn xã;\n"
        "- Công an xã.",
        "1. Trưởng thôn các thôn: Đồng Bục, Na Hoa lập danh sách hộ vay trước ngày 18/4/2027.\n"
        "2. Các Tổ tiết kiệm và vay vốn:\n- Hoàn thiện hồ sơ đề nghị vay vốn của tổ viên chậm nhất ngày 22/4/2027;\n"
        "- Thu lãi của tổ viên đúng lịch giao dịch.\n3. Công an xã nắm tình hình người dân vay lãi nặng.")
    found = leads_by_date(text)
    assert found["2027-04-22"] == {"Các Tổ tiết kiệm và vay vốn"}


# "Trước ngày …, các Trưởng thôn thông báo cho hộ …" in a letter to "Trưởng thôn các thôn: Đồng Bục, Na Hoa": those
# hamlets' heads, each.
def test_the_hamlet_heads_addressed_by_their_title():
    text = _commune_letter("216", "- Trưởng thôn các thôn: Đồng Bục, Na Hoa;\n- Công an xã.",
                           "1. Công an xã nắm tình hình người dân vay lãi nặng.\n"
                           "2. Trước ngày 23/4/2027, các Trưởng thôn thông báo cho hộ được duyệt vay đến nhận tiền vay.")
    assert leads_by_date(text)["2027-04-23"] == {"Trưởng thôn Đồng Bục", "Trưởng thôn Na Hoa"}


# A census's enumerators as a body: "2. Các điều tra viên đến từng hộ lập bảng kê …; hoàn thành trước ngày …".
def test_a_census_enumerators():
    body = ("1. Trưởng các tổ dân phố cung cấp danh sách hộ trước ngày 20/4/2027.\n"
            "2. Các điều tra viên lập bảng kê hộ theo mẫu, hoàn thành trước ngày 27/4/2027.")
    assert (["Điều tra viên"], "2027-04-27") in leads_and_dates(_letter(body))
    assert _names("mỗi điều tra viên phụ trách bình quân 140 hộ") == []


# A table of the units and their times (figures, no task's words) after "… hoàn thành rà soát theo thời hạn sau:",
# then "1. UBND các xã nêu trên" / "- Rà soát, lập danh sách …, gửi Sở theo thời hạn tại bảng trên;": that task of each
# unit by its row's time, in place of the rows.
def test_a_task_by_the_times_of_the_table_above():
    body = ("Sở đề nghị các địa phương hoàn thành rà soát theo thời hạn sau:\n"
            "| STT | Xã, phường | Số homestay | Thời hạn hoàn thành rà soát |\n|---|---|---|---|\n"
            "| 1 | Xã Gia Viễn | 96 | Trước ngày 15/9/2027 |\n| 2 | Xã Nho Quan | 38 | Tháng 9/2027 |\n"
            "1. UBND các xã nêu trên:\n"
            "- Rà soát, lập danh sách các homestay chưa gửi thông báo, gửi Sở theo thời hạn tại bảng trên;\n"
            "- Phối hợp với Công an xã kiểm tra các cơ sở lưu trú.")
    found = leads_and_dates(_letter(body))
    assert (["UBND xã Gia Viễn"], "2027-09-15") in found and (["UBND xã Nho Quan"], "2027-09-30") in found
    n = parse_notice(_letter(body))
    dated = [t for t in n.tasks if t.deadline and t.deadline.date]
    assert len(dated) == 2 and all("lập danh sách các homestay" in t.text for t in dated)


# A decision approving science tasks in a table "| Tên nhiệm vụ | Tổ chức chủ trì | Chủ nhiệm | … |", then "3. Các tổ
# chức chủ trì nhiệm vụ hoàn thiện thuyết minh … trước ngày …": each host of that column.
def test_the_hosts_of_a_science_programmes_table():
    body = ("Điều 1. Phê duyệt tổ chức chủ trì, chủ nhiệm các nhiệm vụ khoa học và công nghệ:\n"
            "| STT | Tên nhiệm vụ | Tổ chức chủ trì | Chủ nhiệm | Kinh phí (triệu đồng) |\n|---|---|---|---|---|\n"
            "| 1 | Nghiên cứu nhân giống cây hồi | Trường Đại học Hoa Lư | TS. Lương Thị Thảo | 1.250 |\n"
            "| 2 | Xây dựng bản đồ số tài nguyên rừng | Viện Khoa học Lâm nghiệp Việt Nam | TS. Phạm Quốc Hưng | 2.400 |\n"
            "Điều 2. Tổ chức thực hiện\n"
            "1. Sở Khoa học và Công nghệ ký hợp đồng với các tổ chức chủ trì.\n"
            "2. Các tổ chức chủ trì nhiệm vụ hoàn thiện thuyết minh nhiệm vụ trước ngày 05/7/2027.")
    found = leads_by_date(_plan(body))
    assert found["2027-07-05"] == {"Trường Đại học Hoa Lư", "Viện Khoa học Lâm nghiệp Việt Nam"}
