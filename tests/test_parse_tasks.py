"""Directive phrasings -> lead, support and deadline (table-driven, on text written for the tests)."""
from datetime import date

import pytest

from tbkl_xl import parse_notice

HEAD = ("Số: 101/TB-UBND\n\nLạng Sơn, ngày 04 tháng 5 năm 2026\n\nTHÔNG BÁO\n\n"
        "Kết luận của đồng chí Lê Văn A, Phó Chủ tịch UBND tỉnh tại cuộc họp về công tác X\n\n"
        "Ngày 02/5/2026, đồng chí Lê Văn A chủ trì cuộc họp. Sau khi nghe báo cáo, đồng chí kết luận như sau:\n\n")


def tasks_of(body):
    return parse_notice(HEAD + body).tasks


CASES = [
    ("1. UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng rà soát nguồn vốn, báo cáo UBND tỉnh "
     "trước ngày 20/5/2026.", ["Sở Tài chính"], ["Sở Xây dựng"], "2026-05-20"),
    ("1. Giao Giám đốc Sở Y tế chỉ đạo các bệnh viện bảo đảm thuốc, vật tư y tế.", ["Sở Y tế"], [], None),
    ("1. Giao: Sở Nội vụ chủ trì thẩm định đề án, trình UBND tỉnh chậm nhất ngày 15/6/2026.",
     ["Sở Nội vụ"], [], "2026-06-15"),
    ("1. Sở Xây dựng phối hợp với Sở Tài chính hướng dẫn các chủ đầu tư quyết toán dự án.",
     ["Sở Xây dựng"], ["Sở Tài chính"], None),
    ("1. Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về quản lý đất đai.",
     ["UBND các xã, phường"], [], None),
    ("1. Kết quả thu ngân sách đạt cao so với dự toán tỉnh giao (xã Thất Khê đạt 80%). Đề nghị Sở Tài chính "
     "theo dõi, đôn đốc.", ["Sở Tài chính"], [], None),
    ("1. Thống nhất chủ trương đầu tư dự án. Giao Ban Quản lý dự án đầu tư xây dựng tỉnh hoàn thiện hồ sơ "
     "trong tháng 6/2026.", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], [], "2026-06-30"),
    ("1. Về giải phóng mặt bằng: UBND phường Đông Kinh khẩn trương bàn giao mặt bằng trước ngày 30/6/2026; "
     "Trung tâm Phát triển quỹ đất tỉnh phối hợp thực hiện.", ["UBND phường Đông Kinh"], [], "2026-06-30"),
]


@pytest.mark.parametrize("body,lead,support,deadline", CASES)
def test_directive_phrasings(body, lead, support, deadline):
    ts = tasks_of(body)
    assert ts, "no task found"
    t = ts[0] if deadline is None else next(t for t in ts if t.deadline)
    assert [a.name for a in t.lead] == lead
    assert set(support) <= {a.name for a in t.support}
    assert (t.deadline.date.isoformat() if t.deadline else None) == deadline


def test_report_recipient_and_past_body_are_not_assignees():
    ts = tasks_of("1. Hiện nay Bộ Tài chính đã ban hành hướng dẫn. Giao Sở Tài chính nghiên cứu, "
                  "báo cáo UBND tỉnh, gửi Sở Nội vụ trước ngày 20/5/2026.")
    assert [[a.name for a in t.lead] for t in ts] == [["Sở Tài chính"]]


def test_two_tasks_in_one_sentence():
    ts = tasks_of("1. UBND các xã, phường gửi đề xuất về Sở Nội vụ chậm nhất ngày 20/5/2026; Sở Nội vụ tổng hợp, "
                  "trình UBND tỉnh chậm nhất ngày 05/6/2026.")
    assert [([a.name for a in t.lead], t.deadline.date) for t in ts] == [
        (["UBND các xã, phường"], date(2026, 5, 20)), (["Sở Nội vụ"], date(2026, 6, 5))]


def test_heading_addressee_applies_to_bullets_and_closing_formula_is_not_a_task():
    ts = tasks_of("2. Nhiệm vụ thời gian tới\n\n2.1. Đối với UBND xã Đồng Đăng:\n\n"
                  "- Rà soát quy hoạch khu dân cư.\n\n- Hoàn thành giải phóng mặt bằng trong Quý III/2026.\n\n"
                  "2.2. Giao Sở Công Thương kiểm tra thị trường.\n\n"
                  "UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    assert [([a.name for a in t.lead], t.deadline and t.deadline.date) for t in ts] == [
        (["UBND xã Đồng Đăng"], None), (["UBND xã Đồng Đăng"], date(2026, 9, 30)), (["Sở Công Thương"], None)]


def test_evaluation_section_gives_no_task():
    ts = tasks_of("I. ĐÁNH GIÁ CHUNG\n\nUBND xã Đồng Đăng đã tập trung chỉ đạo, hoàn thành 80% kế hoạch. "
                  "Tổ chức tốt các hoạt động văn hóa.\n\nII. NHIỆM VỤ\n\n1. Giao Sở Tài chính bố trí vốn.")
    assert [[a.name for a in t.lead] for t in ts] == [["Sở Tài chính"]]


def test_relative_deadline_of_a_draft_is_flagged():
    draft = HEAD.replace("Số: 101/TB-UBND", "Số:      /TB-UBND").replace("ngày 04 tháng 5", "ngày      tháng 5")
    n = parse_notice(draft + "1. Giao Sở Tư pháp thẩm định dự thảo trong 10 ngày làm việc kể từ ngày ký Thông báo.")
    t = n.tasks[0]
    assert t.deadline.date is None and t.deadline.kind == "working_days"
    assert any("ngày ban hành" in r for r in t.needs_review)


