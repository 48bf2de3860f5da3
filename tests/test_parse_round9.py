"""Batch R11's general causes (issue 11, its first run recorded before they were looked at), one
table-driven test each on text written for these tests in the form of the real documents."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice

HEAD = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố:      /KH-UBND    Ninh Bình, ngày      tháng 3 năm 2027\nKẾ HOẠCH\n"
        "Tổ chức Hội thi sáng kiến chuyển đổi số trên địa bàn tỉnh\nII. NỘI DUNG\n")


def _leads_and_dates(n):
    return sorted((a.name, t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
                  for t in n.tasks for a in t.lead)


# Bodies named without the directory: a mass organisation by its short name, a province's
# universities and colleges (the second kind without its head noun), a contest's jury, and a
# stray comma before the qualifier that closes a list of plural heads.
BODIES_AS_SUBJECTS = [
    ("1. Hội phụ nữ tỉnh, Hội Nông dân tỉnh tuyên truyền, vận động hội viên tham gia Hội thi, "
     "hoàn thành trước ngày 20/4/2027.",
     [("Hội Nông dân tỉnh", "2027-04-20"), ("Hội phụ nữ tỉnh", "2027-04-20")]),
    ("1. Các trường đại học, cao đẳng trên địa bàn tổ chức phát động Hội thi trong sinh viên, "
     "hoàn thành trước ngày 15/5/2027.",
     [("Các trường đại học, cao đẳng trên địa bàn", "2027-05-15")]),
    ("1. Ban giám khảo Hội thi tổ chức chấm điểm, chọn các sáng kiến xuất sắc, hoàn thành trước ngày 30/5/2027.",
     [("Ban giám khảo Hội thi", "2027-05-30")]),
    ("1. Các sở, ban, ngành, thuộc tỉnh, Tỉnh đoàn rà soát, gửi danh sách thí sinh trước ngày 10/4/2027.",
     [("Các sở, ban, ngành", "2027-04-10"), ("Tỉnh đoàn", "2027-04-10")]),
]


@pytest.mark.parametrize("body, expected", BODIES_AS_SUBJECTS)
def test_bodies_outside_the_directory_lead_their_sentence(body, expected):
    assert _leads_and_dates(parse_notice(HEAD + body)) == expected


# What a body sends on, owned by the bodies after "của": they are the ones who act.
OWNERS_OF_WHAT_IS_SENT = [
    ("1. Các bài dự thi của Hội Nông dân tỉnh, Tỉnh đoàn sau khi chấm chọn gửi về Ban tổ chức Hội thi "
     "trước ngày 05/6/2027.",
     [("Hội Nông dân tỉnh", "2027-06-05"), ("Tỉnh đoàn", "2027-06-05")]),
    ("1. Danh sách thí sinh của Sở Giáo dục và Đào tạo gửi về Sở Khoa học và Công nghệ trước ngày 12/5/2027.",
     [("Sở Giáo dục và Đào tạo", "2027-05-12")]),
]


@pytest.mark.parametrize("body, expected", OWNERS_OF_WHAT_IS_SENT)
def test_the_owner_of_what_is_sent_on_is_the_lead(body, expected):
    assert _leads_and_dates(parse_notice(HEAD + body)) == expected


LETTER = ("BỘ XÂY DỰNG\nSố:     /BXD-KHTC\nV/v xin ý kiến dự thảo Thông tư\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày     tháng 3 năm 2027\nKính gửi:\n"
          "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương;\n- Liên đoàn Thương mại và Công nghiệp Việt Nam.\n")

# A letter's request to its addressee after the issuer's own sentence, and the closing sentence
# saying where and by when what was asked is sent: one task of each addressee, with that date.
REQUEST_THEN_WHERE_TO_SEND = [
    ("Trên cơ sở đề xuất của Cục Kinh tế xây dựng, Bộ Xây dựng dự thảo Thông tư hướng dẫn định mức dự toán (gửi kèm). Đề nghị quý cơ quan nghiên cứu, "
     "góp ý dự thảo Thông tư.\nÝ kiến góp ý xin gửi về Bộ Xây dựng trước ngày 20/4/2027.\n"
     "Trân trọng cảm ơn./.", "góp ý dự thảo Thông tư", "2027-04-20"),
    ("Căn cứ đề xuất của Cục Kinh tế xây dựng, Bộ Xây dựng hoàn thiện dự thảo Thông tư. Vì vậy, đề nghị địa phương "
     "rà soát, cho ý kiến về dự thảo.\nVăn bản xin gửi về Bộ Xây dựng trước ngày 05/5/2027./.",
     "cho ý kiến về dự thảo", "2027-05-05"),
]


@pytest.mark.parametrize("body, words, day", REQUEST_THEN_WHERE_TO_SEND)
def test_where_to_send_closes_the_request_to_each_addressee(body, words, day):
    n = parse_notice(LETTER + body + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A")
    dated = sorted((a.name, t.deadline.date.isoformat()) for t in n.tasks for a in t.lead
                   if t.deadline and t.deadline.date and words in t.text)
    assert dated == [("Liên đoàn Thương mại và Công nghiệp Việt Nam", day),
                     ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", day)]
    assert not any(a.name == "Bộ Xây dựng" for t in n.tasks for a in t.lead if words in t.text)


GIVEN = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố:      /UBND-NC    Ninh Bình, ngày 02 tháng 3 năm 2027\n"
         "V/v chuẩn bị báo cáo chỉ số cải cách hành chính\nKính gửi: Sở Nội vụ.\n"
         "Chủ tịch UBND tỉnh giao Sở Nội vụ triển khai các nội dung sau:\n")

# An hour written the office's short way before the day ("trước 11g00 ngày …", "trước 9h30’ ngày
# …"): the day is the time limit.  A period inside a purpose of two verbs joined by a comma ("để
# cải thiện, nâng cao chỉ số trong năm 2027"): what the result is for, no time limit.
DATES_IN_ITEMS = [
    ("1. Hoàn thành dự thảo báo cáo, gửi Văn phòng UBND tỉnh trước 11g00 ngày 16/3/2027 để tổng hợp.", "2027-03-16"),
    ("1. Gửi báo cáo về Văn phòng UBND tỉnh trước 9h30’ ngày 20/3/2027.", "2027-03-20"),
    ("1. Rà soát nguyên nhân chỉ số giảm điểm; đề xuất giải pháp cụ thể để cải thiện, nâng cao chỉ số "
     "trong năm 2027.", None),
    ("1. Rà soát các tiêu chí còn thấp điểm nhằm khắc phục, nâng cao thứ hạng trong năm 2027.", None),
    # a completion period is still a time limit
    ("1. Rà soát, cập nhật dữ liệu, hoàn thành trong tháng 6/2027.", "2027-06-30"),
]


@pytest.mark.parametrize("body, day", DATES_IN_ITEMS)
def test_hours_before_the_day_and_periods_of_a_purpose(body, day):
    n = parse_notice(GIVEN + body)
    assert [(t.deadline.date.isoformat() if t.deadline and t.deadline.date else None) for t in n.tasks] == [day]


LETTER_OF_A_BOARD = ("UBND TỈNH NINH BÌNH\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố:      /BCĐ\nNinh Bình, ngày 02 tháng 3 năm 2027\n"
                     "V/v chế độ báo cáo chuyển đổi số\nKính gửi:\n- Các sở, ban, ngành thuộc tỉnh;\n"
                     "- UBND các xã, phường.\nBan Chỉ đạo đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n")

# One sentence giving a recurring report several dated instances: each is a deadline of the same
# bodies and keeps the words of the task (the day of a monthly report wins over its bare rhythm).
DATED_INSTANCES = [
    ("1. Thực hiện nghiêm chế độ báo cáo chuyển đổi số; định kỳ hằng tháng trước ngày 20, 06 tháng "
     "(trước ngày 20/6), 01 năm (trước ngày 05/12), báo cáo đột xuất khi có yêu cầu.\n"
     "2. Cử cán bộ đầu mối, gửi về Ban Chỉ đạo trước ngày 10/3/2027.",
     "Thực hiện nghiêm chế độ báo cáo chuyển đổi số", ["2027-03-20", "2027-06-20", "2027-12-05"]),
    ("1. Tổng hợp kết quả thực hiện Đề án; định kỳ hằng quý (trước ngày 18/3), 6 tháng (trước ngày 18/6), năm "
     "(trước ngày 18/12) gửi Ban Chỉ đạo.\n2. Cử cán bộ đầu mối, gửi về Ban Chỉ đạo trước ngày 10/3/2027.",
     "Tổng hợp kết quả thực hiện Đề án", ["2027-03-18", "2027-06-18", "2027-12-18"]),
]


@pytest.mark.parametrize("body, words, days", DATED_INSTANCES)
def test_dated_instances_of_one_report_keep_the_task_words(body, words, days):
    n = parse_notice(LETTER_OF_A_BOARD + body + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG BAN\nNguyễn Văn A")
    for lead in ("Các sở, ban, ngành", "UBND các xã, phường"):
        got = sorted(t.deadline.date.isoformat() for t in n.tasks for a in t.lead
                     if a.name == lead and t.deadline and t.deadline.date and words in t.text)
        assert got == days, lead


def test_field_lines_after_long_item_titles_stay_lines_of_their_own():
    """A plan of many lines, one paragraph a line, whose item titles are as long as its longest
    lines and end without a stop: "- Chủ trì thực hiện: …" under a title is a field line of its
    own, not the title's wrapped end."""
    items = []
    bodies = ["Sở Khoa học và Công nghệ", "Công an tỉnh", "Sở Nội vụ", "Sở Tài chính"]
    for k in range(1, 9):
        items.append(f"{k}. Triển khai nhiệm vụ số {k} về bảo đảm an toàn thông tin mạng cho các hệ thống thông tin "
                     f"dùng chung của tỉnh theo cấp độ đã được phê duyệt")
        items.append(f"- Chủ trì thực hiện: {bodies[k % 4]}.")
        items.append("- Phối hợp thực hiện: Các cơ quan, đơn vị.")
        items.append(f"- Thời gian thực hiện: Hoàn thành trong Quý {'IV' if k % 2 else 'III'}/2027.")
    n = parse_notice(HEAD + "\n".join(items))
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
           for t in n.tasks]
    assert got == [([bodies[k % 4]], "2027-12-31" if k % 2 else "2027-09-30") for k in range(1, 9)]


