"""The nine classes of issue 11 (the parser on documents it has never seen), one test each, on
text written for these tests in the form of the real documents (no real document's text).

Each test reads a whole document the way a clerk gives it to the tool and checks, per task,
the lead(s), the deadline and a phrase of its text."""
from __future__ import annotations

from datetime import date

from tbkl_xl.messages import parse as M
from tbkl_xl.parse import parse_notice

LETTER = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc

Số: {number}/UBND-TH | Lạng Sơn, ngày 10 tháng 6 năm 2026

V/v {subject}

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Văn Minh
"""

NOTICE = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN

Số: {number}/TB-UBND

Lạng Sơn, ngày 10 tháng 6 năm 2026

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về {subject}

Ngày 05/6/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:

{body}

Nơi nhận:
- Như trên;
"""


def rows(n):
    """(leads, deadline ISO or None, text) per task; a dated task given to several bodies is one
    task per body (same text and deadline): the copies make one row with all their leads."""
    out, last = [], None
    for t in n.tasks:
        dl = t.deadline.date.isoformat() if t.deadline and t.deadline.date else None
        if dl is not None and (t.text, dl) == last:
            out[-1][0].extend(a.name for a in t.lead)
        else:
            out.append(([a.name for a in t.lead], dl, t.text))
        last = (t.text, dl)
    return out


def find(n, phrase):
    hits = [t for t in n.tasks if phrase in t.text]
    assert hits, f"no task holds {phrase!r}: {rows(n)}"
    return hits


# 1. a lead given only by a heading or an opening sentence -----------------------------------
def test_class1_lead_from_a_heading_or_an_opening_sentence_and_no_leak_from_the_preamble():
    body = ("Tham dự cuộc họp có lãnh đạo Sở Tài chính, Sở Xây dựng, Sở Nội vụ và Văn phòng UBND tỉnh. Để chủ "
            "động phòng, chống dịch bệnh trong mùa hè năm 2026, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa "
            "phương:\n\nI. Yêu cầu chung\n\n1. Quán triệt các biện pháp phòng bệnh; hoàn thành rà soát các điểm "
            "nguy cơ trước ngày 30/6/2026.\n\n2. Bố trí kinh phí, nhân lực cho công tác phòng, chống dịch.\n\n"
            "II. Nhiệm vụ cụ thể\n\n1. Chỉ đạo Sở Y tế:\n\n- Dự trữ đủ thuốc, hóa chất; báo cáo UBND tỉnh trước "
            "ngày 15/7/2026.\n\n- Hướng dẫn các cơ sở y tế thu dung người bệnh.")
    n = parse_notice(LETTER.format(number=55, subject="phòng, chống dịch bệnh mùa hè", body=body))
    assert rows(n) == [
        (["Các sở, ban, ngành", "UBND các xã, phường"], "2026-06-30",
         "Quán triệt các biện pháp phòng bệnh; hoàn thành rà soát các điểm nguy cơ trước ngày 30/6/2026."),
        (["Các sở, ban, ngành", "UBND các xã, phường"], None, "Bố trí kinh phí, nhân lực cho công tác phòng, chống dịch."),
        (["Sở Y tế"], "2026-07-15", "Dự trữ đủ thuốc, hóa chất; báo cáo UBND tỉnh trước ngày 15/7/2026."),
        (["Sở Y tế"], None, "Hướng dẫn các cơ sở y tế thu dung người bệnh."),
    ]
    # the review column says where an inherited lead came from
    assert n.tasks[0].needs_review == [M.LEAD_FROM_INTRODUCTION.format(
        words="Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương:")]
    assert find(n, "Dự trữ đủ thuốc")[0].needs_review == [M.LEAD_FROM_HEADING.format(words="Chỉ đạo Sở Y tế")]
    assert [[a.name for a in t.lead] for t in find(n, "Quán triệt")] == [["Các sở, ban, ngành"], ["UBND các xã, phường"]]