def test_time_limit_on_its_own_line_closes_the_task_before_it():
    ts = tasks_of("1. Giao Sở Y tế chủ trì rà soát nhu cầu trang thiết bị của các trạm y tế xã.\n\n"
                  "Thời gian hoàn thành: trước ngày 30/6/2026.\n\n"
                  "2. Giao Sở Nội vụ hướng dẫn sắp xếp biên chế.\n\n- Thời hạn: trong tháng 7/2026.")
    assert [([a.name for a in t.lead], t.deadline and t.deadline.date) for t in ts] == [
        (["Sở Y tế"], date(2026, 6, 30)), (["Sở Nội vụ"], date(2026, 7, 31))]
    assert "trạm y tế xã" in ts[0].text and "Thời gian hoàn thành" in ts[0].text


def test_directive_notice_titled_y_kien_chi_dao():
    n = parse_notice(HEAD.replace("Kết luận của đồng chí", "Ý kiến chỉ đạo của đồng chí")
                     + "1. Giao Sở Y tế kiểm tra.")
    assert n.leader == "Lê Văn A, Phó Chủ tịch UBND tỉnh"


@pytest.mark.parametrize("phrase,iso,kind", [
    ("Thời hạn: trong tháng 7/2026.", "2026-07-31", "month"),
    ("Thời hạn hoàn thành: tháng 7/2026.", "2026-07-31", "month"),
    ("Thời gian hoàn thành: Quý III/2026.", "2026-09-30", "quarter"),
    ("Thời hạn: 30/6/2026.", "2026-06-30", "date"),
    ("Thời gian thực hiện: trước ngày 30/6/2026.", "2026-06-30", "date"),
])
def test_labelled_time_limits(phrase, iso, kind):
    from tbkl_xl.parse.deadlines import find_deadlines
    (d,) = find_deadlines(phrase, date(2026, 5, 4))
    assert (d.date.isoformat(), d.kind) == (iso, kind)
    assert phrase[d.start:d.end] == d.text


def test_word_numbered_items_without_full_stop_are_tasks():
    ts = tasks_of("1)\tGiao Sở Y tế kiểm tra\n\n2)\tGiao Sở Nội vụ rà soát biên chế, báo cáo chậm nhất ngày 10/6/2026.")
    assert [(t.section, [a.name for a in t.lead]) for t in ts] == [("1", ["Sở Y tế"]), ("2", ["Sở Nội vụ"])]


# --- phrasings found by an adversarial reading (notices written to break the parser) ---

def leads_of(ts):
    """The leads of each task; a dated task given to several bodies is one task per body (same
    text, same deadline): those copies count as one task with all their leads."""
    out, last = [], None
    for t in ts:
        key = (t.text, t.deadline)
        if t.deadline is not None and key == last:
            out[-1] += [a.name for a in t.lead]
        else:
            out.append([a.name for a in t.lead])
        last = key
    return out


def test_a_dated_task_of_several_bodies_is_one_task_per_body():
    ts = tasks_of("2.5. UBND các phường: Đông Kinh, Kỳ Lừa rà soát quỹ đất, báo cáo Sở Xây dựng trước ngày 31/12/2026.")
    assert [([a.name for a in t.lead], t.deadline.date, t.text) for t in ts] == [
        (["UBND phường Đông Kinh"], date(2026, 12, 31), ts[0].text), (["UBND phường Kỳ Lừa"], date(2026, 12, 31), ts[0].text)]
    assert len({t.id for t in ts}) == 2


def test_introduction_by_the_chairman_names_the_addressee():
    ts = tasks_of("3. Nhiệm vụ thời gian tới\n\nChủ tịch UBND tỉnh yêu cầu Sở Y tế thực hiện tốt các nội dung sau:\n\n"
                  "- Rà soát nhu cầu thuốc, vật tư y tế của các bệnh viện.\n\n"
                  "- Kiểm tra công tác khám chữa bệnh bảo hiểm y tế tại tuyến xã.")
    assert leads_of(ts) == [["Sở Y tế"], ["Sở Y tế"]]


def test_bullet_heading_names_the_addressee_of_its_sub_bullets():
    ts = tasks_of("2. Về phòng chống dịch bệnh gia súc\n\n"
                  "- Sở Nông nghiệp và Môi trường chủ trì hướng dẫn các biện pháp phòng dịch.\n\n"
                  "- UBND các xã, phường:\n\n"
                  "+ Tổ chức tiêm phòng cho đàn gia súc trước 31/8.\n\n"
                  "+ Quán triệt các hộ chăn nuôi không giấu dịch.")
    assert leads_of(ts) == [["Sở Nông nghiệp và Môi trường"], ["UBND các xã, phường"], ["UBND các xã, phường"]]
    assert ts[1].deadline.date == date(2026, 8, 31)
    assert "thời hạn được suy ra" in " ".join(ts[1].needs_review)


@pytest.mark.parametrize("phrase,iso", [
    ("xong trước 15/11", "2026-11-15"),
    ("trước 31/8", "2026-08-31"),
    ("hoàn thành trước 30/9.", "2026-09-30"),
])
def test_day_month_without_ngay_or_year_takes_the_notice_year(phrase, iso):
    from tbkl_xl.parse.deadlines import find_deadlines
    (d,) = find_deadlines("Tổ chức tiêm phòng " + phrase, date(2026, 5, 4))
    assert d.date.isoformat() == iso


