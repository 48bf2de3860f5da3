"""Kinds of documents other than a conclusion notice, each written for this test in the form
the offices use: a directive (CHỈ THỊ) with a body per numbered item and a closing report for all,
a decision (QUYẾT ĐỊNH) that sets up a team and names its duties on the article's line, minutes
(BIÊN BẢN) of a meeting.  The kind, the number and the tasks (lead, deadline) are read; the kind's
line and a heading in capitals never run into the line before or after them."""
from __future__ import annotations

from datetime import date

from tbkl_xl.parse import parse_notice

DOCS = {
"chithi": """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 05/CT-UBND    Ninh Bình, ngày 10 tháng 3 năm 2027
CHỈ THỊ
Về tăng cường công tác phòng cháy, chữa cháy năm 2027
Thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn tỉnh đạt nhiều kết quả. Để tăng cường công tác này, Chủ tịch UBND tỉnh yêu cầu:
1. Công an tỉnh:
a) Tổ chức kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh, hoàn thành trước ngày 30/6/2027.
b) Tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh trước ngày 15/7/2027.
2. Sở Xây dựng:
Rà soát các công trình nhà ở cao tầng, hoàn thành trong quý III/2027.
3. UBND các xã, phường:
Tuyên truyền, phổ biến kiến thức phòng cháy cho Nhân dân.
4. Tổ chức thực hiện:
Các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện Chỉ thị về Công an tỉnh trước ngày 15/12/2027 để tổng hợp.
""",
"quyetdinh": """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 456/QĐ-UBND    Ninh Bình, ngày 10 tháng 3 năm 2027
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác rà soát dự án
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/02/2025;
Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 01/3/2027.
QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ công tác rà soát dự án chậm tiến độ.
Điều 2. Nhiệm vụ của Tổ công tác: rà soát toàn bộ dự án chậm tiến độ, báo cáo Chủ tịch UBND tỉnh trước ngày 30/5/2027.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính và các thành viên Tổ công tác chịu trách nhiệm thi hành Quyết định này./.
""",
"bienban": """ỦY BAN NHÂN DÂN XÃ GIA VIỄN
BIÊN BẢN
Cuộc họp triển khai giải phóng mặt bằng dự án
Hôm nay, vào hồi 14 giờ 00 ngày 05/3/2027, tại Hội trường UBND xã Gia Viễn.
I. THÀNH PHẦN
- Ông Nguyễn Văn A - Chủ tịch UBND xã, chủ trì.
II. NỘI DUNG
Sau khi nghe báo cáo, chủ trì cuộc họp kết luận:
1. Giao Ban Quản lý dự án xã hoàn thiện hồ sơ bồi thường trước ngày 20/3/2027.
2. Công chức địa chính xã phối hợp kiểm đếm, hoàn thành trước ngày 15/3/2027.
Biên bản kết thúc vào hồi 16 giờ 30 cùng ngày.
""",
}


def _tasks(n):
    return [(t.section, [a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks]


def test_a_directive():
    n = parse_notice(DOCS["chithi"])
    assert (n.doc_type, n.number, n.issued) == ("CHỈ THỊ", "05/CT-UBND", date(2027, 3, 10))
    assert _tasks(n) == [("1.a", ["Công an tỉnh"], "2027-06-30"), ("1.b", ["Công an tỉnh"], "2027-07-15"),
                         ("2", ["Sở Xây dựng"], "2027-09-30"), ("3", ["UBND các xã, phường"], None),
                         ("4", ["Các sở, ban, ngành"], "2027-12-15"), ("4", ["UBND các xã, phường"], "2027-12-15")]


def test_a_decision_setting_up_a_team_with_its_duties_on_the_articles_line():
    n = parse_notice(DOCS["quyetdinh"])
    assert (n.doc_type, n.number) == ("QUYẾT ĐỊNH", "456/QĐ-UBND")
    assert n.title.startswith("Về việc thành lập Tổ công tác") and "CHỦ TỊCH" not in n.title
    assert _tasks(n) == [("Điều 2", ["Tổ công tác"], "2027-05-30")]


def test_minutes():
    n = parse_notice(DOCS["bienban"])
    assert (n.doc_type, n.meeting_date) == ("BIÊN BẢN", date(2027, 3, 5))
    assert _tasks(n)[0] == ("1", ["Ban Quản lý dự án xã"], "2027-03-20")
