"""Documents the parser has never seen, batch R2's general causes, one test each on text written
for these tests in the form of the real documents (no real document's text): text laid out as on
the page, item markers, OCR page marks.

Each test reads text the way a clerk gives it to the tool (``parse_notice`` or the cleaning step)
and checks what a clerk would see: the paragraphs, or per task the lead(s), deadline and text."""
from __future__ import annotations

from tbkl_xl.model import RawDocument
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.clean import clean_document


def paras(text):
    return clean_document(RawDocument("<t>", text)).paragraphs


def leads(n):
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None,
             " ".join(t.text.split()[:6])) for t in n.tasks]


# a PDF converted with its layout: a paragraph's first line stands right of the page's margin ----
LAID_OUT = """          2. Các phòng chuyên môn thuộc Sở; các đơn vị sự
   nghiệp trực thuộc
         Các phòng, đơn vị chủ động rà soát quy trình nội bộ, cập nhật danh mục
   thủ tục hành chính và công khai trên trang thông tin điện tử của Sở.
      Giao Văn phòng Sở chủ trì, tổng hợp kết quả rà soát của các phòng, đơn vị,
báo cáo Giám đốc Sở.
       3. Phòng Kế hoạch - Tài chính
       - Bố trí kinh phí thực hiện theo dự toán được giao.
                  Kính gửi: - Phòng Kế hoạch - Tài chính;
                            - Các đơn vị sự nghiệp trực thuộc Sở,
                              gồm các trung tâm và ban quản lý.
===== Trang 2 =====
       4. Văn phòng Sở theo dõi, đôn đốc."""


def test_a_first_line_indented_past_the_margin_starts_a_paragraph():
    ps = paras(LAID_OUT)
    assert ps[:4] == [
        "2. Các phòng chuyên môn thuộc Sở; các đơn vị sự nghiệp trực thuộc",
        "Các phòng, đơn vị chủ động rà soát quy trình nội bộ, cập nhật danh mục thủ tục hành chính và công "
        "khai trên trang thông tin điện tử của Sở.",
        "Giao Văn phòng Sở chủ trì, tổng hợp kết quả rà soát của các phòng, đơn vị, báo cáo Giám đốc Sở.",
        "3. Phòng Kế hoạch - Tài chính",          # (not joined to the bullet below as a wrapped line)
    ]
    # a hanging indent goes on its item; the page mark of an OCR text is no paragraph
    assert ps[4:] == ["- Bố trí kinh phí thực hiện theo dự toán được giao.",
                      "Kính gửi: - Phòng Kế hoạch - Tài chính;",
                      "- Các đơn vị sự nghiệp trực thuộc Sở, gồm các trung tâm và ban quản lý.",
                      "4. Văn phòng Sở theo dõi, đôn đốc."]


def test_text_without_indentation_is_joined_as_before():
    flat = "\n".join(line.strip() for line in LAID_OUT.splitlines()[:6])
    assert paras(flat)[0].startswith("2. Các phòng chuyên môn thuộc Sở; các đơn vị sự nghiệp trực thuộc Các phòng")


# item markers "(i).", "(2)", "a." --------------------------------------------------------------
def test_items_marked_in_brackets_or_by_a_letter_and_a_full_stop_are_items():
    n = parse_notice("""UBND TỈNH HÒA BÌNH

Số: 21/UBND-KT | Hòa Bình, ngày 02 tháng 3 năm 2026

V/v kiến nghị tháo gỡ vướng mắc

Kính gửi: Bộ Công Thương

Ủy ban nhân dân tỉnh Hòa Bình đề nghị Bộ Công Thương:

(i). Chỉ đạo Cục Điện lực hướng dẫn thủ tục đấu nối trước ngày 30/4/2026.

(ii). Sớm sửa đổi quy trình cấp phép theo hướng rút gọn hồ sơ.

4. Phương thức kiểm tra

a. Thu thập tài liệu do đơn vị cung cấp.

Nơi nhận:
- Như trên;
""")
    assert leads(n)[:2] == [(["Bộ Công Thương"], "2026-04-30", "Chỉ đạo Cục Điện lực hướng"),
                            (["Bộ Công Thương"], None, "Sớm sửa đổi quy trình cấp")]
    assert [t.section for t in n.tasks[:2]] == ["i", "ii"]