def test_a_ratio_or_a_past_date_without_ngay_is_not_a_deadline():
    from tbkl_xl.parse.deadlines import find_deadlines
    assert find_deadlines("Tỷ lệ tiêm phòng đạt 3/4 số hộ; từ 01/3 đến nay đã tiêm 12.000 liều.", date(2026, 5, 4)) == []


@pytest.mark.parametrize("opening", ["Quán triệt", "Chủ trì"])
def test_more_imperative_openings_inherit_the_heading_addressee(opening):
    ts = tasks_of("2.1. Đối với Sở Giáo dục và Đào tạo:\n\n"
                  f"- {opening} việc tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2026 an toàn.")
    assert leads_of(ts) == [["Sở Giáo dục và Đào tạo"]]


def test_target_date_with_bao_dam_den_ngay_is_a_deadline_but_a_status_figure_is_not():
    ts = tasks_of("1. Giao Sở Xây dựng đôn đốc nhà thầu, bảo đảm đến ngày 30/9/2026 thông xe kỹ thuật tuyến đường.\n\n"
                  "2. Giao Sở Tài chính theo dõi giải ngân; đến ngày 30/4/2026 giải ngân đạt 47,3% kế hoạch.")
    assert [t.deadline.date.isoformat() if t.deadline else None for t in ts] == ["2026-09-30", None]


def test_a_ministrys_commitment_is_its_own_not_the_previous_agencys():
    ts = tasks_of("1. Giao Sở Tài chính hoàn thiện hồ sơ đề nghị bổ sung vốn, gửi Bộ Tài chính trước ngày 20/5/2026. "
                  "Bộ Tài chính sẽ xem xét, phản hồi trước ngày 15/6/2026.")
    for t in ts:
        if t.deadline and t.deadline.date == date(2026, 6, 15):
            assert [a.name for a in t.lead] == ["Bộ Tài chính"]
    assert leads_of(ts)[0] == ["Sở Tài chính"]


def test_an_order_already_given_is_not_a_new_task():
    ts = tasks_of("1. Về sắp xếp đơn vị sự nghiệp: UBND tỉnh đã có Công văn số 120/UBND-NC ngày 10/4/2026 giao "
                  "Sở Nội vụ hướng dẫn các đơn vị. Yêu cầu các sở, ban, ngành khẩn trương hoàn thành trước ngày 30/6/2026.")
    assert leads_of(ts) == [["Các sở, ban, ngành"]]


def test_a_new_sentence_after_a_date_with_its_own_subject_is_a_new_task():
    ts = tasks_of("1. Sở Nông nghiệp và Môi trường tổng hợp nhu cầu, báo cáo UBND tỉnh chậm nhất ngày 12/8/2026. "
                  "Sở Xây dựng chỉ đạo khắc phục các điểm sạt lở trên các tuyến đường tỉnh.")
    assert leads_of(ts) == [["Sở Nông nghiệp và Môi trường"], ["Sở Xây dựng"]]
    assert ts[1].deadline is None


@pytest.mark.parametrize("item", [
    "c) Sở Xây dựng rà soát năng lực nhà thầu chậm tiến độ",
    "c) Sở Xây dựng chủ trì, phối hợp với các chủ đầu tư rà soát, đánh giá năng lực\n\n- 2 -\n\n"
    "các nhà thầu chậm tiến độ; kiên quyết đề xuất chấm dứt hợp đồng.",
])
def test_a_list_item_without_a_full_stop_that_names_its_subject_is_a_task(item):
    ts = tasks_of("1. Về các dự án trọng điểm:\n\na) Giao Sở Tài chính bố trí vốn.\n\n" + item)
    assert leads_of(ts)[-1] == ["Sở Xây dựng"]
    assert "nhà thầu chậm tiến độ" in ts[-1].text


def test_a_hard_wrap_before_a_capitalised_name_is_joined():
    ts = tasks_of("1. Về giải phóng mặt bằng:\n\nd) UBND xã Hữu Lũng đẩy nhanh công tác bồi thường, hoàn thành "
                  "trong tháng 5/2026; UBND xã\nChi Lăng phối hợp với nhà đầu tư hoàn thiện hồ sơ giao đất.")
    assert leads_of(ts) == [["UBND xã Hữu Lũng"], ["UBND xã Chi Lăng"]]


@pytest.mark.parametrize("body", [
    "2. UBND các xã, phường có dịch tổ chức tiêu hủy lợn bệnh đúng quy trình.",
    "2. UBND các xã, phường nơi có dịch tổ chức tiêu hủy lợn bệnh đúng quy trình.",
])
def test_a_restricted_collective_is_still_the_subject(body):
    assert leads_of(tasks_of(body)) == [["UBND các xã, phường"]]


def test_weekly_report_bullets_inherit_the_heading():
    ts = tasks_of("2.1. Đối với Sở Tài chính\n\n- Khẩn trương rà soát vốn.\n\n"
                  "- Định kỳ trước 16 giờ thứ Sáu hằng tuần báo cáo tiến độ về UBND tỉnh.\n\n"
                  "- Hằng tuần cập nhật số liệu giải ngân.")
    assert leads_of(ts) == [["Sở Tài chính"]] * 3


