"""The parser on the five real Lạng Sơn notices in ../shared/notices (table-driven).

In CI a missing notice is a failure, not a skip: the folder sits beside the clone.
"""
from datetime import date
from pathlib import Path

import pytest

from tbkl_xl import parse_notice

NOTICES = Path(__file__).resolve().parents[1].parent / "shared" / "notices"


def real(name_prefix):
    files = sorted(NOTICES.glob(name_prefix + "_*.txt"))
    assert files, f"real notice {name_prefix}_*.txt missing from {NOTICES}"
    return parse_notice(files[0])


META = [
    ("000", "", None, date(2026, 4, 22), "Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh", "Vi Thiện Việt"),
    ("001", "", None, date(2026, 4, 20), "Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh", "Nguyễn Văn Hà"),
    ("002", "", None, date(2024, 4, 23), "Hồ Tiến Thiệu, Chủ tịch UBND tỉnh", "Dương Công Hiệp"),
    ("003", "", None, date(2026, 5, 28), "Nguyễn Cảnh Toàn, Chủ tịch UBND tỉnh", "Nguyễn Văn Hà"),
    ("004", "", None, date(2025, 4, 21), "Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh", "Hoàng Xuân Đồng"),
]


@pytest.mark.parametrize("prefix,number,issued,meeting,leader,signer", META)
def test_metadata(prefix, number, issued, meeting, leader, signer):
    n = real(prefix)
    assert (n.number, n.issued, n.meeting_date, n.leader, n.signer) == (number, issued, meeting, leader, signer)


# (notice, lead, deadline ISO or None, key phrase in the task text, support names ⊆)
TASKS = [
    ("000", "Sở Nông nghiệp và Môi trường", "2026-05-09", "khu tái định cư", {"Sở Tài chính"}),
    ("000", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "2026-05-09", "sông Bắc Khê", set()),
    ("000", "Sở Công Thương", "2026-05-09", "thủy điện Bắc Khê 1", set()),
    ("000", "Các sở, ban, ngành", "2026-05-05", "trả lời các kiến nghị", set()),
    ("000", "UBND các xã", "2026-06-30", "cơ sở nhà, đất dôi dư", set()),       # (as the notice writes it)
    ("000", "UBND xã Thất Khê", None, "kiện toàn lãnh đạo Ban Quản lý dự án", set()),
    ("000", "Sở Xây dựng", None, "ĐT226", set()),
    ("001", "UBND các xã, phường", "2026-05-25", "hợp đồng giáo viên", set()),
    ("001", "Sở Nội vụ", "2026-06-10", "trình UBND tỉnh", set()),
    ("001", "Sở Nội vụ", "2026-05-31", "bộ tiêu chí đánh giá", set()),
    ("001", "Sở Tư pháp", "2026-05-15", "phân cấp", set()),
    ("001", "Sở Y tế", None, "trạm y tế xã", {"Sở Tài chính"}),
    ("001", "Văn phòng UBND tỉnh", None, "theo dõi tiến độ", set()),
    ("002", "UBND xã Xuân Dương, huyện Lộc Bình", "2024-09-30", "công trình hạ tầng", set()),
    ("002", "UBND huyện Lộc Bình", None, "Diễn tập phòng thủ", set()),
    ("003", "Các sở, ban, ngành", "2026-06-05", "Sở Tài chính", set()),
    ("003", "Các sở, ban, ngành", "2026-06-18", "Thống kê tỉnh", set()),
    ("003", "Thống kê tỉnh", "2026-06-10", "Hội nghị chuyên đề", {"Sở Tài chính"}),
    ("003", "Sở Tài chính", "2026-06-03", "báo cáo Tỉnh ủy xem xét", set()),
    ("003", "UBND phường Đông Kinh", None, "Khu liên hợp thể thao", set()),
    ("004", "UBND huyện Hữu Lũng", "2025-06-30", "số hóa hồ sơ", set()),
    ("004", "UBND xã Thanh Sơn", None, "kế hoạch xây dựng NTM", set()),
]


@pytest.mark.parametrize("prefix,lead,deadline,kw,support", TASKS)
def test_task_found(prefix, lead, deadline, kw, support):
    n = real(prefix)
    hits = [t for t in n.tasks if lead in [a.name for a in t.lead] and kw in t.text
            and (t.deadline.date.isoformat() if t.deadline and t.deadline.date else None) == deadline]
    assert hits, f"no task for {lead} / {deadline} / {kw!r}; tasks: " + "\n".join(
        f"{[a.name for a in t.lead]} {t.deadline and t.deadline.date} {t.text[:80]}" for t in n.tasks)
    if deadline is None:
        return
    assert support <= {a.name for a in hits[0].support}


REFERENCE_DATES_NOT_DEADLINES = [
    ("001", "2026-02-28"),   # Quyết định số 339/QĐ-UBND ngày 28/02/2026
    ("000", "2025-10-11"),   # tạm trú … từ ngày 11/10/2025
    ("003", "2025-06-30"),   # dự ước đến hết tháng 6/2025
    ("004", "2025-12-15"),   # Quyết định số 2255/QĐ-UBND ngày 15/12/20257
]


@pytest.mark.parametrize("prefix,iso", REFERENCE_DATES_NOT_DEADLINES)
def test_reference_dates_are_never_deadlines(prefix, iso):
    n = real(prefix)
    assert iso not in {t.deadline.date.isoformat() for t in n.tasks if t.deadline and t.deadline.date}


def test_report_recipient_is_not_the_assignee():
    n = real("000")
    for t in n.tasks:
        if "khu tái định cư" in t.text:
            assert [a.name for a in t.lead] == ["Sở Nông nghiệp và Môi trường"]


def test_predecessor_name_keeps_written_name_and_records_successor():
    n = real("002")
    leads = {a.name: a for t in n.tasks for a in t.lead}
    assert leads["Sở Nông nghiệp và Phát triển nông thôn"].successor == "Sở Nông nghiệp và Môi trường"


def test_ids_are_stable_and_survive_signing():
    text = (NOTICES / sorted(p.name for p in NOTICES.glob("000_*.txt"))[0]).read_text(encoding="utf-8")
    a = parse_notice(text)
    signed = text.replace("Số: /TB-UBND", "Số: 152/TB-UBND").replace("ngày tháng 4 năm 2026", "ngày 25 tháng 4 năm 2026")
    b = parse_notice(signed)
    assert b.number == "152/TB-UBND" and b.issued == date(2026, 4, 25)
    assert a.id == b.id
    assert [t.id for t in a.tasks] == [t.id for t in b.tasks]
    assert len({t.id for t in a.tasks}) == len(a.tasks)