def test_a_task_opening_with_by_its_functions_is_the_headings_bodies_task():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Phòng cháy, chữa cháy nhà ở kết hợp kinh doanh

II. TỔ CHỨC THỰC HIỆN

1. Công an tỉnh và Ủy ban nhân dân các xã, phường

Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền quy định về phòng cháy, chữa cháy.
""")
    assert leads(n) == [(["Công an tỉnh", "UBND các xã, phường"], None, "Theo chức năng, nhiệm vụ, phạm")]


# a task table written one cell per line (a PDF's table converted without its grid) --------------
PLAN_WITH_TABLE = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 310/KH-BNNMT | Hà Nội, ngày 05 tháng 5 năm 2026

KẾ HOẠCH

Triển khai Nghị định về quản lý giống cây trồng

I. TỔ CHỨC THỰC HIỆN

Các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.

PHỤ LỤC

| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp |
| --- | --- | --- | --- |
Thời hạn hoàn thành
1
Phổ biến Nghị định
a)
Tổ chức hội nghị phổ biến Nghị định cho các địa phương.
Cục Trồng trọt
Vụ Pháp chế
Quý III, IV/2026
b)
Biên soạn tài liệu hỏi đáp về Nghị định.
Cục Trồng trọt, Sở Nông nghiệp và Môi trường
Quý II, III/2026
2
Xây dựng cơ sở dữ liệu giống cây trồng và kết nối với
Trung tâm Chuyển đổi
Cục Trồng trọt
Quý IV/2026, 2027
hệ thống thông tin của Bộ.
số
3
Theo dõi thi hành Nghị định.
Vụ Pháp chế
Các đơn vị thuộc Bộ
Thường xuyên
"""


def test_a_table_written_one_cell_per_line_gives_a_task_per_row():
    n = parse_notice(PLAN_WITH_TABLE)
    table = [(lead, dl, text) for lead, dl, text in leads(n) if text.startswith((
        "Tổ chức hội", "Biên soạn", "Xây dựng cơ", "Theo dõi thi"))]
    assert table == [
        (["Cục Trồng trọt"], "2026-12-31", "Tổ chức hội nghị phổ biến"),   # Quý III, IV: the last
        (["Cục Trồng trọt"], "2026-09-30", "Biên soạn tài liệu hỏi đáp"),  # no co-operating cell
        (["Sở Nông nghiệp và Môi trường"], "2026-09-30", "Biên soạn tài liệu hỏi đáp"),
        (["Trung tâm Chuyển đổi số"], "2027-12-31", "Xây dựng cơ sở dữ liệu"),  # a page break
        (["Vụ Pháp chế"], None, "Theo dõi thi hành Nghị định."),
    ]
    broken = next(t for t in n.tasks if t.text.startswith("Xây dựng cơ sở dữ liệu"))
    assert broken.text.endswith("kết nối với hệ thống thông tin của Bộ.")
    assert [a.name for a in broken.support] == ["Cục Trồng trọt"]
    assert not any(t.text == "Phổ biến Nghị định" for t in n.tasks)      # a group's title is no task


def test_a_header_written_one_cell_per_line_is_a_header():
    from tbkl_xl.parse.tables import rebuild_cell_tables
    lines = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Thời gian", "1", "Rà soát quy hoạch.",
             "Sở Xây dựng", "Tháng 9/2026", "2", "Kiểm tra hiện trạng.", "Sở Nông nghiệp và Môi trường",
             "Năm 2026", "Các nội dung khác do Sở Xây dựng hướng dẫn."]
    assert rebuild_cell_tables(lines) == [
        "| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian |",
        "| 1 | Rà soát quy hoạch. | Sở Xây dựng | Tháng 9/2026 |",
        "| 2 | Kiểm tra hiện trạng. | Sở Nông nghiệp và Môi trường | Năm 2026 |",
        "Các nội dung khác do Sở Xây dựng hướng dẫn."]
    # text that only looks like one (a heading "1" and short lines) is left as it is
    plain = ["Nội dung", "1", "Sở Xây dựng rà soát quy hoạch."]
    assert rebuild_cell_tables(plain) == plain