def test_an_enumerated_heading_names_the_communes_themselves():
    ts = tasks_of("2.3. Đối với UBND các xã: Tràng Định, Đoàn Kết\n\n- Rà soát quỹ đất tái định cư.")
    assert leads_of(ts) == [["UBND xã Tràng Định", "UBND xã Đoàn Kết"]]


def test_a_bare_ubnd_xa_is_the_commune_the_notice_is_about():
    n = parse_notice("Số: 12/TB-UBND\n\nLạng Sơn, ngày 04 tháng 5 năm 2026\n\nTHÔNG BÁO\n\n"
                     "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Ban Thường vụ Đảng ủy, UBND xã Bắc Sơn\n\n"
                     "Ngày 02/5/2026, đồng chí Chủ tịch UBND tỉnh làm việc với xã. Đồng chí kết luận như sau:\n\n"
                     "1. UBND xã tập trung thực hiện tốt các nhiệm vụ sau:\n\n"
                     "- Xây dựng Đề án phát triển du lịch cộng đồng, trình UBND tỉnh trước ngày 30/9/2026.\n\n"
                     "- Rà soát quỹ đất xây dựng trường học.\n\n"
                     "2. UBND xã chủ động bố trí ngân sách xã để duy tu đường giao thông nông thôn.")
    assert leads_of(n.tasks) == [["UBND xã Bắc Sơn"]] * 3


@pytest.mark.parametrize("heading", [
    "1. Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các xã, phường:",
    "1. UBND tỉnh giao các sở, ban, ngành, UBND các xã, phường:",
])
def test_a_numbered_heading_that_gives_an_order_names_the_addressees(heading):
    ts = tasks_of(heading + "\n\n- Rà soát danh mục dịch vụ công trực tuyến, gửi Sở Khoa học và Công nghệ "
                  "trước ngày 15/6/2026 để tổng hợp.")
    assert leads_of(ts) == [["Các sở, ban, ngành", "UBND các xã, phường"]]
    assert ts[0].deadline.date == date(2026, 6, 15)


@pytest.mark.parametrize("verb", ["cân đối, bố trí vốn cho dự án", "sửa chữa cầu treo", "phân bổ kinh phí",
                                  "bàn giao mặt bằng", "giải ngân vốn", "định kỳ hằng quý báo cáo UBND tỉnh"])
def test_an_agency_opening_an_item_is_its_subject_whatever_the_verb(verb):
    assert leads_of(tasks_of(f"3. Sở Tài chính {verb}.")) == [["Sở Tài chính"]]


def test_an_agency_opening_a_description_is_not_a_subject():
    assert tasks_of("3. Sở Tài chính hiện nay còn 5 hồ sơ chưa giải quyết.") == []


TABLE_MD = ("2. Tiến độ các dự án:\n\n"
            "| STT | Dự án | Đơn vị chủ trì | Nhiệm vụ | Thời hạn |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Cầu Kỳ Cùng 2 | Ban Quản lý dự án đầu tư xây dựng tỉnh | Khởi công xây dựng | Quý III/2026 |\n"
            "| 2 | Đường vành đai phía Bắc | UBND phường Kỳ Lừa | Bàn giao mặt bằng còn lại | 30/6/2026 |\n"
            "| 3 | Khu công nghiệp Đồng Bành | Công ty Cổ phần Đầu tư Đồng Bành | Hoàn thiện hồ sơ | tháng 8/2026 |\n\n"
            "3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.")
# the same table as the .docx reader flattens it (no outer pipes)
TABLE_DOCX = "\n".join(line.strip("| ").replace(" | ", " | ") if line.startswith("| ") else line
                       for line in TABLE_MD.split("\n") if not line.startswith("|---"))


@pytest.mark.parametrize("body", [TABLE_MD, TABLE_DOCX])
def test_a_task_table_gives_one_task_per_row(body):
    ts = tasks_of(body)
    assert [(leads_of([t])[0], t.deadline.date.isoformat() if t.deadline else None, t.text) for t in ts] == [
        (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2026-09-30", "Cầu Kỳ Cùng 2: Khởi công xây dựng"),
        (["UBND phường Kỳ Lừa"], "2026-06-30", "Đường vành đai phía Bắc: Bàn giao mặt bằng còn lại"),
        (["Công ty Cổ phần Đầu tư Đồng Bành"], "2026-08-31", "Khu công nghiệp Đồng Bành: Hoàn thiện hồ sơ"),
        (["Văn phòng UBND tỉnh"], None, "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc."),
    ]
    assert ts[1].deadline.text == "30/6/2026"


def test_a_drafts_yearless_and_recurring_deadlines_count_from_its_meeting():
    n = parse_notice("Số:      /TB-UBND\n\nLạng Sơn, ngày      tháng 10 năm 2025\n\nTHÔNG BÁO\n\n"
                     "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về phòng chống thiên tai\n\n"
                     "Ngày 20/10/2025, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp. Đồng chí kết luận như sau:\n\n"
                     "1. Sở Xây dựng sửa chữa cầu treo, hoàn thành chậm nhất ngày 20/01.\n\n"
                     "2. UBND các xã, phường rà soát phương án ứng phó thiên tai trước ngày 15/5 hằng năm.\n\n"
                     "3. Sở Nông nghiệp và Môi trường định kỳ hằng tháng báo cáo UBND tỉnh.\n\n"
                     "4. Sở Tài chính bố trí kinh phí trong 10 ngày làm việc kể từ ngày ký.")
    got = [(t.deadline.date.isoformat() if t.deadline.date else None, t.deadline.kind) for t in n.tasks]
    assert got == [("2026-01-20", "date"), ("2026-05-15", "recurring"), (None, "recurring"),
                   (None, "working_days")]
    assert all(t.needs_review[0].startswith("thời hạn được suy ra: ") for t in n.tasks[:2])
    assert n.tasks[2].needs_review == ["báo cáo định kỳ 'định kỳ hằng tháng' không ghi ngày gửi: nhập hạn bằng tay nếu cần"]
    assert "(văn bản chưa ghi ngày ban hành)" in n.tasks[1].needs_review[0]
    assert n.tasks[3].needs_review == ["thời hạn 'trong 10 ngày làm việc kể từ ngày ký' tính từ ngày ban hành, "
                                       "nhưng văn bản chưa ghi ngày ban hành"]


def test_two_deadlines_in_one_clause_are_two_tasks():
    ts = tasks_of("5. UBND phường Đông Kinh, UBND phường Lương Văn Tri triển khai thí điểm mô hình phường số, "
                  "phấn đấu hoàn thành trong năm 2026 và đánh giá, nhân rộng ra các phường còn lại trong Quý I/2027.")
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in ts] == [
        (["UBND phường Đông Kinh"], "2026-12-31"), (["UBND phường Lương Văn Tri"], "2026-12-31"),
        (["UBND phường Đông Kinh"], "2027-03-31"), (["UBND phường Lương Văn Tri"], "2027-03-31")]
    assert "nhân rộng" in ts[2].text and "nhân rộng" not in ts[0].text


