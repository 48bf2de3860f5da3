"""Ways a notice marks its items, one table: the same three tasks written with ordinal words
("Thứ nhất, …", "Hai là, …"), capital letters ("A.", "B."), Markdown "* " bullets, dashes,
Roman sections, articles, a table — each line on its own line with no blank line between (as a
.docx converter writes them).  Every form must give each body its task and its deadline; a press
item's byline ("N. Minh") is no item."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice

HEAD = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 45/TB-UBND    Ninh Bình, ngày 10 tháng 3 năm 2027\nTHÔNG BÁO\n"
        "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án\n"
        "Ngày 05/3/2027, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, "
        "Chủ tịch UBND tỉnh kết luận như sau:\n")
TASKS = ("Sở Tài chính rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 20/3/2027.",
         "Sở Xây dựng hoàn thiện hồ sơ thiết kế, trình phê duyệt trong tháng 4/2027.",
         "UBND xã Gia Viễn hoàn thành giải phóng mặt bằng trước ngày 30/4/2027.")
WANT = [("Sở Tài chính", "2027-03-20"), ("Sở Xây dựng", "2027-04-30"), ("UBND xã Gia Viễn", "2027-04-30")]

FORMS = {
    "ordinal words": ("Thứ nhất, ", "Thứ hai, ", "Thứ ba, "),
    "ordinal words with là": ("Một là, ", "Hai là, ", "Ba là, "),
    "capital letters": ("A. ", "B. ", "C. "),
    "Markdown bullets": ("* ", "* ", "* "),
    "dashes": ("- ", "- ", "- "),
    "numbers": ("1. ", "2. ", "3. "),
    "articles": ("Điều 1. ", "Điều 2. ", "Điều 3. "),
}


def _found(text):
    n = parse_notice(text)
    return sorted((a.name, t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
                  for t in n.tasks for a in t.lead)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_each_item_form_gives_each_body_its_task(form):
    body = "\n".join(m + t for m, t in zip(FORMS[form], TASKS))
    assert _found(HEAD + body) == sorted(WANT)


def test_capital_letter_parts_hold_their_numbered_items():
    text = HEAD + ("A. NHIỆM VỤ VỀ VỐN\n1. " + TASKS[0] + "\nB. NHIỆM VỤ VỀ HỒ SƠ VÀ MẶT BẰNG\n1. " + TASKS[1]
                   + "\n2. " + TASKS[2])
    n = parse_notice(text)
    assert [t.section for t in n.tasks] == ["A.1", "B.1", "B.2"]
    assert _found(text) == sorted(WANT)


def test_a_press_bylines_initial_is_no_item():
    text = ("Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng kiểm tra an toàn công trình. Cùng với đó, "
            "Sở Tài chính khẩn trương hoàn chỉnh hồ sơ thanh toán theo quy định.\n\nN. Minh\n")
    assert _found(text) == [("Sở Tài chính", None), ("Sở Xây dựng", None)]