def test_a_list_of_quarters_ends_with_the_last_one_named():
    from datetime import date

    from tbkl_xl.parse.deadlines import find_deadlines
    on = date(2026, 6, 10)
    got = {s: [(d.date, d.kind) for d in find_deadlines(s, on)] for s in (
        "hoàn thành trong Quý III, IV/2026", "xong trong quý II và quý III năm 2026",
        "hoàn thành Quý IV/2026, 2027", "hoàn thành trong quý III/2026")}
    assert got == {"hoàn thành trong Quý III, IV/2026": [(date(2026, 12, 31), "quarter")],
                   "xong trong quý II và quý III năm 2026": [(date(2026, 9, 30), "quarter")],
                   "hoàn thành Quý IV/2026, 2027": [(date(2027, 12, 31), "year")],       # into the next year
                   "hoàn thành trong quý III/2026": [(date(2026, 9, 30), "quarter")]}


# people who hold tasks, the inspected unit, the task a heading's body leads -------------------
INSPECTION_PLAN = """SỞ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
ĐOÀN KIỂM TRA | Độc lập - Tự do - Hạnh phúc

Số: 45/KH-ĐKT | Hòa Bình, ngày 03 tháng 3 năm 2026

KẾ HOẠCH

Kiểm tra chất lượng công trình giao thông nông thôn

Ngày 01/3/2026, Giám đốc Sở chủ trì họp triển khai; đồng chí Lê Thị Hoa, Phó Giám đốc Sở, phụ trách.

3. Phân công nhiệm vụ

3.1. Ông. Trần Văn Bình - Trưởng đoàn: Phụ trách chung; ký biên bản kiểm tra.

3.2. Bà Nguyễn Thị Lan - Thư ký đoàn: Tổng hợp, dự thảo báo cáo kết quả kiểm tra của Đoàn.

3.3. Phó Giám đốc Sở - Hoàng Minh Tuấn: Chỉ đạo công tác kiểm tra hiện trường.

4. Đối với đơn vị được kiểm tra: Chuẩn bị hồ sơ hoàn công theo đề cương kèm theo.

5. Phòng Quản lý chất lượng

Chủ trì, phối hợp với các phòng liên quan tham mưu Lãnh đạo Sở xử lý sau kiểm tra, bao gồm:

- Lập danh mục công trình có sai phạm.

- Dự thảo văn bản đề nghị khắc phục.

Yêu cầu Ông. Trần Văn Bình - Trưởng đoàn và các thành viên nghiêm túc triển khai thực hiện. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo Giám đốc Sở./.

Nơi nhận:
- Như trên;
"""


def test_people_named_with_their_role_the_inspected_unit_and_the_task_a_heading_body_leads():
    n = parse_notice(INSPECTION_PLAN)
    assert leads(n) == [
        (["Ông. Trần Văn Bình - Trưởng đoàn"], None, "Ông. Trần Văn Bình - Trưởng"),
        (["Bà Nguyễn Thị Lan - Thư ký đoàn"], None, "Bà Nguyễn Thị Lan - Thư"),
        (["Phó Giám đốc Sở - Hoàng Minh Tuấn"], None, "Phó Giám đốc Sở - Hoàng"),
        (["Đơn vị được kiểm tra"], None, "Đối với đơn vị được kiểm"),
        (["Phòng Quản lý chất lượng"], None, "Chủ trì, phối hợp với các"),          # the intro is a task
        (["Phòng Quản lý chất lượng"], None, "Lập danh mục công trình có"),
        (["Phòng Quản lý chất lượng"], None, "Dự thảo văn bản đề nghị"),
    ]      # (no task for who presided, named with a comma; none for the closing order)