TITLE_THEN_HOW = [
    # a plan's item whose title is the task, then a paragraph saying how, then its field lines
    ("1. Duy trì vận hành Cổng dữ liệu mở của tỉnh\nCập nhật dữ liệu định kỳ, kết nối, chia sẻ với Cổng dữ liệu "
     "quốc gia; bảo đảm hệ thống hoạt động ổn định.\n- Chủ trì thực hiện: Sở Khoa học và Công nghệ.\n"
     "- Thời gian thực hiện: Thường xuyên.", "Duy trì vận hành Cổng dữ liệu mở", "Sở Khoa học và Công nghệ"),
    ("1. Nâng cấp hạ tầng mạng diện rộng của tỉnh\nRà soát thiết bị, thay thế thiết bị đã hết khấu hao, bổ sung "
     "đường truyền dự phòng.\n- Cơ quan chủ trì: Sở Khoa học và Công nghệ.", "Nâng cấp hạ tầng mạng diện rộng",
     "Sở Khoa học và Công nghệ"),
]


@pytest.mark.parametrize("body, words, lead", TITLE_THEN_HOW)
def test_a_task_title_goes_with_the_paragraph_that_details_it(body, words, lead):
    n = parse_notice(HEAD + body)
    assert [(words in t.text, [a.name for a in t.lead]) for t in n.tasks] == [(True, [lead])]


def test_ubnd_of_the_localities_is_a_body_not_the_items_above():
    """"UBND các địa phương: …" under an item that names departments is the local governments'
    task, not one for each body named above it (unlike "các địa phương", the addressees)."""
    body = ("1. Công tác tuyên truyền:\n- Sở Văn hóa, Thể thao và Du lịch: Định hướng tuyên truyền trên báo chí.\n"
            "- Công an tỉnh: Hướng dẫn người dân cài đặt ứng dụng.\n"
            "- UBND các địa phương: Thành lập các tổ tuyên truyền lưu động, giao chỉ tiêu cho từng thôn.")
    n = parse_notice(HEAD + body)
    got = [[a.name for a in t.lead] for t in n.tasks if "tổ tuyên truyền lưu động" in t.text]
    assert got == [["UBND các địa phương"]]
