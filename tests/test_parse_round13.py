"""Issue 11's twelfth round: bodies of other provinces named as they are written, found by writing
the forms a letter of another province may take (no batch needed); one table-driven test each,
on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 123/UBND-KTN\nV/v triển khai nhiệm vụ\n"
        "Quảng Nam, ngày 10 tháng 3 năm 2026\n")


def _letter(addressees: list, body: str) -> str:
    return HEAD + "Kính gửi:\n" + "".join(f"- {a};\n" for a in addressees) + "\n" + body


# A department the province's directory lacks is kept as written, never taken for a department
# whose name differs by one word ("Sở Ngoại vụ" is no misspelt "Sở Nội vụ"); a misspelt name is
# still the department's.
ANOTHER_WORD = [
    ("Sở Ngoại vụ chuẩn bị nội dung đón đoàn, hoàn thành chậm nhất ngày 10/4/2026.", "Sở Ngoại vụ"),
    ("Sở Du lịch xây dựng chương trình kích cầu, trình UBND tỉnh trước ngày 10/4/2026.", "Sở Du lịch"),
    ("Sở Tài chinh bố trí kinh phí, hoàn thành trước ngày 10/4/2026.", "Sở Tài chính"),
]


@pytest.mark.parametrize("body, lead", ANOTHER_WORD)
def test_a_department_differing_by_a_word_is_another_department(body, lead):
    assert leads_and_dates(HEAD + "Kính gửi: Các sở, ban, ngành tỉnh.\n\n" + body) == [([lead], "2026-04-10")]


# A name whose lower-case words a verb follows ends before the verb, whichever scanner read it:
# "Sở Quy hoạch - Kiến trúc| hoàn thiện …", "Sở Văn hóa và Thể thao| tổ chức …", "Công ty TNHH
# MTV Xổ số kiến thiết| nộp …".
NAME_BEFORE_VERB = [
    ("Sở Quy hoạch - Kiến trúc hoàn thiện đồ án quy hoạch phân khu, trước ngày 30/5/2026.",
     [(["Sở Quy hoạch - Kiến trúc"], "2026-05-30")]),
    ("Sở Văn hóa và Thể thao tổ chức giải chạy, hoàn thành công tác chuẩn bị trước ngày 15/5/2026.",
     [(["Sở Văn hóa và Thể thao"], "2026-05-15")]),
    ("Công ty TNHH MTV Xổ số kiến thiết nộp ngân sách đầy đủ, trước ngày 15/5/2026.",
     [(["Công ty TNHH MTV Xổ số kiến thiết"], "2026-05-15")]),
    ("Hội Cựu chiến binh tỉnh phát động phong trào thi đua, hoàn thành trước ngày 30/6/2026.",
     [(["Hội Cựu chiến binh tỉnh"], "2026-06-30")]),
]


@pytest.mark.parametrize("body, expected", NAME_BEFORE_VERB)
def test_a_name_ends_before_its_verb(body, expected):
    assert leads_and_dates(HEAD + "Kính gửi: Các sở, ban, ngành tỉnh.\n\n" + body) == expected


# Names of three fields ("Xúc tiến Đầu tư, Thương mại và Du lịch") and long names of project
# boards ("… công trình dân dụng và công nghiệp tỉnh") are one body, in the body of the letter as
# on its "Kính gửi" list; a list of bodies still splits at each head.
LONG_NAMES = [
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch chuẩn bị hội nghị xúc tiến, trước ngày 01/6/2026.",
     [(["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"], "2026-06-01")]),
    ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh khẩn trương quyết toán, "
     "trước ngày 30/6/2026.",
     [(["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh"], "2026-06-30")]),
    ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh và Tỉnh đoàn tuyên truyền, vận động hội viên, "
     "trước ngày 30/6/2026.",
     [(["Hội Nông dân tỉnh"], "2026-06-30"), (["Hội Liên hiệp Phụ nữ tỉnh"], "2026-06-30"),
      (["Tỉnh đoàn"], "2026-06-30")]),
]


@pytest.mark.parametrize("body, expected", LONG_NAMES)
def test_long_names_are_one_body(body, expected):
    assert leads_and_dates(HEAD + "Kính gửi: Các sở, ban, ngành tỉnh.\n\n" + body) == expected


# A "Kính gửi" list names each addressee whole: a dash inside a name ("Sở Quy hoạch - Kiến
# trúc") is no bullet, and a name the grammar would cut in running text ("Công ty … Xổ số kiến
# thiết" before a verb it does not know) is the body's name in the letter's body too.
ADDRESSEE_NAMES = [
    (["Sở Quy hoạch - Kiến trúc", "Sở Xây dựng"],
     "1. Sở Quy hoạch - Kiến trúc rà soát đồ án, trước ngày 20/4/2026.\n"
     "2. Sở Xây dựng thẩm định, trước ngày 30/4/2026.",
     [(["Sở Quy hoạch - Kiến trúc"], "2026-04-20"), (["Sở Xây dựng"], "2026-04-30")]),
    (["Công ty TNHH MTV Khai thác thủy lợi tỉnh", "Sở Nông nghiệp và Môi trường"],
     "1. Công ty TNHH MTV Khai thác thủy lợi tỉnh vận hành hồ chứa an toàn, báo cáo trước ngày 20/4/2026.\n"
     "2. Sở Nông nghiệp và Môi trường kiểm tra, trước ngày 30/4/2026.",
     [(["Công ty TNHH MTV Khai thác thủy lợi tỉnh"], "2026-04-20"),
      (["Sở Nông nghiệp và Môi trường"], "2026-04-30")]),
]


@pytest.mark.parametrize("addressees, body, expected", ADDRESSEE_NAMES)
def test_an_addressee_keeps_its_whole_name(addressees, body, expected):
    assert leads_and_dates(_letter(addressees, body)) == expected


PLAN = "KẾ HOẠCH\nTriển khai thi hành Luật Thủ đô\n\nII. NỘI DUNG\n"

# An item of a plan split by where it is done ("- Ở trung ương:" / "- Ở địa phương:"), each block
# with its own "Cơ quan chủ trì", one time limit for the item: the title is each block's task,
# for its own lead, by the item's time limit; the body a report goes to in a lead line is no
# lead; "Ủy ban nhân dân cấp tỉnh" is a body of a national plan.
SCOPE_BLOCKS = [
    ("1. Tổ chức rà soát các văn bản quy phạm pháp luật có liên quan\n- Ở trung ương:\n"
     "+ Cơ quan chủ trì: Bộ Tư pháp.\n+ Cơ quan phối hợp: các bộ, cơ quan ngang bộ.\n- Ở địa phương:\n"
     "+ Cơ quan chủ trì: Ủy ban nhân dân cấp tỉnh.\n+ Cơ quan phối hợp: Các cơ quan, tổ chức có liên quan.\n"
     "- Thời gian hoàn thành: Quý I năm 2027.\n",
     [(["Bộ Tư pháp"], "2027-03-31"), (["UBND cấp tỉnh"], "2027-03-31")]),
    ("1. Tổ chức rà soát các văn bản quy phạm pháp luật có liên quan\n- Ở trung ương:\n"
     "+ Cơ quan chủ trì: Bộ Tư pháp xây dựng báo cáo trình Thủ tướng Chính phủ.\n"
     "+ Cơ quan phối hợp: các bộ, cơ quan ngang bộ.\n- Thời gian hoàn thành: Quý I năm 2027.\n",
     [(["Bộ Tư pháp"], "2027-03-31")]),
    ("1. Tổ chức tuyên truyền Luật\n- Thực hiện: Sở Tư pháp, các cơ quan thông tin, truyền thông của tỉnh "
     "tổ chức thực hiện theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy.\n- Thời gian thực hiện: Quý II năm 2027.\n",
     [(["Sở Tư pháp", "Các cơ quan thông tin, truyền thông của tỉnh"], "2027-06-30")]),
]


@pytest.mark.parametrize("body, expected", SCOPE_BLOCKS)
def test_blocks_of_an_item_by_where_it_is_done(body, expected):
    found = leads_and_dates(PLAN + body)
    split = [([lead], d) for leads, d in expected for lead in leads] if len(expected) == 1 and len(expected[0][0]) > 1 \
        else expected
    assert found in (expected, split)


DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 55/2026/QĐ-UBND\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2026\n"
            "QUYẾT ĐỊNH\nBan hành kế hoạch\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này là Kế hoạch hành động.\n\n"
            "Điều 2. Tổ chức thực hiện:\n\n")

# A body's role set between dashes or commas after its name leaves the body the subject of the
# verb after the role; a name of two capitalised words goes on with its lower-case syllable when a
# level word closes it ("BQL Khu Kinh tế tỉnh"); a request granted ("Đồng ý để Công ty X thực
# hiện …") is the task of the body it lets act.
SUBJECTS = [
    (DECISION + "1. Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh tham mưu Ủy ban "
     "nhân dân tỉnh chỉ đạo tổ chức triển khai Kế hoạch hành động.\n\n2. Sở Tài chính bố trí kinh phí.\n",
     [(["Sở Kế hoạch và Đầu tư"], None), (["Sở Tài chính"], None)]),
    (DECISION + "1. Sở Y tế, cơ quan đầu mối của Ban Chỉ đạo, hướng dẫn các cơ sở khám chữa bệnh thực hiện.\n",
     [(["Sở Y tế"], None)]),
    (HEAD + "Kính gửi: Các sở, ban, ngành tỉnh.\n\nGiao BQL Khu Kinh tế tỉnh làm đầu mối, phối hợp các sở, ngành "
     "hướng dẫn nhà đầu tư lập hồ sơ dự án.\n",
     [(["BQL Khu Kinh tế tỉnh"], None)]),
    (HEAD + "Kính gửi: Công ty Cổ phần Xây dựng Bình An.\n\nUBND tỉnh có ý kiến như sau:\nĐồng ý để Công ty Cổ phần "
     "Xây dựng Bình An thực hiện việc khảo sát, đánh giá triển vọng mỏ đất làm vật liệu san lấp tại xã Hải Sơn.\n",
     [(["Công ty Cổ phần Xây dựng Bình An"], None)]),
]


@pytest.mark.parametrize("text, expected", SUBJECTS)
def test_who_acts(text, expected):
    assert leads_and_dates(text) == expected
