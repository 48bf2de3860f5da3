"""Issue 11, third round: the general causes of the misses of batches R3 and J, one table-driven
test each on text written for these tests in the forms those documents take (no real
document's text)."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import load_directory


def rows(n):
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None,
             " ".join(t.text.split()[:5])) for t in n.tasks]


def names(text, province="Hòa Bình"):
    return [m.agency.name for m in load_directory(province).find_mentions(text)]


# a task table whose time column has no cue word, with a two-row header, rows a .docx reader
# joined with " | " (a merged first cell left as a leading " | ") -----------------------------
PLAN_HEAD = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nKẾ HOẠCH\n\nLập quy hoạch mạng lưới trạm quan trắc\n\nPHỤ LỤC\n\n"
TWO_ROW_HEADER = PLAN_HEAD + """Thời gian | Nội dung công việc | Cơ quan chịu trách nhiệm theo quy định | Thực hiện
 |  |  | Đơn vị chủ trì | Đơn vị phối hợp
(1) | (2) | (3) | (4) | (5)
I | GIAI ĐOẠN 1: CHUẨN BỊ
8-9/2026 | Xây dựng đề cương quy hoạch | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | - Vụ Pháp chế; - Văn phòng Bộ.
 | Lấy ý kiến các địa phương về đề cương | Cơ quan lập quy hoạch | Cục Quản lý tài nguyên nước | - Vụ Pháp chế.
12/2026 | Trình Bộ trưởng phê duyệt đề cương | Cơ quan tổ chức lập quy hoạch | Vụ Kế hoạch- Tài chính | - Văn phòng Bộ.
01/2027 | Phê duyệt đề cương | Thủ tướng Chính phủ |  | 
"""
MARKDOWN = PLAN_HEAD + """| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| --- | --- | --- | --- | --- |
| 1 | Xây dựng đề cương quy hoạch | Cục Quản lý tài nguyên nước | Vụ Pháp chế | Quý IV/2026 |
| 2 | Lấy ý kiến các địa phương | Cục Quản lý tài nguyên nước | Các cơ quan, đơn vị liên quan | 30/11/2026 |
| 3 | Quản lý và vận hành hệ thống quan trắc | Cục Quản lý tài nguyên nước | Các bộ, ngành, cơ quan liên quan | Thực hiện thường xuyên |
| 4 | Trình phê duyệt quy hoạch | Vụ Kế hoạch -Tài chính | Văn phòng Bộ | Tháng 11/2027 |
"""


@pytest.mark.parametrize("text, expected", [
    (TWO_ROW_HEADER, [
        (["Cục Quản lý tài nguyên nước"], "2026-09-30", "Xây dựng đề cương quy"),
        (["Cục Quản lý tài nguyên nước"], None, "Lấy ý kiến các địa"),
        (["Vụ Kế hoạch - Tài chính"], "2026-12-31", "Trình Bộ trưởng phê duyệt"),
        (["Thủ tướng Chính phủ"], "2027-01-31", "Phê duyệt đề cương (Thủ"),   # the other column, as a note
    ]),
    (MARKDOWN, [
        (["Cục Quản lý tài nguyên nước"], "2026-12-31", "Xây dựng đề cương quy"),
        (["Cục Quản lý tài nguyên nước"], "2026-11-30", "Lấy ý kiến các địa"),
        (["Cục Quản lý tài nguyên nước"], None, "Quản lý và vận hành"),  # a data row is no header
        (["Vụ Kế hoạch - Tài chính"], "2027-11-30", "Trình phê duyệt quy hoạch"),
    ]),
])
def test_a_task_table_with_a_bare_time_column(text, expected):
    assert rows(parse_notice(text)) == expected


# a body's name cut at a word that is also a directive verb --------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("- Vụ Vật liệu xây dựng; - Vụ Pháp chế.", ["Vụ Vật liệu xây dựng", "Vụ Pháp chế"]),
    ("Giao Vụ Vật liệu xây dựng là cơ quan tham mưu.", ["Vụ Vật liệu xây dựng"]),
    ("Trung tâm Xúc tiến đầu tư.", ["Trung tâm Xúc tiến đầu tư"]),
    ("Sở Y tế xây dựng kế hoạch.", ["Sở Y tế"]),
    ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh rà soát hồ sơ.",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh"]),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh rà soát các công trình giao thông tỉnh.",
     ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    ("Vụ Kế hoạch- Tài chính/ Ban Quản lý quy hoạch.", ["Vụ Kế hoạch - Tài chính", "Ban Quản lý quy hoạch"]),
    ("Ban Quản lý Khu kinh tế chủ trì triển khai chuyển đổi KCN Tằng Loỏng.", ["Ban Quản lý Khu kinh tế"]),
    ("Sở Y tế xây dựng công trình.", ["Sở Y tế"]),
])
def test_a_name_that_ends_with_a_word_that_is_also_a_verb(text, expected):
    assert names(text) == expected


# a heading that lists bodies under one head noun gives its bullets to each of them ------------
HEAD_NOUN_LIST = """BỘ TÀI CHÍNH