def test_the_day_of_minutes_is_their_hom_nay_not_an_earlier_day_they_tell_of():
    n = parse_notice("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Bình, ngày 15 tháng 9 năm 2026

BIÊN BẢN KIỂM TRA HIỆN TRƯỜNG

Thực hiện Văn bản số 210/UBND-KT ngày 02/9/2026 của UBND tỉnh về việc kiểm tra bãi tập kết cát.

Ngày 10/9/2026, Sở Xây dựng có Văn bản số 88/SXD-QLXD về việc phối hợp kiểm tra.

Hôm nay, vào hồi 14 giờ 30 phút ngày 15/9/2026, Sở Xây dựng phối hợp với Công an tỉnh kiểm tra hiện trường.

I. THÀNH PHẦN ĐOÀN KIỂM TRA
""")
    assert (n.doc_type, n.title, n.meeting_date.isoformat()) == ("BIÊN BẢN", "KIỂM TRA HIỆN TRƯỜNG", "2026-09-15")


def test_a_yearly_day_from_a_given_year_and_a_day_asked_for_in_an_earlier_letter():
    from datetime import date

    from tbkl_xl.parse.deadlines import find_deadlines
    on = date(2025, 11, 20)
    assert [(d.date, d.kind) for d in find_deadlines(
        "tổng hợp kết quả gửi Bộ trước ngày 30 tháng 6 hằng năm kể từ năm 2027.", on)] == [
        (date(2027, 6, 30), "recurring")]
    # the day an earlier letter asked for, already past when this one is written: history
    assert find_deadlines("Thứ hai, Cục Đường sắt đã có Văn bản số 12/CĐS-KT ngày 05/9/2025 đề nghị "
                          "các đơn vị ban hành hướng dẫn trước ngày 30/9/2025, nhưng đến nay chưa thực hiện.",
                          on) == []


# a scanned document (OCR) ----------------------------------------------------------------------
def test_misreadings_of_a_scanned_document_are_read_as_printed():
    from tbkl_xl.parse.clean import fix_ocr
    assert fix_ocr("- Uy ban nhân dân các tỉnh, thành phô trực thuộc trung ương; giao Sơ Xây dựng tô chức") == \
        "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương; giao Sở Xây dựng tổ chức"
    assert fix_ocr("Sơ kết 6 tháng; chuyên viên Nguyễn Văn Tô") == "Sơ kết 6 tháng; chuyên viên Nguyễn Văn Tô"


def test_the_ocr_fixes_file_is_checked(tmp_path):
    import pytest

    from tbkl_xl.errors import DataFileError
    from tbkl_xl.parse.cues import load_fixes
    bad = tmp_path / "ocr.yaml"
    bad.write_text("version: 1\nfixes:\n  thành phô: thành phố trung ương\n", encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        load_fixes(bad)
    assert "as many words" in str(e.value) and str(bad) in str(e.value)


def test_a_ministrys_letter_to_two_kinds_of_bodies_with_a_short_name_between_them():
    n = parse_notice("""BỘ XÂY DỰNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 77/BXD-QLN | Hà Nội, ngày 08 tháng 7 năm 2026

V/v triển khai Nghị định về nhà ở xã hội

Kính gửi:
- Các Bộ, cơ quan ngang bộ;
- Uy ban nhân dân các tỉnh, thành phô trực thuộc trung ương.

Để triển khai Nghị định, Bộ Xây dựng đề nghị các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, ngành) và Uy ban nhân dân các tỉnh, thành phô trực thuộc trung ương thực hiện các nhiệm vụ được giao theo quy định; trong đó lưu ý các nhiệm vụ sau:

1. Rà soát các văn bản quy phạm pháp luật đã ban hành.

Nơi nhận:
- Như trên;
""")
    assert leads(n) == [(["Các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"],
                         None, "Rà soát các văn bản quy")]


# bodies named in lower case, named again by their head noun, Party bodies ----------------------
def test_a_body_named_in_lower_case_after_a_cue_and_one_named_again_by_its_head_noun():
    n = parse_notice("""ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH | Độc lập - Tự do - Hạnh phúc

Số: 51/UBND-NNTN | Hòa Bình, ngày 02 tháng 10 năm 2025

V/v lập quy hoạch sử dụng đất

UBND tỉnh yêu cầu UBND các xã, phường hoàn thiện hồ sơ quy hoạch, gửi về Sở Nông nghiệp và Môi trường trước ngày 20-10 để sở thẩm định, trình UBND tỉnh trước ngày 05-11.

Giao văn phòng UBND tỉnh Hòa Bình làm đầu mối, theo dõi việc thực hiện.