# 2. a list of bodies sharing a head noun ------------------------------------------------------
def test_class2_lists_with_an_elided_head_noun():
    body = ("1. Yêu cầu Giám đốc các Sở: Y tế, Nội vụ, Văn hóa, Thể thao và Du lịch, Văn phòng UBND tỉnh; Chủ tịch "
            "UBND xã Hữu Lũng rà soát thủ tục hành chính, hoàn thành trước ngày 30/7/2026.\n\n"
            "2. Các Sở: Xây dựng, Công Thương phối hợp rà soát quy hoạch các cụm công nghiệp, báo cáo UBND tỉnh "
            "trong tháng 8/2026.\n\n"
            "3. Ủy ban nhân dân xã, phường chủ động bố trí quỹ đất tái định cư trước ngày 31/8/2026.")
    n = parse_notice(NOTICE.format(number=56, subject="cải cách hành chính", body=body))
    assert [(lead, dl) for lead, dl, _ in rows(n)] == [
        (["Sở Y tế", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng UBND tỉnh", "UBND xã Hữu Lũng"],
         "2026-07-30"),
        (["Sở Xây dựng", "Sở Công Thương"], "2026-08-31"),
        (["UBND các xã, phường"], "2026-08-31"),
    ]


# 3. a closing deadline for everyone; a letter addressed to its Kính gửi list -------------------
def test_class3_a_closing_sentence_reaches_every_body_of_the_items_above():
    body = ("Chủ tịch UBND tỉnh có ý kiến như sau:\n\n"
            "1. Sở Khoa học và Công nghệ hướng dẫn các đơn vị triển khai nền tảng số.\n\n"
            "2. Sở Nội vụ rà soát biên chế cán bộ phụ trách chuyển đổi số.\n\n"
            "3. Sở Tài chính cân đối, bố trí kinh phí thực hiện.\n\n"
            "Báo cáo của các cơ quan, đơn vị gửi về UBND tỉnh (qua Sở Khoa học và Công nghệ) trước ngày 20/8/2026.")
    n = parse_notice(LETTER.format(number=57, subject="chuyển đổi số", body=body))
    closing = find(n, "Báo cáo của các cơ quan, đơn vị")
    assert [([a.name for a in t.lead], t.deadline.date) for t in closing] == [
        (["Sở Khoa học và Công nghệ"], date(2026, 8, 20)), (["Sở Nội vụ"], date(2026, 8, 20)),
        (["Sở Tài chính"], date(2026, 8, 20))]
    assert closing[0].needs_review == [M.LEAD_FROM_ITEMS]


def test_class3_a_letter_asking_the_bodies_addressed_is_a_task_of_each_of_them():
    body = ("Kính gửi:\n- Sở Công Thương;\n- Sở Xây dựng;\n- UBND xã Hữu Lũng.\n\n"
            "UBND tỉnh nhận được dự thảo Quyết định ban hành Quy định quản lý chợ. Để có cơ sở hoàn thiện, UBND "
            "tỉnh đề nghị các cơ quan, đơn vị nghiên cứu, tham gia ý kiến bằng văn bản, gửi Sở Công Thương trước "
            "ngày 25/6/2026 để tổng hợp.")
    n = parse_notice(LETTER.format(number=58, subject="góp ý dự thảo quy định quản lý chợ", body=body))
    # (Sở Công Thương, which the opinions are sent to, collects them: it sends none to itself)
    assert [([a.name for a in t.lead], t.deadline.date) for t in n.tasks] == [
        (["Sở Xây dựng"], date(2026, 6, 25)), (["UBND xã Hữu Lũng"], date(2026, 6, 25))]
    assert n.tasks[0].needs_review == [M.LEAD_FROM_LETTER.format(
        words="Sở Công Thương; Sở Xây dựng; UBND xã Hữu Lũng")]


# 4. a co-operating body, a report recipient or a monitor is not the lead ----------------------
def test_class4_co_operating_bodies_recipients_and_monitors_are_not_leads():
    body = ("Chủ tịch UBND tỉnh có ý kiến như sau:\n\n"
            "1. Văn phòng UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện văn bản này.\n\n"
            "- Rà soát các điểm du lịch cộng đồng, hoàn thành trong tháng 9/2026.\n\n"
            "2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với UBND các xã triển khai các nhiệm vụ.\n\n"
            "3. Các sở, ngành gửi ý kiến về Sở Tài chính trước ngày 15/9/2026 để tổng hợp dự toán.")
    n = parse_notice(LETTER.format(number=60, subject="phát triển du lịch cộng đồng", body=body))
    assert rows(n)[0][0] == ["Văn phòng UBND tỉnh"]
    assert find(n, "Rà soát các điểm")[0].lead == []            # the monitor is given no other task
    t = find(n, "chủ trì, phối hợp với UBND các xã")[0]
    assert ([a.name for a in t.lead], [a.name for a in t.support]) == (
        ["Sở Văn hóa, Thể thao và Du lịch"], ["UBND các xã"])
    assert [a.name for a in find(n, "gửi ý kiến về Sở Tài chính")[0].lead] == ["Các sở, ngành"]   # (the text's words)


# 5. the subject of the previous item is not carried into the next ------------------------------
def test_class5_items_numbered_in_words_keep_their_own_subjects():
    body = ("Một là, UBND xã Hữu Lũng tập trung hoàn thành giải phóng mặt bằng dự án đường tránh trước ngày "
            "30/6/2026.\n\nHai là, UBND xã Hữu Lũng rà soát, báo cáo tình hình đất đai.\n\n"
            "Ba là, các Sở: Nội vụ, Y tế gửi Sở Tài chính dự toán kinh phí trước ngày 10/7/2026.\n\n"
            "Bốn là, Sở Tài chính tổng hợp, trình UBND tỉnh trước ngày 20/7/2026.")
    n = parse_notice(NOTICE.format(number=61, subject="giải phóng mặt bằng", body=body))
    assert [(t.section, [a.name for a in t.lead], t.deadline.date if t.deadline else None) for t in n.tasks] == [
        ("1", ["UBND xã Hữu Lũng"], date(2026, 6, 30)), ("2", ["UBND xã Hữu Lũng"], None),
        ("3", ["Sở Nội vụ"], date(2026, 7, 10)), ("3", ["Sở Y tế"], date(2026, 7, 10)),
        ("4", ["Sở Tài chính"], date(2026, 7, 20))]


# 6. plans: field lines belong to their task; a task table in an appendix after the signature ---
def test_class6_plan_field_lines_and_the_appendix_table():
    body = ("KẾ HOẠCH\n\nTổ chức Ngày hội văn hóa các dân tộc năm 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
            "Nâng cao hiệu quả công tác tuyên truyền.\n\nII. NHIỆM VỤ\n\n1. Xây dựng kịch bản chương trình Ngày hội."
            "\n\nCơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n\nThời gian thực hiện: Hoàn thành trong "
            "tháng 9/2026.\n\n2. Bảo đảm an ninh, trật tự tại khu vực tổ chức.\n\n- Cơ quan chủ trì: Công an tỉnh."
            "\n\n- Cơ quan phối hợp: UBND xã Hữu Lũng.\n\n- Thời gian: trước ngày 15/10/2026.")
    text = LETTER.format(number=62, subject="Ngày hội văn hóa", body=body).replace("V/v Ngày hội văn hóa\n\n", "")
    text += ("\nPHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
             "| --- | --- | --- | --- | --- |\n| 1 | In ấn tài liệu quảng bá | Trung tâm Văn hóa tỉnh | Sở Công Thương | "
             "Tháng 8/2026 |\n| 2 | Trang trí khu vực lễ hội | UBND xã Hữu Lũng | | Trước ngày 20/10/2026 |\n")
    n = parse_notice(text)
    assert [(t.section, [a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.date.isoformat() if t.deadline else None) for t in n.tasks] == [
        ("II.1", ["Sở Văn hóa, Thể thao và Du lịch"], [], "2026-09-30"),
        ("II.2", ["Công an tỉnh"], ["UBND xã Hữu Lũng"], "2026-10-15"),
        ("PL", ["Trung tâm Văn hóa tỉnh"], ["Sở Công Thương"], "2026-08-31"),
        ("PL", ["UBND xã Hữu Lũng"], [], "2026-10-20"),
    ]
    assert n.signer == "Hoàng Văn Minh"
    assert n.tasks[0].text.startswith("Xây dựng kịch bản chương trình Ngày hội.\nCơ quan thực hiện:")


# 7. dates that are not deadlines; several dated instances in one sentence ----------------------
def test_class7_planned_events_and_programme_spans_are_no_deadlines_but_each_instance_is():
    body = ("Chủ tịch UBND tỉnh có ý kiến như sau:\n\n"
            "1. Sở Văn hóa, Thể thao và Du lịch chuẩn bị Hội thao các dân tộc, dự kiến tổ chức trong tháng 10 "
            "năm 2026.\n\n2. UBND các xã duy trì phong trào thể dục thể thao trong năm 2026 và những năm tiếp "
            "theo.\n\n3. Sở Nội vụ báo cáo định kỳ 6 tháng (gửi chậm nhất ngày 10/7) và năm (gửi chậm nhất ngày "
            "10/12) về UBND tỉnh.")
    n = parse_notice(LETTER.format(number=63, subject="thể thao quần chúng", body=body))
    assert [(lead, dl) for lead, dl, _ in rows(n)] == [
        (["Sở Văn hóa, Thể thao và Du lịch"], None), (["UBND các xã"], None),
        (["Sở Nội vụ"], "2026-07-10"), (["Sở Nội vụ"], "2026-12-10")]


# 8. bodies outside the directory; UBND tỉnh as an assignee of a council ------------------------
def test_class8_bodies_named_by_the_grammar_and_a_council_tasking_the_peoples_committee():
    body = ("1. Đề nghị UBND tỉnh chỉ đạo rà soát các dự án chậm tiến độ, báo cáo Thường trực HĐND tỉnh trước "
            "ngày 30/7/2026.\n\n2. Thi hành án dân sự tỉnh đẩy nhanh tiến độ thi hành các vụ việc tồn đọng "
            "trong Quý III/2026.\n\n3. Ban Quản lý dự án đầu tư xây dựng số 2 hoàn thành quyết toán công trình "
            "trường học trước ngày 30/9/2026.\n\n4. Ban Quản lý các Khu công nghiệp tỉnh rà soát quỹ đất công "
            "nghiệp, báo cáo trong tháng 8/2026.\n\n5. Đề nghị các Bộ, cơ quan ngang Bộ và Ủy ban nhân dân các "
            "tỉnh, thành phố trực thuộc Trung ương phối hợp chia sẻ dữ liệu.\n\n6. Cục Biến đổi khí hậu chủ trì "
            "hoàn thiện dự thảo hướng dẫn trong tháng 11/2026.")
    council = NOTICE.format(number=64, subject="giải trình", body=body).replace(
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN").replace("/TB-UBND", "/TB-HĐND")
    n = parse_notice(council)
    assert [(lead, dl) for lead, dl, _ in rows(n)] == [
        (["UBND tỉnh"], "2026-07-30"),
        (["Thi hành án dân sự tỉnh"], "2026-09-30"),
        (["Ban Quản lý dự án đầu tư xây dựng số 2"], "2026-09-30"),
        (["Ban Quản lý các Khu công nghiệp tỉnh"], "2026-08-31"),
        (["Các Bộ, cơ quan ngang Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"], None),
        (["Cục Biến đổi khí hậu"], "2026-11-30"),
    ]
    # the same first item in UBND tỉnh's own notice has no lead: UBND tỉnh does not task itself
    own = parse_notice(NOTICE.format(number=65, subject="giải trình", body=body.split("\n\n")[0]))
    assert own.tasks[0].lead == [] and own.tasks[0].needs_review == [
        M.NO_LEAD, M.DEADLINE_WITHOUT_LEAD.format(text="trước ngày 30/7/2026", date="30/07/2026")]
    assert own.tasks[0].deadline.date is None       # (a date binds a body: none without a lead)


# 9. minutes -------------------------------------------------------------------------------------
def test_class9_the_meeting_day_of_minutes():
    text = ("ỦY BAN NHÂN DÂN XÃ HỮU LŨNG\n\nBIÊN BẢN\n\nHọp bàn giải phóng mặt bằng dự án đường tránh\n\n"
            "Hôm nay, ngày 14/9/2026, tại trụ sở UBND xã Hữu Lũng, tổ chức cuộc họp bàn giải phóng mặt bằng.\n\n"
            "Kết luận cuộc họp:\n\n1. Giao Ban Quản lý dự án đầu tư xây dựng tỉnh hoàn thiện hồ sơ bồi thường "
            "trước ngày 30/9/2026.\n\nCuộc họp kết thúc vào hồi 11 giờ cùng ngày.")
    n = parse_notice(text)
    assert n.meeting_date == date(2026, 9, 14)
    field = text.replace("Hôm nay, ngày 14/9/2026, tại trụ sở UBND xã Hữu Lũng, tổ chức cuộc họp bàn giải phóng mặt "
                         "bằng.", "Thời gian: 14 giờ 00, ngày 15/9/2026.\n\nĐịa điểm: Trụ sở UBND xã Hữu Lũng.")
    assert parse_notice(field).meeting_date == date(2026, 9, 15)
    assert rows(n) == [(["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2026-09-30",
                        "Giao Ban Quản lý dự án đầu tư xây dựng tỉnh hoàn thiện hồ sơ bồi thường trước ngày 30/9/2026.")]