KẾ HOẠCH

Triển khai hóa đơn điện tử

III. TỔ CHỨC THỰC HIỆN

1. Các Bộ: Công Thương, Xây dựng, Y tế

- Chủ trì rà soát quy định về hóa đơn trong lĩnh vực quản lý.
"""


def test_a_heading_listing_bodies_under_one_head_noun():
    assert rows(parse_notice(HEAD_NOUN_LIST)) == [
        (["Bộ Công Thương", "Bộ Xây dựng", "Bộ Y tế"], None, "Chủ trì rà soát quy")]


# a closing sentence addressed to "các cơ quan, đơn vị nêu trên" after items naming one body each
CLOSING_TO_THE_BODIES_ABOVE = """UỶ BAN NHÂN DÂN TỈNH HOÀ BÌNH

Số: 120/UBND-KT

Hòa Bình, ngày 02 tháng 6 năm 2026

Kính gửi:
- Sở Y tế;
- Sở Nội vụ.

Chủ tịch UBND tỉnh có ý kiến như sau:

1. Sở Y tế rà soát danh mục trang thiết bị.

2. Sở Nội vụ hoàn thiện đề án vị trí việc làm.

Yêu cầu các cơ quan, đơn vị nêu trên báo cáo kết quả về UBND tỉnh trước ngày 30/6/2026./.
"""


@pytest.mark.parametrize("closing", [
    "Yêu cầu các cơ quan, đơn vị nêu trên báo cáo kết quả về UBND tỉnh trước ngày 30/6/2026./.",
    "Đề nghị các đơn vị nêu trên báo cáo kết quả về UBND tỉnh trước ngày 30/6/2026./.",
])
def test_a_closing_sentence_to_the_bodies_above_is_one_task_per_body(closing):
    text = CLOSING_TO_THE_BODIES_ABOVE.replace(
        "Yêu cầu các cơ quan, đơn vị nêu trên báo cáo kết quả về UBND tỉnh trước ngày 30/6/2026./.", closing)
    got = [r for r in rows(parse_notice(text)) if r[1]]
    assert [(lead, dl) for lead, dl, _ in got] == [(["Sở Y tế"], "2026-06-30"), (["Sở Nội vụ"], "2026-06-30")]


# a decision's article naming whose duties follow; a team the decision sets up --------------------
DECISION = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

QUYẾT ĐỊNH

Về việc thành lập Đoàn kiểm tra an toàn đập

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUYẾT ĐỊNH:

Điều 1. Thành lập Đoàn kiểm tra an toàn đập, hồ chứa nước trên địa bàn tỉnh, gồm các thành viên có tên tại Phụ lục kèm theo.
{article2}
1. Xây dựng kế hoạch kiểm tra, trình Chủ tịch UBND tỉnh trước ngày 15/7/2026.
2. Báo cáo kết quả kiểm tra trước ngày 30/9/2026.
Điều 3. Sở Nông nghiệp và Môi trường bố trí kinh phí cho Đoàn kiểm tra.
Điều 4. Quyết định này có hiệu lực kể từ ngày ký.
"""


@pytest.mark.parametrize("article2", [
    "Điều 2. Nhiệm vụ của Đoàn kiểm tra",
    "Điều 2. Nhiệm vụ và quyền hạn của Đoàn kiểm tra",
    "Điều 2. Trách nhiệm của Đoàn kiểm tra",
])
def test_an_article_naming_a_team_gives_it_the_duties_below(article2):
    got = rows(parse_notice(DECISION.format(article2=article2)))
    assert [(lead, dl) for lead, dl, _ in got if lead] == [
        (["Đoàn kiểm tra"], "2026-07-15"), (["Đoàn kiểm tra"], "2026-09-30"), (["Sở Nông nghiệp và Môi trường"], None)]


def test_a_team_not_set_up_by_the_document_is_no_body():
    assert names("Đoàn kiểm tra ghi nhận kết quả của UBND xã.") == []


