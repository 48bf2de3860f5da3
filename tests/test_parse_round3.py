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
        (["Cục Quản lý tài nguyên nước"], "2026-09-30", "Cơ quan lập quy hoạch:"),
        (["Cục Quản lý tài nguyên nước"], None, "Cơ quan lập quy hoạch:"),
        (["Vụ Kế hoạch - Tài chính"], "2026-12-31", "Cơ quan tổ chức lập"),
        (["Thủ tướng Chính phủ"], "2027-01-31", "Thủ tướng Chính phủ: Phê"),
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
])
def test_a_name_that_ends_with_a_word_that_is_also_a_verb(text, expected):
    assert names(text) == expected
