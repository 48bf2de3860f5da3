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
    assert any("issue date" in r for r in t.needs_review)


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