def test_an_articles_title_on_a_line_of_its_own_ends_its_paragraph():
    from tbkl_xl.model import RawDocument
    from tbkl_xl.parse.clean import clean_document
    text = ("Điều 3. Nhiệm vụ của Đoàn kiểm tra\nĐoàn kiểm tra thực hiện nhiệm vụ theo quy định tại Điều 8\n"
            "Nghị định số 217/2025/NĐ-CP, trong đó tập trung:\n1. Xây dựng kế hoạch kiểm tra.")
    assert clean_document(RawDocument("<t>", text)).paragraphs[:2] == [
        "Điều 3. Nhiệm vụ của Đoàn kiểm tra",
        "Đoàn kiểm tra thực hiện nhiệm vụ theo quy định tại Điều 8 Nghị định số 217/2025/NĐ-CP, trong đó tập trung:"]


# Party bodies: the Party committee of a body, committees listed under one plural head -----------
@pytest.mark.parametrize("text, expected", [
    ("Đảng uỷ Quốc hội lãnh đạo, chỉ đạo rà soát.", ["Đảng uỷ Quốc hội"]),
    ("Đảng ủy Chính phủ chỉ đạo xây dựng kế hoạch.", ["Đảng ủy Chính phủ"]),
    ("2. Đảng ủy Ủy ban nhân dân tỉnh", ["Đảng ủy Ủy ban nhân dân tỉnh"]),
    ("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương tuyên truyền.",
     ["Đảng uỷ Mặt trận Tổ quốc", "Các đoàn thể Trung ương"]),
    ("6. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát.", ["Ủy ban Kiểm tra Tỉnh ủy"]),
    ("Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo rà soát.", ["Ban cán sự đảng UBND tỉnh"]),
    ("Đảng đoàn HĐND tỉnh chỉ đạo giám sát.", ["Đảng đoàn HĐND tỉnh"]),
    ("Ban Chính sách, chiến lược Trung ương chủ trì theo dõi.", ["Ban Chính sách, chiến lược Trung ương"]),
])
def test_the_party_committee_of_a_body_is_a_body(text, expected):
    assert names(text) == expected


def test_party_committees_under_one_plural_head_are_one_body_each():
    n = parse_notice("BAN CHẤP HÀNH TRUNG ƯƠNG\n\nKẾT LUẬN\n\nVề phòng, chống thiên tai\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                     "1. Các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương xây dựng kế hoạch thực hiện Kết luận.\n")
    assert [a.name for t in n.tasks for a in t.lead] == [
        "Các tỉnh ủy", "Các thành ủy", "Các đảng ủy trực thuộc Trung ương"]


# a line after the bullets names their lead ---------------------------------------------------------
LEAD_AFTER_BULLETS = """TỈNH ỦY HÒA BÌNH

CHƯƠNG TRÌNH HÀNH ĐỘNG

Thực hiện Kết luận về phòng, chống thiên tai

II. NHIỆM VỤ, GIẢI PHÁP

2.1. Nâng cao năng lực dự báo

- Xây dựng mạng lưới trạm đo mưa.

- Cập nhật bản đồ nguy cơ lũ quét.

- Phát triển các mô hình sản xuất thích ứng với thiên tai.

{label}: Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức đảng.

2.2. Tuyên truyền

- Đổi mới công tác tuyên truyền phòng, chống thiên tai.

{label}: Đảng ủy Mặt trận Tổ quốc tỉnh.
"""


@pytest.mark.parametrize("label", ["Trách nhiệm chỉ đạo thực hiện", "Cơ quan chủ trì", "Trách nhiệm thực hiện"])
def test_a_lead_line_after_the_bullets_names_their_lead(label):
    got = rows(parse_notice(LEAD_AFTER_BULLETS.format(label=label)))
    assert [(lead, text) for lead, _dl, text in got] == [
        (["Đảng ủy Ủy ban nhân dân tỉnh", "Các cấp ủy, tổ chức đảng"], "Xây dựng mạng lưới trạm"),
        (["Đảng ủy Ủy ban nhân dân tỉnh", "Các cấp ủy, tổ chức đảng"], "Cập nhật bản đồ nguy"),
        (["Đảng ủy Mặt trận Tổ quốc tỉnh"], "Đổi mới công tác tuyên"),
    ]


# dates that are not deadlines --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Thời hạn thuê đất đến hết ngày 19/10/2034.", []),                                # a right's term
    ("Giấy phép có thời hạn sử dụng đến hết ngày 31/12/2030.", []),
    ("Bản đồ hiện trạng lập 1 năm 1 lần, thời điểm lập, cập nhật đến hết ngày 31 tháng 12 hàng năm.", []),
    ("Số liệu tính đến hết ngày 30/6/2026.", []),
    ("Kế hoạch có hiệu lực đến hết ngày 31/12/2026.", []),                              # a validity
    ("Hạn nộp hồ sơ: 30/8/2026.", ["2026-08-30"]),
    ("Cập nhật cơ sở dữ liệu trước ngày 30/6/2026.", ["2026-06-30"]),                 # a time limit
    ("Hoàn thành việc giao đất đến hết ngày 30/9/2026.", ["2026-09-30"]),
])
def test_dates_that_are_not_deadlines(text, expected):
    from datetime import date
    from tbkl_xl.parse.deadlines import find_deadlines
    assert [d.date.isoformat() for d in find_deadlines(text, date(2026, 3, 6)) if d.date] == expected


