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
             t.text[:40]) for t in n.tasks]


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
    assert leads(n)[:2] == [(["Bộ Công Thương"], "2026-04-30", "Chỉ đạo Cục Điện lực hướng dẫn thủ tục đ"),
                            (["Bộ Công Thương"], None, "Sớm sửa đổi quy trình cấp phép theo hướn")]
    assert [t.section for t in n.tasks[:2]] == ["i", "ii"]


def test_a_task_opening_with_by_its_functions_is_the_headings_bodies_task():
    n = parse_notice("""ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

KẾ HOẠCH

Phòng cháy, chữa cháy nhà ở kết hợp kinh doanh

II. TỔ CHỨC THỰC HIỆN

1. Công an tỉnh và Ủy ban nhân dân các xã, phường

Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền quy định về phòng cháy, chữa cháy.
""")
    assert leads(n) == [(["Công an tỉnh", "UBND các xã, phường"], None, "Theo chức năng, nhiệm vụ, phạm vi quản l")]