def test_a_heading_with_its_directive_on_the_same_line():
    ts = tasks_of("2.2. Đối với UBND phường Đông Kinh: tập trung chỉnh trang đô thị, báo cáo UBND tỉnh trong Quý III/2026.")
    assert leads_of(ts) == [["UBND phường Đông Kinh"]]


@pytest.mark.parametrize("opening", ["Đối với Trường nội trú xã Xuân Dương đang chậm tiến độ, ",
                                     "Riêng tại xã Xuân Dương, "])
def test_the_subject_after_an_opening_topic_clause(opening):
    ts = tasks_of("1. Sở Tài chính bố trí đủ kinh phí trong tháng 7/2026.\n\n"
                  f"2. {opening}UBND xã Xuân Dương hoàn thành bàn giao mặt bằng trước ngày 10/7/2026.")
    assert leads_of(ts) == [["Sở Tài chính"], ["UBND xã Xuân Dương"]]


def test_a_second_subject_joined_by_va_with_its_own_deadline():
    ts = tasks_of("1. Ban Quản lý dự án đầu tư xây dựng tỉnh khởi công công trình trong tháng 8/2026 và Sở Xây dựng "
                  "kiểm tra chất lượng, báo cáo UBND tỉnh trước ngày 30/9/2026.")
    assert [(leads_of([t])[0], t.deadline.date.isoformat()) for t in ts] == [
        (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2026-08-31"), (["Sở Xây dựng"], "2026-09-30")]


def test_a_bullet_opening_with_a_topic_then_a_verb_inherits_the_heading():
    ts = tasks_of("2.1. UBND phường Tam Thanh:\n\n- Đối với các hộ cố tình không chấp hành, chủ động xây dựng phương "
                  "án cưỡng chế thu hồi đất theo quy định.\n\n"
                  "3. Đối với UBND xã Đồng Đăng, khẩn trương hoàn thành kiểm đếm.")
    assert leads_of(ts) == [["UBND phường Tam Thanh"], ["UBND xã Đồng Đăng"]]


@pytest.mark.parametrize("body,expected", [
    ("1. Ban Quản lý dự án đầu tư xây dựng tỉnh khởi công các hạng mục trong tháng 8/2026 và Sở Xây dựng tăng cường "
     "quản lý chất lượng công trình.", [["Ban Quản lý dự án đầu tư xây dựng tỉnh"], ["Sở Xây dựng"]]),
    ("1. Sở Tài chính bố trí kinh phí, đồng thời Sở Nội vụ thẩm định nhu cầu biên chế.",
     [["Sở Tài chính"], ["Sở Nội vụ"]]),
    ("1. Giao Sở Tài chính phối hợp với Sở Xây dựng, Sở Nội vụ rà soát hồ sơ.", [["Sở Tài chính"]]),
    ("1. Sở Y tế chủ trì rà soát, Sở Tài chính phối hợp thực hiện.", [["Sở Y tế"]]),
])
def test_a_second_subject_inside_one_clause(body, expected):
    assert leads_of(tasks_of(body)) == expected


def test_an_old_commune_name_shared_by_two_districts_is_the_one_of_the_notices_district():
    n = parse_notice("Số: 87/TB-UBND\n\nLạng Sơn, ngày 16 tháng 5 năm 2024\n\nTHÔNG BÁO\n\n"
                     "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với UBND huyện Cao Lộc\n\n"
                     "Ngày 10/5/2024, đồng chí Chủ tịch UBND tỉnh làm việc với huyện. Đồng chí kết luận như sau:\n\n"
                     "1. UBND xã Hồng Phong hoàn thành bàn giao mặt bằng trong tháng 6/2024.\n\n"
                     "2. UBND xã Hồng Phong (huyện Bình Gia) rà soát quỹ đất.")
    assert [(t.lead[0].name, t.lead[0].successor) for t in n.tasks] == [
        ("UBND xã Hồng Phong, huyện Cao Lộc", "UBND xã Đồng Đăng"),
        ("UBND xã Hồng Phong, huyện Bình Gia", "UBND xã Hồng Phong")]


def test_a_deadline_tied_to_an_event_is_flagged():
    (t,) = tasks_of("1. Sở Nội vụ hoàn thiện đề án, trình UBND tỉnh trước kỳ họp HĐND tỉnh.")
    assert t.deadline is None
    assert t.needs_review == ["thời hạn gắn với một sự kiện ('trước kỳ họp HĐND tỉnh'), không có ngày cụ thể: "
                              "nhập ngày bằng tay"]


def test_a_cue_far_from_an_agency_does_not_make_it_the_addressee():
    ts = tasks_of("2.1. Giao Sở Nông nghiệp và Môi trường:\n\n- Tổ chức dự báo cháy rừng hằng ngày; phân công công chức "
                  "kiểm lâm bám sát địa bàn, hướng dẫn UBND các xã, phường xây dựng phương án phòng cháy.")
    assert leads_of(ts) == [["Sở Nông nghiệp và Môi trường"]]


def test_a_period_after_a_parenthesis_is_a_deadline():
    (t,) = tasks_of("2.8. Yêu cầu Công ty Cổ phần Đầu tư Xây dựng Hoàng Thành hoàn thành, đưa vào sử dụng tòa nhà CT1 "
                    "(312 căn hộ) trong quý II/2026.")
    assert t.deadline.date == date(2026, 6, 30)


def test_an_enumeration_of_wards():
    ts = tasks_of("2.5. UBND các phường: Đông Kinh, Kỳ Lừa, Tam Thanh rà soát quỹ đất 20% trong các dự án nhà ở "
                  "thương mại, báo cáo Sở Xây dựng trước ngày 31/12/2026.")
    assert leads_of(ts) == [["UBND phường Đông Kinh", "UBND phường Kỳ Lừa", "UBND phường Tam Thanh"]]


@pytest.mark.parametrize("verb", ["Cân đối, tham mưu bố trí kinh phí mua sắm trang thiết bị.",
                                  "Vận hành hiệu quả Nền tảng cửa khẩu số.", "Công khai danh mục dự án nhà ở xã hội."])
def test_more_verbs_open_a_directive_under_a_heading(verb):
    assert leads_of(tasks_of(f"2.1. Đối với Sở Tài chính:\n\n- {verb}")) == [["Sở Tài chính"]]


@pytest.mark.parametrize("bullet", [
    "- Phân công công chức kiểm lâm hướng dẫn UBND các xã, phường xây dựng phương án.",
    "- Rà soát, tham mưu UBND tỉnh giao chủ đầu tư không thông qua đấu thầu, chậm nhất ngày 20/12/2026.",
])
def test_an_order_inside_the_task_does_not_take_the_lead(bullet):
    assert leads_of(tasks_of("2.1. Giao Sở Xây dựng:\n\n" + bullet)) == [["Sở Xây dựng"]]


def test_the_directive_cue_file_is_valid_and_consistent():
    from tbkl_xl.parse.tasks import DIRECTIVE_CUES_PATH, load_directive_cues
    cues = load_directive_cues()
    assert {"subject_verbs", "strong_subject_verbs", "imperatives", "assignment_cues", "support_cues",
            "recipient_cues", "table_headers.lead", "time_limit_labels"} <= set(cues)
    # a strong subject verb is a subject verb; phrases are folded and single-spaced
    assert set(cues["strong_subject_verbs"]) <= set(cues["subject_verbs"])
    for key, phrases in cues.items():
        assert all(p == " ".join(p.split()) and p == p.lower() for p in phrases), key
    assert DIRECTIVE_CUES_PATH.name == "directive_cues.yaml"


@pytest.mark.parametrize("content,message", [
    ("version: 1\nsubject_verbs: [chủ trì]\nstrong_subject_verbs: [chủ trì]\n",
     "key 'imperatives': must be a non-empty list of phrases, got None; fix the cue file (see its header comment)"),
    ("version: 1\nsubject_verbs: [chủ trì]\nstrong_subject_verbs: [chủ trì]\nimperatives: [rà soát (lại)]\n",
     "key 'imperatives': phrase 'rà soát (lại)' holds a regex character; write plain words; "
     "fix the cue file (see its header comment)"),
    ("version: 2\n", "key 'version': must be 1, got 2; fix the cue file (see its header comment)"),
])
def test_a_bad_directive_cue_file_is_refused_with_a_clear_message(tmp_path, content, message):
    from tbkl_xl.errors import DataFileError
    from tbkl_xl.parse.tasks import load_directive_cues
    bad = tmp_path / "cues.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        load_directive_cues(bad)
    assert str(e.value) == f"{bad}: {message}"


def test_bodies_named_in_brackets_after_a_plural_noun_are_the_subject():
    ts = tasks_of("2.8. Các chủ rừng là tổ chức (Công ty TNHH MTV Lâm nghiệp Đình Lập, Công ty TNHH MTV Lâm nghiệp "
                  "Lộc Bình) hoàn thành phương án phòng cháy, chữa cháy rừng trước ngày 10/12/2026.")
    assert leads_of(ts) == [["Công ty TNHH MTV Lâm nghiệp Đình Lập", "Công ty TNHH MTV Lâm nghiệp Lộc Bình"]]


def test_a_span_of_time_is_not_a_deadline_and_does_not_split_the_task():
    (t,) = tasks_of("1. Các xã, phường rà soát danh mục lễ hội dự kiến tổ chức từ nay đến hết năm 2026, gửi Sở Văn hóa, "
                    "Thể thao và Du lịch chậm nhất ngày 20/5/2026 để tổng hợp.")
    assert (leads_of([t]), t.deadline.date) == ([["UBND các xã, phường"]], date(2026, 5, 20))


def test_a_heading_naming_the_chairmen_is_the_addressee_of_its_bullets_not_the_previous_bullet():
    ts = tasks_of("1. Chủ tịch UBND các xã, phường\n\n- UBND các xã Mẫu Sơn, Bắc Sơn tạm dừng các hoạt động du lịch.\n\n"
                  "- Báo cáo nhanh tình hình thiệt hại về UBND tỉnh.")
    assert leads_of(ts) == [["UBND xã Mẫu Sơn", "UBND xã Bắc Sơn"], ["UBND các xã, phường"]]


def test_a_directive_before_a_sentence_with_its_own_subject_keeps_the_heading():
    ts = tasks_of("5. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh\n\nChủ động bố trí lực lượng sẵn sàng tham gia ứng cứu. "
                  "Công an tỉnh chỉ đạo phân luồng giao thông.")
    assert leads_of(ts) == [["Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"], ["Công an tỉnh"]]


def test_a_report_of_results_within_a_month_is_a_deadline():
    (t,) = tasks_of("1. Giao Sở Công Thương rà soát các cụm công nghiệp; báo cáo UBND tỉnh kết quả rà soát trong tháng 6/2026.")
    assert t.deadline.date == date(2026, 6, 30)


def test_a_dated_remark_in_the_assessment_is_not_a_task():
    ts = tasks_of("I. Tình hình thực hiện\n\n1. Về sắp xếp trụ sở\n\nViệc xử lý trụ sở dôi dư còn chậm so với chỉ đạo "
                  "của UBND tỉnh (hoàn thành trước ngày 30/6/2026).\n\nII. Nhiệm vụ thời gian tới\n\n"
                  "1. Riêng UBND xã Tân Tiến rà soát trụ sở thôn Khau Luông; UBND xã Quốc Việt tổ chức cắm mốc.")
    assert leads_of(ts) == [["UBND xã Tân Tiến"], ["UBND xã Quốc Việt"]]


def test_a_topic_naming_a_collective_with_a_comma_in_its_name():
    ts = tasks_of("2. Yêu cầu các sở, ban, ngành, UBND các xã, phường thực hiện các yêu cầu sau:\n\n"
                  "- Đối với các xã, phường: việc lập dự toán năm 2027 cần tính toán đầy đủ nhu cầu chi.")
    assert leads_of(ts) == [["UBND các xã, phường"]]


@pytest.mark.parametrize("body,lead,deadline", [
    ("1. Trước ngày 15/11/2026, Trung tâm Phát triển quỹ đất tỉnh hoàn thành tổ chức đấu giá.",
     ["Trung tâm Phát triển quỹ đất tỉnh"], "2026-11-15"),
    ("1. Định kỳ trước ngày 05 hằng tháng, Thuế tỉnh báo cáo UBND tỉnh kết quả thu.", ["Thuế tỉnh"], "2026-05-05"),
    ("1. Giao Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh tổng hợp kết quả đấu tranh chống buôn lậu.",
     ["Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh"], None),
    ("1. Chi cục Quản lý thị trường tăng cường kiểm tra hoạt động kinh doanh trên mạng.",
     ["Chi cục Quản lý thị trường"], None),
    ("1. Công ty cổ phần Môi trường và Dịch vụ đô thị Lạng Sơn bố trí đủ phương tiện thu gom rác.",
     ["Công ty cổ phần Môi trường và Dịch vụ đô thị Lạng Sơn"], None),
])
def test_a_subject_after_an_opening_time_and_more_organisations(body, lead, deadline):
    (t,) = tasks_of(body)
    assert [a.name for a in t.lead] == lead
    assert (t.deadline.date.isoformat() if t.deadline else None) == deadline


def test_every_bullet_under_a_heading_naming_its_addressee_is_its_task():
    ts = tasks_of("1. Đối với Sở Y tế:\n\n- Dự trữ đủ thuốc, máu, dịch truyền, vật tư y tế.\n\n"
                  "- Năm 2025 đã tiếp nhận 1.200 ca bệnh.\n\n- Các bệnh viện:\n\n+ Bố trí đủ nhân lực trực.")
    assert [(t.text, [a.name for a in t.lead]) for t in ts] == [
        ("Dự trữ đủ thuốc, máu, dịch truyền, vật tư y tế.", ["Sở Y tế"]),
        ("Bố trí đủ nhân lực trực.", ["Sở Y tế"])]


def test_a_paragraph_after_a_topic_title_carries_the_topic():
    ts = tasks_of("2. Đối với kiến nghị của các xã về nâng định mức hỗ trợ:\n\n"
                  "Sở Nông nghiệp và Môi trường nghiên cứu, tổng hợp khi xây dựng dự thảo Nghị quyết.\n\n"
                  "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện Thông báo này./.")
    assert [t.text for t in ts] == [
        "Đối với kiến nghị của các xã về nâng định mức hỗ trợ: Sở Nông nghiệp và Môi trường nghiên cứu, "
        "tổng hợp khi xây dựng dự thảo Nghị quyết.",
        "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc thực hiện Thông báo này./."]


def test_a_meeting_date_given_with_its_hour():
    n = parse_notice(HEAD.replace("Ngày 02/5/2026, đồng chí", "Vào hồi 14 giờ 00 ngày 02/5/2026, đồng chí")
                     .replace("Ngày 02/5/2026", "x") + "1. Kết quả đạt được\n\nNgày 20/3/2026, tỉnh đã tổ chức hội nghị.\n\n"
                     "2. Giao Sở Y tế rà soát.")
    assert n.meeting_date == date(2026, 5, 2)


@pytest.mark.parametrize("body,leads,deadline", [
    ("1. Tham dự có Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là BQLDA).\n\n"
     "2. Giao BQLDA chỉ đạo nhà thầu hoàn thành khu tái định cư trong Quý III/2026.",
     ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2026-09-30"),
    ("1. Sở Khoa học và Công nghệ (Sở KH&CN) chủ trì bảo đảm hạ tầng viễn thông; hoàn thành trước ngày 05/11.",
     ["Sở Khoa học và Công nghệ"], "2026-11-05"),
    ("1. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường và các chủ đầu tư bảo đảm giải ngân "
     "đạt trên 80% kế hoạch vốn trước ngày 30/11/2026.",
     ["Các sở, ban, ngành", "UBND các xã, phường", "Các chủ đầu tư"], "2026-11-30"),
    ("1. Ban Quản lý dự án đầu tư xây dựng tỉnh là chủ đầu tư được giao kế hoạch vốn lớn nhất. Yêu cầu Ban "
     "tập trung chỉ đạo các nhà thầu; hoàn thành hồ sơ quyết toán trong Quý IV/2026.",
     ["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2026-12-31"),
    ("1. Đối với các xã có nguy cơ cháy rừng cao (Đình Lập, Thái Bình): hoàn thành kiện toàn tổ, đội xung kích "
     "trước ngày 20/11/2026.", ["UBND xã Đình Lập", "UBND xã Thái Bình"], "2026-11-20"),
])
def test_names_defined_in_the_notice_back_references_and_listed_communes(body, leads, deadline):
    ts = [t for t in tasks_of(body) if t.deadline]
    assert sorted({a.name for t in ts for a in t.lead}) == sorted(leads)
    assert {t.deadline.date.isoformat() for t in ts} == {deadline}


def test_a_meeting_day_without_a_year_takes_the_notices_year():
    n = parse_notice("Số:    /TB-UBND\n\nLạng Sơn, ngày    tháng 01 năm 2027\n\nTHÔNG BÁO\n\n"
                     "Kết luận của Phó Chủ tịch UBND tỉnh tại hội nghị phòng cháy rừng\n\n"
                     "Ngày 28/12, đồng chí Phó Chủ tịch UBND tỉnh chủ trì hội nghị.\n\n1. Giao Sở Y tế rà soát.")
    assert n.meeting_date == date(2026, 12, 28)


@pytest.mark.parametrize("body,lead", [
    ("1. Sau khi được phê duyệt, Sở Xây dựng hướng dẫn các xã thực hiện.", ["Sở Xây dựng"]),
    ("1. Trường hợp phát sinh vướng mắc, UBND các xã, phường báo cáo UBND tỉnh.", ["UBND các xã, phường"]),
])
def test_a_subject_after_an_opening_condition(body, lead):
    (t,) = tasks_of(body)
    assert [a.name for a in t.lead] == lead


def test_a_body_is_listed_once_in_a_tasks_roles_and_a_lead_never_co_operates():
    # a notice after the 2025 merger still naming the old department: lead and successor are one body
    ts = tasks_of("1. Giao Sở Kế hoạch và Đầu tư, Sở Tài chính chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng, "
                  "Sở Xây dựng rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 20/5/2026.")
    assert [([a.name for a in t.lead], [a.current for a in t.lead], [a.name for a in t.support]) for t in ts] == [
        (["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"], ["Sở Xây dựng"])]


def test_before_the_merger_two_departments_are_two_bodies():
    old = HEAD.replace("04 tháng 5 năm 2026", "04 tháng 5 năm 2024").replace("02/5/2026", "02/5/2024")
    (t,) = parse_notice(old + "1. Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính rà soát "
                              "nguồn vốn trước ngày 20/5/2024.").tasks
    assert ([a.name for a in t.lead], [a.name for a in t.support]) == (["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"])


def test_review_reasons_are_vietnamese_and_exact():
    from tbkl_xl.messages import parse as M
    ts = tasks_of("1. Sở Y tế rà soát hồ sơ các dự án trước ngày 15/5.")
    assert ts[0].needs_review == [M.DEADLINE_INFERRED.format(why=M.N_YEAR_FROM_NOTICE)]
    assert ts[0].needs_review == ["thời hạn được suy ra: không ghi năm: lấy năm của ngày ban hành"]
    ts = tasks_of("1. Rà soát hồ sơ các dự án trước ngày 15/5.")
    assert ts[0].needs_review == [M.NO_LEAD, M.DEADLINE_WITHOUT_LEAD.format(text="trước ngày 15/5", date="15/05/2026")]
    assert ts[0].needs_review == ["chưa xác định được cơ quan chủ trì",
                                  "thời hạn 'trước ngày 15/5' (15/05/2026) chưa gắn với cơ quan chủ trì nào: xác định "
                                  "cơ quan rồi nhập ngày bằng tay"]