def test_a_period_counted_from_an_event_named_before_it_has_no_date():
    from tbkl_xl.messages import parse as M
    n = parse_notice("SỞ CÔNG THƯƠNG TỈNH HÒA BÌNH\n\nSố: 15/QĐ-SCT\n\nHòa Bình, ngày 06 tháng 3 năm 2026\n\n"
                     "QUYẾT ĐỊNH\n\nVề việc kiểm tra\n\n"
                     "Điều 2. Thời hạn kiểm tra\n\n1. Thời hạn kiểm tra: Kể từ ngày công bố Quyết định này. "
                     "Thời hạn kiểm tra không quá 10 ngày làm việc.\n")
    assert n.issued is not None
    assert [(t.deadline.date, t.deadline.note) for t in n.tasks if t.deadline] == [(None, M.N_FROM_EVENT)]


# the day of minutes told by the hour they opened, written by a scan ------------------------------
@pytest.mark.parametrize("opening, day", [
    ("Vào 10 giờ 00 phút ngày 10/ 5\u20442026, tại hội trường Thanh tra tỉnh, Đoàn thanh tra làm việc.", "2026-05-10"),
    ("Vào lúc 14 giờ ngày 21/8/2026, tại trụ sở Sở Xây dựng, hai bên làm việc.", "2026-08-21"),
    ("Hôm nay, ngày 3 /9/ 2026, tại UBND xã Tân Lạc, Đoàn công tác làm việc.", "2026-09-03"),
])
def test_the_day_of_minutes_whatever_a_scan_made_of_its_date(opening, day):
    n = parse_notice("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBIÊN BẢN LÀM VIỆC\n\n"
                     "Căn cứ Quyết định số 72/QĐ-TT ngày 13 tháng 03 năm 2026 của Chánh Thanh tra tỉnh.\n\n"
                     + opening + "\n\n1. Công ty khắc phục tồn tại.\n")
    assert n.meeting_date.isoformat() == day


@pytest.mark.parametrize("written, read", [
    ("Kính gửi: Sở Công Thƣơng tỉnh Hòa Bình", "Kính gửi: Sở Công Thương tỉnh Hòa Bình"),   # pdftotext's ƣ
    ("ngày 10/ 5\u20442026", "ngày 10/5/2026"),
    ("ngày 3 /9/ 2026", "ngày 3/9/2026"),
    ("tỷ lệ 1/2.000", "tỷ lệ 1/2.000"),                                                   # no date: as it is
    ("trước ngày 3O/6/2026.", "trước ngày 30/6/2026."),                                   # letters for digits
    ("trước ngày l5/7/2O26", "trước ngày 15/7/2026"),
    ("mã hồ sơ IO/OI/IIII", "mã hồ sơ IO/OI/IIII"),                                       # no date: as it is
])
def test_glyphs_and_dates_a_scan_or_a_font_mangled(written, read):
    from tbkl_xl.model import RawDocument
    from tbkl_xl.parse.clean import clean_document
    assert clean_document(RawDocument("<t>", written)).paragraphs == [read]


# an appendix table whose cells are blocks of lines (a PDF's table without its grid) ----------------
BLOCK_TABLE = """TỈNH ỦY HÒA BÌNH

CHƯƠNG TRÌNH HÀNH ĐỘNG

Thực hiện Kết luận về phòng, chống thiên tai

1. Các cấp ủy tổ chức thực hiện Chương trình này.

PHỤ LỤC

TT

Nhiệm vụ cụ thể

I Các nhiệm vụ cần làm ngay

Cơ quan chủ trì

Người phụ trách chỉ 
đạo, đôn đốc

Thời hạn 
thực hiện

1

Quán triệt Kết luận đến toàn thể cán bộ, đảng viên và 
Nhân dân trong tỉnh.

Các cấp ủy, tổ 
chức đảng

Thủ trưởng các cơ 
quan, đơn vị

Trước ngày 
15/10/2026

7

Ban hành Kế hoạch của Ủy ban nhân dân tỉnh thực hiện 
Chương trình hành động này.

Đảng ủy Ủy ban 
nhân dân tỉnh

Đồng chí Phó Chủ 
tịch UBND tỉnh

Trước 
31/12/2026

2

II Nhiệm vụ đến năm 2030

Xây dựng Kế hoạch phòng, chống thiên tai

Rà soát quy hoạch thủy lợi

Đảng ủy UBND 
tỉnh

2026 - 2030
"""