Nơi nhận:
- Như trên;
""")
    assert leads(n) == [
        (["UBND các xã, phường"], "2025-10-20", "UBND tỉnh yêu cầu UBND các"),
        (["Sở Nông nghiệp và Môi trường"], "2025-11-05", "để sở thẩm định, trình UBND"),
        (["Văn phòng UBND tỉnh"], None, "Giao văn phòng UBND tỉnh Hòa"),
    ]


def test_party_bodies_hold_tasks_of_a_party_letter():
    n = parse_notice("""ĐẢNG BỘ TỈNH HÒA BÌNH | ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY CÁC CƠ QUAN TỈNH

Hòa Bình, ngày 05 tháng 9 năm 2026

Số 120-CV/ĐU

V/v triển khai Chỉ thị về chuyển đổi số

Kính gửi: - Các chi bộ, đảng bộ cơ sở.

1. Ủy ban nhân dân tỉnh

Chỉ đạo xây dựng kế hoạch chuyển đổi số giai đoạn 2026 - 2030.

2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy

Các cấp ủy, tổ chức đảng chủ động quán triệt Chỉ thị đến cán bộ, đảng viên.

Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy thực hiện.

Nơi nhận:
- Như trên;
""")
    assert n.issuer == "ĐẢNG BỘ TỈNH HÒA BÌNH ĐẢNG ỦY CÁC CƠ QUAN TỈNH"
    assert leads(n) == [
        (["UBND tỉnh"], None, "Chỉ đạo xây dựng kế hoạch"),        # a Party letter may task UBND tỉnh
        (["Các cấp ủy, tổ chức đảng"], None, "Các cấp ủy, tổ chức đảng"),
        (["Ban xây dựng đảng Đảng ủy"], None, "Giao Ban xây dựng đảng Đảng"),
    ]


def test_the_units_named_above_are_the_leads_of_an_inspection_notice():
    n = parse_notice("""UBND TỈNH HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc

Số: 610/TB-SCT | Hòa Bình, ngày 14 tháng 4 năm 2026

THÔNG BÁO

Kết quả kiểm tra an toàn hóa chất

1. Kết quả kiểm tra

Qua kiểm tra tại các đơn vị: Công ty cổ phần Hóa chất Sông Đà (kho số 2); Tổng công ty Xây dựng Trường Sơn (công trường Km5), các đơn vị cơ bản chấp hành quy định.

2. Kiến nghị

Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:

- Đề nghị Công ty rà soát phương án ứng phó sự cố hóa chất.

- Bổ sung biển cảnh báo tại kho.

Nơi nhận:
- Như trên;
""")
    both = ["Công ty cổ phần Hóa chất Sông Đà", "Tổng công ty Xây dựng Trường Sơn"]
    assert leads(n) == [(both, None, "Đề nghị Công ty rà soát"),
                        (both, None, "Bổ sung biển cảnh báo tại")]


def test_a_semicolon_inside_a_list_of_subjects_and_after_the_bodies_a_lead_urges():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Phát triển cụm công nghiệp năm 2026

VI. CHẾ ĐỘ BÁO CÁO

1. Các Sở, ban, ngành; cơ quan, đơn vị đánh giá kết quả thực hiện, gửi về Sở Công Thương trước ngày 15/11/2026.

2. Sở Công Thương đôn đốc các sở, ngành liên quan; UBND các xã, phường khẩn trương triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2026.
""")
    assert leads(n) == [(["Các sở, ban, ngành"], "2026-11-15", "Các Sở, ban, ngành; cơ quan,"),
                        (["Sở Công Thương"], "2026-11-30", "Sở Công Thương đôn đốc các")]


def test_bodies_listed_in_bullets_under_an_introduction_are_its_addressees():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Quản lý tài sản hạ tầng năm 2026

II. TỔ CHỨC THỰC HIỆN

2. Các sở quản lý chuyên ngành

Giao các sở quản lý chuyên ngành gồm:

- Sở Xây dựng (đối với hạ tầng đô thị);

- Sở Công Thương (đối với hạ tầng cụm công nghiệp).

Có trách nhiệm:

a) Rà soát, thống kê tài sản hạ tầng thuộc phạm vi quản lý.
""")
    assert leads(n) == [(["Sở Xây dựng", "Sở Công Thương"], None, "Rà soát, thống kê tài sản")]


def test_the_time_column_of_a_task_table_in_the_forms_plans_write_it():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Chuyển đổi số năm 2026

PHỤ LỤC

| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
| --- | --- | --- | --- |
| 1 | Số hóa hồ sơ đất đai | Sở Nông nghiệp và Môi trường | 2026 |
| 2 | Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Năm 2026 - 2027 |
| 3 | Kết nối hệ thống một cửa | Văn phòng UBND tỉnh | Từ tháng 7/2026 đến tháng 12/2026 |
| 4 | Tập huấn kỹ năng số | Sở Nội vụ | Tháng 9-10/2026 |
""")
    assert [(t.text, t.deadline.date.isoformat()) for t in n.tasks] == [
        ("Số hóa hồ sơ đất đai", "2026-12-31"), ("Xây dựng kho dữ liệu dùng chung", "2027-12-31"),
        ("Kết nối hệ thống một cửa", "2026-12-31"), ("Tập huấn kỹ năng số", "2026-10-31")]


def test_a_lead_column_naming_both_roles():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Cải cách hành chính năm 2026

PHỤ LỤC

| STT | Nội dung | Cơ quan thực hiện | Thời hạn |
| --- | --- | --- | --- |
| 1 | Rà soát thủ tục hành chính | Sở Tư pháp chủ trì; Sở Nội vụ, Văn phòng UBND tỉnh phối hợp | Quý III/2026 |
| 2 | Đo lường sự hài lòng | Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ | Tháng 11/2026 |
""")
    assert [([a.name for a in t.lead], [a.name for a in t.support]) for t in n.tasks] == [
        (["Sở Tư pháp"], ["Sở Nội vụ", "Văn phòng UBND tỉnh"]), (["Sở Nội vụ"], ["Sở Khoa học và Công nghệ"])]


def test_a_persons_role_goes_on_with_the_name_of_its_unit():
    from tbkl_xl.parse.agencies import load_directory
    d = load_directory("Hòa Bình")
    found = [m.written for m in d.find_mentions(
        "4.2. Đ/c Nguyễn Văn Bình - Phó Trưởng phòng Quản lý công nghiệp: chủ trì kiểm tra; "
        "Ông Lê Văn An - Phó Giám đốc Sở chỉ đạo thực hiện kiểm tra.")]
    assert found == ["Đ/c Nguyễn Văn Bình - Phó Trưởng phòng Quản lý công nghiệp", "Ông Lê Văn An - Phó Giám đốc Sở"]


def test_the_day_of_minutes_told_by_the_hour_they_opened():
    n = parse_notice("""CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

BIÊN BẢN LÀM VIỆC

Ngày 10/9/2026, Sở Xây dựng có Văn bản số 88/SXD-QLXD về việc kiểm tra.

Vào hồi 14 giờ 30 phút, ngày 15/9/2026, tại trụ sở UBND xã, Đoàn kiểm tra làm việc với chủ đầu tư.
""")
    assert n.meeting_date.isoformat() == "2026-09-15"


def test_what_reports_are_sent_for_is_the_task_of_who_receives_them():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Tổng kết năm 2026

1. Các sở, ban, ngành gửi báo cáo về Sở Tài chính trước ngày 10/11/2026 để tổng hợp, báo cáo UBND tỉnh trước ngày 20/11/2026.
""")
    assert leads(n) == [(["Các sở, ban, ngành"], "2026-11-10", "Các sở, ban, ngành gửi báo"),
                        (["Sở Tài chính"], "2026-11-20", "để tổng hợp, báo cáo UBND")]


def test_a_department_of_every_province_is_one_body():
    from tbkl_xl.parse.agencies import load_directory
    d = load_directory("Hòa Bình")
    assert [(m.written, m.agency.name) for m in d.find_mentions(
        "Cục Trồng trọt; Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương phối hợp")] == [
        ("Cục Trồng trọt", "Cục Trồng trọt"),
        ("Sở Nông nghiệp và Môi trường các tỉnh, thành phố trực thuộc Trung ương", "Sở Nông nghiệp và Môi trường")]
