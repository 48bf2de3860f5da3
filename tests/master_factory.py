"""Hand-built notices for the master workbook tests (no parser needed)."""
from __future__ import annotations

from datetime import date

from tbkl_xl.model import COLLECTIVE, COMMUNE, Agency, Deadline, Notice, Task

STC = Agency("Sở Tài chính", code="STC")
SXD = Agency("Sở Xây dựng", code="SXD")
SNV = Agency("Sở Nội vụ", code="SNV")
OLD_KHDT = Agency("Sở Kế hoạch và Đầu tư", code="SKHĐT", successor="Sở Tài chính")
COMMUNES = Agency("UBND các xã, phường", kind=COLLECTIVE,
                  members=("UBND xã Tràng Định", "UBND phường Kỳ Lừa"))


def task(tid, section, lead, text, deadline=None, order=0, support=(), review=()):
    dl = Deadline(deadline, "date", f"trước ngày {deadline:%d/%m/%Y}") if deadline else None
    return Task(id=tid, section=section, lead=list(lead), support=list(support), text=text,
                deadline=dl, order=order, needs_review=list(review))


def notice(nid="N1", number="12/TB-UBND", issued=date(2026, 4, 10), tasks=(), title=None,
           source=None):
    return Notice(id=nid, source=source or f"{nid}.docx", number=number, issued=issued,
                  issued_month=(issued.year, issued.month) if issued else (2026, 4),
                  title=title or f"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp {nid}",
                  leader="Chủ tịch UBND tỉnh", meeting_date=date(2026, 4, 8), tasks=list(tasks))


def sample(number="12/TB-UBND", issued=date(2026, 4, 10), text2=None):
    """Notice N1: four tasks incl. a collective one; optionally reword task 2."""
    return notice("N1", number, issued, [
        task("T1", "1", [STC], "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230.",
             date(2026, 5, 1), order=1, support=[SXD]),
        task("T2", "2.a", [SXD], text2 or "Hướng dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh dự án khu dân cư.",
             date(2026, 5, 15), order=2),
        task("T3", "2.b", [SNV], "Tham mưu sắp xếp bộ máy các đơn vị sự nghiệp công lập.", None, order=3),
        task("T4", "3", [COMMUNES], "Tổ chức tuyên truyền chính sách hỗ trợ đất ở cho hộ nghèo.",
             date(2026, 6, 30), order=4),
    ])