def test_a_table_whose_cells_are_blocks_of_lines():
    got = [r for r in rows(parse_notice(BLOCK_TABLE)) if r[1]]
    assert got == [
        (["Các cấp ủy, tổ chức đảng"], "2026-10-15", "Quán triệt Kết luận đến"),
        (["Đảng ủy Ủy ban nhân dân tỉnh"], "2026-12-31", "Ban hành Kế hoạch của"),
    ]                                   # the rows out of order (part II) are left out, not guessed
    assert parse_notice(BLOCK_TABLE).tasks[-2].text.endswith("(Thủ trưởng các cơ quan, đơn vị)")


@pytest.mark.parametrize("text, expected", [
    ("Tên dự án: Cụm công nghiệp Báo Đáp.", []),                 # a place's name, no newspaper
    ("Thành lập cụm công nghiệp Đội Bình, xã Hòa Sơn.", []),
    ("Sở Văn hóa phối hợp Báo Hòa Bình đưa tin.", ["Sở Văn hóa", "Báo Hòa Bình"]),
])
def test_a_head_inside_a_places_name_is_no_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("cell, day", [
    ("Tháng 11/2019", "2019-11-30"), ("11/2019", "2019-11-30"), ("10-11/2019", "2019-11-30"),
    ("01-4/2021", "2021-04-30"), ("Quý IV/2020", "2020-12-31"), ("30/6/2026", "2026-06-30"), ("2025", "2025-12-31"),
    ("Tháng 10/2026 - 12/2026", "2026-12-31"), ("Từ 01/7 - 30/9/2026", "2026-09-30"),
    ("Cuối năm 2026", "2026-12-31"), ("Năm 2026 - 2027", "2027-12-31"), ("Thường xuyên", None),
])
def test_the_time_cell_of_a_task_table(cell, day):
    text = PLAN_HEAD + ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n| --- | --- | --- | --- |\n"
                        f"| 1 | Rà soát mạng lưới trạm | Cục Quản lý tài nguyên nước | {cell} |\n")
    assert rows(parse_notice(text))[0][1] == day


MARKDOWN_TWO_ROWS = PLAN_HEAD + """| TT | Nội dung | Thực hiện | | Thời gian |
| --- | --- | --- | --- | --- |
| | | Chủ trì | Phối hợp | |
| 1 | Rà soát mạng lưới trạm | Cục Quản lý tài nguyên nước | Vụ Pháp chế | Quý III/2026 |
"""


def test_a_markdown_table_with_a_two_row_header():
    n = parse_notice(MARKDOWN_TWO_ROWS)
    assert [([a.name for a in t.lead], [a.name for a in t.support], t.deadline.date.isoformat()) for t in n.tasks] == [
        (["Cục Quản lý tài nguyên nước"], ["Vụ Pháp chế"], "2026-09-30")]


DECISION_ARTICLES = """ỦY BAN NHÂN DÂN TỈNH GIA LAI

Số: 45/QĐ-UBND

Gia Lai, ngày 10 tháng 4 năm 2026

QUYẾT ĐỊNH

Về việc ban hành Kế hoạch chuyển đổi số năm 2026

QUYẾT ĐỊNH:

Điều 1. {article1}

Điều 2. Giao Sở Khoa học và Công nghệ chủ trì hướng dẫn, kiểm tra việc thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 15/12/2026.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Khoa học và Công nghệ, Tài chính; Chủ tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này./.
"""


@pytest.mark.parametrize("article1", [
    "Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.",
    "Phê duyệt Kế hoạch chuyển đổi số năm 2026 của tỉnh.",
    "Ủy quyền cho Giám đốc Sở Khoa học và Công nghệ phê duyệt các dự án chuyển đổi số nhóm C.",
])
def test_a_decisions_own_acts_and_its_execution_formula_are_no_tasks(article1):
    assert rows(parse_notice(DECISION_ARTICLES.format(article1=article1))) == [
        (["Sở Khoa học và Công nghệ"], "2026-12-15", "Giao Sở Khoa học và")]


LETTER_TO_ONE_BODY = """BỘ CÔNG THƯƠNG
CỤC HÓA CHẤT

Số: 120/HC-QLHC
V/v hướng dẫn khai báo hóa chất

Hà Nội, ngày 05 tháng 5 năm 2026

Kính gửi: Sở Công Thương tỉnh Quảng Bình

Cục Hóa chất nhận được Công văn số 55/SCT ngày 20/4/2026 của Sở Công Thương tỉnh Quảng Bình. Về việc này, Cục Hóa chất có ý kiến như sau:

1. Về khai báo hóa chất Hiện nay, quy định đã thay đổi. {request}

Trân trọng./.
"""


@pytest.mark.parametrize("request_", [
    "Đề nghị Quý Sở hướng dẫn doanh nghiệp khai báo hóa chất.",
    "Về việc truy cập tài khoản khai báo, đề nghị nghiên cứu, hướng dẫn doanh nghiệp.",
    "Vì vậy, đề nghị địa phương căn cứ quy định hiện hành để hướng dẫn doanh nghiệp.",
    "Đề nghị Sở nghiên cứu, hướng dẫn doanh nghiệp thực hiện.",
])
def test_a_request_to_the_addressee_named_by_a_common_noun(request_):
    n = parse_notice(LETTER_TO_ONE_BODY.format(request=request_))
    assert [[a.name for a in t.lead] for t in n.tasks] == [["Sở Công Thương tỉnh Quảng Bình"]]


def test_a_request_to_a_named_body_is_its_own():
    n = parse_notice(LETTER_TO_ONE_BODY.format(request="Đề nghị Sở Tài chính hướng dẫn doanh nghiệp."))
    assert [[a.name for a in t.lead] for t in n.tasks] == [["Sở Tài chính"]]


@pytest.mark.parametrize("text", [
    "UBND các xã: Yên Sơn, Thái Bình, Kim Phú hoàn thành bàn giao mặt bằng.",
    "UBND các xã Yên Sơn, Thái Bình và Kim Phú hoàn thành bàn giao mặt bằng.",
])
def test_communes_listed_in_a_province_whose_communes_the_data_does_not_list(text):
    from tbkl_xl.parse.agencies import load_directory
    found = load_directory("Tuyên Quang").find_mentions(text)
    assert [m.agency.members for m in found] == [("UBND xã Yên Sơn", "UBND xã Thái Bình", "UBND xã Kim Phú")]


def test_a_numbered_sections_title_on_a_line_of_its_own_in_a_short_text():
    from tbkl_xl.model import RawDocument
    from tbkl_xl.parse.clean import clean_document
    text = ("1. Đánh giá chung\nThời gian qua, các đơn vị đã tích cực triển khai.\n2. Nhiệm vụ thời gian tới\n"
            "a) Sở Xây dựng hướng dẫn các xã xác định giá đất.")
    assert clean_document(RawDocument("<t>", text)).paragraphs == [
        "1. Đánh giá chung", "Thời gian qua, các đơn vị đã tích cực triển khai.", "2. Nhiệm vụ thời gian tới",
        "a) Sở Xây dựng hướng dẫn các xã xác định giá đất."]


PLAN_WITH_FIELD_LINES = """ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG

Số: 88/KH-UBND

Bình Dương, ngày 15 tháng 3 năm 2026

KẾ HOẠCH
Triển khai Đề án 06 năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Đẩy mạnh chuyển đổi số, hoàn thành trước ngày 31/12/2026 các chỉ tiêu của Đề án.

II. NHIỆM VỤ CỤ THỂ
1. Hoàn thiện cơ sở dữ liệu dân cư
- Cơ quan chủ trì: Công an tỉnh.
- Cơ quan phối hợp: Sở Tư pháp.
- Thời gian hoàn thành: Quý III/2026.

2. Số hóa hồ sơ thủ tục hành chính
- Đơn vị thực hiện: Trung tâm Phục vụ hành chính công tỉnh.
- Thời gian thực hiện: Trước ngày 30/9/2026.
"""


def test_a_plans_item_titled_by_its_task_with_field_lines_below():
    n = parse_notice(PLAN_WITH_FIELD_LINES)
    assert [([a.name for a in t.lead], [a.name for a in t.support], t.deadline.date.isoformat(), t.text.split("\n")[0])
            for t in n.tasks] == [
        (["Công an tỉnh"], ["Sở Tư pháp"], "2026-09-30", "Hoàn thiện cơ sở dữ liệu dân cư"),
        (["Trung tâm Phục vụ hành chính công tỉnh"], [], "2026-09-30", "Số hóa hồ sơ thủ tục hành chính"),
    ]                                   # (the purpose "… hoàn thành trước ngày 31/12/2026 các chỉ tiêu" is no task)


def test_a_heads_title_before_a_second_subject_after_a_semicolon():
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n\nCHỈ THỊ\n\nVề phòng cháy rừng\n\n"
                     "4. Giám đốc Công an tỉnh chỉ đạo điều tra, xử lý nghiêm các vụ vi phạm; Chỉ huy trưởng Bộ Chỉ "
                     "huy Quân sự tỉnh sẵn sàng lực lượng hỗ trợ chữa cháy khi có yêu cầu.\n")
    assert [[a.name for a in t.lead] for t in n.tasks] == [["Công an tỉnh"], ["Bộ Chỉ huy Quân sự tỉnh"]]


@pytest.mark.parametrize("text, expected", [
    ("Thời gian: Quý III/2026.", ["2026-09-30"]),
    ("Tiến độ: tháng 10/2026.", ["2026-10-31"]),
    ("Thời gian: 14 giờ 00, ngày 14/9/2026.", []),          # when a meeting is held, no time limit
    ("Báo cáo muộn nhất ngày 20/8/2026.", ["2026-08-20"]),
    ("Hoàn thành trước thời điểm 30/9/2026.", ["2026-09-30"]),
])
def test_time_limits_in_other_offices_words(text, expected):
    from datetime import date
    from tbkl_xl.parse.deadlines import find_deadlines
    assert [d.date.isoformat() for d in find_deadlines(text, date(2026, 5, 1)) if d.date] == expected


@pytest.mark.parametrize("heading, lead", [
    ("1. Đối với huyện Đồng Văn:", "UBND huyện Đồng Văn"),
    ("1. Đối với xã Lũng Cú:", "UBND xã Lũng Cú"),
])
def test_a_heading_addressing_a_unit_by_its_places_name(heading, lead):
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n"
                     f"{heading}\n\n- Rà soát danh sách hộ nghèo, gửi Sở Y tế trước ngày 15/9/2026.\n")
    assert [[a.name for a in t.lead] for t in n.tasks] == [[lead]]


def test_the_bodies_above_in_a_letter_whose_body_names_none_are_its_addressees():
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH LONG AN\n\nSố: 300/UBND-KT\n\nLong An, ngày 02 tháng 7 năm 2026\n\n"
                     "Kính gửi:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo.\n\nThực hiện chỉ đạo của Bộ Y tế, UBND tỉnh yêu "
                     "cầu các đơn vị nêu trên triển khai các biện pháp phòng chống dịch, báo cáo kết quả về UBND tỉnh "
                     "trước ngày 30/7/2026./.\n")
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [
        (["Sở Y tế"], "2026-07-30"), (["Sở Giáo dục và Đào tạo"], "2026-07-30")]


def test_a_letters_thanks_is_no_task():
    n = parse_notice(LETTER_TO_ONE_BODY.format(request="Đề nghị Quý Sở hướng dẫn doanh nghiệp.").replace(
        "Trân trọng./.", "Cục Hóa chất trân trọng cảm ơn sự phối hợp của Quý Sở./."))
    assert [t.text[:20] for t in n.tasks] == ["Về khai báo hóa chất"]


def test_a_collective_qualified_by_its_field():
    assert names("Các bộ, ngành quản lý lĩnh vực rà soát các thỏa thuận hợp tác.") == ["Các bộ, ngành quản lý lĩnh vực"]


@pytest.mark.parametrize("intro", [
    "1. Giao Sở Xây dựng chủ trì thực hiện các nội dung sau, hoàn thành trước ngày 30/9/2026:",
    "Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì thực hiện các nội dung sau, hoàn thành trước ngày 30/9/2026:",
])
def test_an_introductions_time_limit_holds_for_its_list(intro):
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n" + intro +
                     "\n- Rà soát quy hoạch các khu đô thị;\n- Đề xuất danh mục dự án kêu gọi đầu tư.\n")
    assert [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline else None) for t in n.tasks] == [
        (["Sở Xây dựng"], "2026-09-30"), (["Sở Xây dựng"], "2026-09-30")]


def test_a_topics_date_is_no_time_limit_for_its_list():
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n"
                     "1. Đối với các dự án hoàn thành trong năm 2026:\n- Sở Xây dựng kiểm tra chất lượng công trình.\n")
    assert [t.deadline for t in n.tasks] == [None]


def test_a_notes_column_follows_the_task():
    text = PLAN_HEAD + ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian | Ghi chú |\n| --- | --- | --- | --- | --- |\n"
                        "| 1 | Cấp kinh phí mua hóa chất | Sở Tài chính | Trước 30/4/2026 | Ưu tiên |\n")
    assert [t.text for t in parse_notice(text).tasks] == ["Cấp kinh phí mua hóa chất (Ưu tiên)"]


@pytest.mark.parametrize("opening", [
    "Chiều 05/6/2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp.",
    "Ngày 05-6-2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp.",
    "Ngày 5.6.2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp.",
])
def test_the_meeting_day_in_other_offices_forms(opening):
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nSố: 50/TB-UBND\n\nPhú Thọ, ngày 12 tháng 6 năm 2026\n\nTHÔNG BÁO\n\n"
                     "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân\n\n" + opening
                     + "\n\n1. Sở Tài chính rà soát kế hoạch vốn.\n")
    assert n.meeting_date.isoformat() == "2026-06-05"


def test_addressees_named_by_their_role_are_found_again_in_the_body():
    n = parse_notice("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÒA BÌNH\n\nSố: 33/SNNMT-CCMT\n\n"
                     "Hòa Bình, ngày 23 tháng 4 năm 2026\n\nKính gửi:\n- Công an tỉnh;\n"
                     "- Chủ các công trình phải tổ chức quan trắc khí tượng thủy văn chuyên dùng;\n\n"
                     "Sở Nông nghiệp và Môi trường đề nghị Công an tỉnh; Chủ các công trình phải tổ chức quan trắc khí "
                     "tượng thủy văn chuyên dùng tổ chức triển khai thực hiện nghiêm các quy định.\n")
    assert [a.name for t in n.tasks for a in t.lead] == [
        "Công an tỉnh", "Chủ các công trình phải tổ chức quan trắc khí tượng thủy văn chuyên dùng"]


def test_the_items_of_a_list_of_past_acts_are_no_tasks():
    n = parse_notice("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÒA BÌNH\n\nSố: 33/SNNMT-CCMT\n\n"
                     "Hòa Bình, ngày 23 tháng 4 năm 2026\n\nKính gửi:\n- Công an tỉnh;\n- Sở Y tế.\n\n"
                     "Bộ Nông nghiệp và Môi trường đã ban hành các văn bản hợp nhất về khí tượng thủy văn, cụ thể:\n"
                     "- Văn bản hợp nhất số 48/VBHN-BNNMT ngày 15/4/2026 về giảm nhẹ phát thải khí nhà kính;\n"
                     "- Văn bản hợp nhất số 49/VBHN-BNNMT ngày 21/4/2026 về khí tượng thủy văn.\n\n"
                     "Sở Nông nghiệp và Môi trường đề nghị các đơn vị tổ chức triển khai thực hiện nghiêm các quy định.\n")
    assert [(a.name, t.text[:7]) for t in n.tasks for a in t.lead] == [("Công an tỉnh", "Sở Nông"), ("Sở Y tế", "Sở Nông")]


def test_a_one_line_bullet_ending_its_sentence_ends_its_paragraph():
    from tbkl_xl.model import RawDocument
    from tbkl_xl.parse.clean import clean_document
    text = ("- Văn bản hợp nhất số 49/VBHN-BNNMT ngày 21/4/2026 về khí tượng thủy văn.\n"
            "Sở Nông nghiệp và Môi trường đề nghị các đơn vị triển khai thực hiện.")
    assert len(clean_document(RawDocument("<t>", text)).paragraphs) == 2


def test_an_addressee_named_by_what_it_must_do_is_still_an_addressee():
    from tbkl_xl.model import RawDocument
    from tbkl_xl.parse.clean import clean_document
    from tbkl_xl.parse.header import read_header
    paras = clean_document(RawDocument("<t>", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 33/SNNMT\n\nKính gửi:\n"
                                       "- Công an tỉnh;\n- Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà kính.\n\n"
                                       "Sở đề nghị các đơn vị triển khai thực hiện.")).paragraphs
    assert read_header(paras).addressees == ["Công an tỉnh", "Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà kính"]


def test_a_table_without_a_lead_column_gives_its_rows_to_the_sections_body():
    n = parse_notice("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n1. Sở Y tế:\n\n"
                     "| STT | Nội dung | Thời gian hoàn thành |\n| --- | --- | --- |\n"
                     "| 1 | Giám sát dịch tễ tại cộng đồng | Quý III/2026 |\n| 2 | Mua sắm hóa chất | 30/8/2026 |\n")
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [
        (["Sở Y tế"], "2026-09-30"), (["Sở Y tế"], "2026-08-30")]
